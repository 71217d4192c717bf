/** What other features may use of Your California Privacy Rights requests: the plan of one (the demo seed makes some). */
export { planCaliforniaRequest } from "./service";

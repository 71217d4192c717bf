// negotiator 1.x ships no types, and @types/negotiator describes 0.6, which has no `preferred` option.
declare module "negotiator" {
  import type { IncomingMessage } from "node:http";

  export default class Negotiator {
    constructor(request: Pick<IncomingMessage, "headers">);
    /** The best of `available` for the request's Accept-Encoding; ties go to the first of `preferred`. */
    encoding(available?: string[], options?: { preferred?: string[] }): string | undefined;
  }
}

/**
 * The one way into the center's features. Every server action, page query
 * and route handler goes through here (eslint.config.mjs refuses the other
 * ways), so none can forget the session check, the role, the schema or the
 * words a refusal is given in. See docs/decisions/0010-one-way-in.md.
 */
export { type Access, authenticate } from "./authenticate";
/** Who is signed in, or null: for showing (the account bar, the sign-in page's "already signed in"), never for deciding. */
export { getSignedInAccount as findSignedInAccount, type SignedInAccount } from "../auth/current-account";
export type { ActorContext, AdminContext, CustomerContext, EntryContext } from "./context";
export { formAction, postAction, runFormAction, type FormActionSpec } from "./form-action";
export { query } from "./query";
export { Refusal, refuse } from "./refusal";
export { plainText, route } from "./route";
/** For proxy.ts only: the request's active session, to answer an early question about this browser (never a gate). */
export { findProxySession, type ProxySessionContext } from "./proxy-session";

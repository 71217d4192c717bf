import { handleAuthGet, handleAuthPost } from "@/server/auth/auth-route-handlers";

// Auth.js's endpoints (CSRF token, session, sign-in callback, sign-out), with throttled sign-ins answered 429.
export const GET = handleAuthGet;
export const POST = handleAuthPost;

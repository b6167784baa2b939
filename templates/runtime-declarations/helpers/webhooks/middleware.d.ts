// Declarations of the runtime source with sha256 39a2cbac763e35d694c4210223042ba42fe7f54788f83c8be77c977076d1e85f, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/**
 * webhook(): twilio-node's middleware, for Express (and Connect-style stacks), plain Node http
 * servers, and Hono. It answers 400 when the X-Twilio-Signature header is missing, 500 when no
 * auth token is configured, 403 when the signature does not match, and otherwise hands on.
 */
import { type HonoContextLike, type HonoNext } from "./hono.js";
import { type RequestValidatorOptions } from "./incoming.js";
export interface WebhookOptions extends RequestValidatorOptions {
    /** Default true. false hands every request on unchecked. */
    validate?: boolean;
    /** Accepted for compatibility; twilio-node 6 ignores it too. */
    includeHelpers?: boolean;
    /** Default: the string argument, else TWILIO_AUTH_TOKEN from the environment. */
    authToken?: string;
}
/**
 * One function for both calling conventions. twilio-node declares `(req: any, res: any, next: any)
 * => void`; `unknown` parameters accept the same arguments and fit every slot that one fits
 * (Express's `app.use`, a `(req, res, next) => void` variable), so no `any` is needed. The Hono
 * signature comes first so that a call with a Hono context is typed as the promise it returns.
 */
export interface WebhookMiddleware {
    (context: HonoContextLike, next: HonoNext): Promise<Response | void>;
    (request: unknown, response: unknown, next?: unknown): void;
}
/**
 * @param opts the auth token, or options
 * @param authToken the auth token, or options, whichever `opts` is not
 */
export declare function webhook(opts?: string | WebhookOptions, authToken?: string | WebhookOptions): WebhookMiddleware;

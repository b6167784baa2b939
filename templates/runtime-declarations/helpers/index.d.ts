// Declarations of the runtime source with sha256 da56faaf8491a22ad6c60ed4a0f5a72f5b6b6ef7ecb637cba93ddaba168fb42b, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/**
 * twilio-node's token and webhook helpers, under its names: `jwt.AccessToken` with its grants,
 * the request validators, and the `webhook()` middleware. Nothing here imports `node:*` or uses
 * Buffer, so the helpers run on Node 20+, Bun, Deno and Cloudflare workerd alike.
 */
export * as jwt from "./jwt/index.js";
export { getExpectedBodyHash, getExpectedBodyHashAsync, getExpectedTwilioSignature, getExpectedTwilioSignatureAsync, validateBody, validateBodyAsync, validateRequest, validateRequestAsync, validateRequestWithBody, validateRequestWithBodyAsync, type BodyHash, type WebhookParams, } from "./webhooks/signature.js";
export { validateExpressRequest, validateIncomingRequest, type IncomingRequestLike, type RequestValidatorOptions, } from "./webhooks/incoming.js";
export { webhook, type WebhookMiddleware, type WebhookOptions } from "./webhooks/middleware.js";
export type { HonoContextLike, HonoNext } from "./webhooks/hono.js";

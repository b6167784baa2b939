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

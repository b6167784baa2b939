// Declarations of the runtime source with sha256 911da9db03e6811727d1a27238acda7bcfef29078c421b1b34576808246bc14c, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/**
 * The aggregate runtime's entry: what the aggregate's `index.ts` runs. Its
 * `dist/` ships this file as one module with the rest of the runtime inlined,
 * as the per-API packages do theirs, to keep the module count of a cold start low.
 */
export { TwilioBase } from "./client.js";
export { sharedRestException } from "./errors.js";

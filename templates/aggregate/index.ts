/**
 * The aggregate runtime's entry: what the aggregate's `index.ts` runs. Its
 * `dist/` ships this file as one module with the rest of the runtime inlined,
 * as the per-API packages do theirs, to keep the module count of a cold start low.
 */
export { TwilioBase } from "./client.js";
export { sharedRestException } from "./errors.js";

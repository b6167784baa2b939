// Declarations of the runtime source with sha256 5d5c2e1e2a6feda76a6c4ccb14f06660c51c4b0fbbac1380dce72d8377ed2f04, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/**
 * The runtime's entry: what a package's `index.ts` runs. A package's `dist/`
 * ships this file as one module with the rest of the runtime inlined, because
 * Node resolves, reads and compiles each ES module on its own, and a cold start
 * pays for every one of them; types still come from each file's declarations.
 */
export { buildResources } from "./client.js";
export { processInfo } from "./environment.js";
export { RequestValidationError, ResponseParseError, RestException } from "./errors.js";
export { Page } from "./paging.js";
export { Transport, withEnvironment } from "./transport.js";

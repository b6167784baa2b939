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

// Declarations of the runtime source with sha256 85434f8c95baf0d83963840c21289c0351ec6ff7cac90927b6059a3a22e499f7, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
import type { ApiDescriptor } from "./descriptors.js";
import type { Transport } from "./transport.js";
/** Builds a version's resource accessors from its descriptor: `{ users, services, … }`. */
export declare function buildResources(transport: Transport, api: ApiDescriptor): Record<string, unknown>;

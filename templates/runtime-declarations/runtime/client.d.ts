// Declarations of the runtime source with sha256 65f3fabcd94d96a349f8da24f7c0a55f87cc5bffd6ec7f2a1a68078762aece95, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
import type { ApiDescriptor } from "./descriptors.js";
import type { Transport } from "./transport.js";
/** Builds a version's resource accessors from its descriptor: `{ users, services, … }`. */
export declare function buildResources(transport: Transport, api: ApiDescriptor): Record<string, unknown>;

// Declarations of the runtime source with sha256 e194f116a541baa416ef67590de8e4479e9a1653025c6c732c2b07f94db111f5, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
import type { ApiDescriptor } from "./descriptors.js";
import type { Transport } from "./transport.js";
/** Builds a version's resource accessors from its descriptor: `{ users, services, … }`. */
export declare function buildResources(transport: Transport, api: ApiDescriptor): Record<string, unknown>;

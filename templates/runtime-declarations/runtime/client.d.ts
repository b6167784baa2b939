// Declarations of the runtime source with sha256 efb6c43950ce1e842de9111ae091619eb6e615cf49cbc95fe8190bfbe7ba21f8, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
import type { ApiDescriptor } from "./descriptors.js";
import type { Transport } from "./transport.js";
/** Builds a version's resource accessors from its descriptor: `{ users, services, … }`. */
export declare function buildResources(transport: Transport, api: ApiDescriptor): Record<string, unknown>;

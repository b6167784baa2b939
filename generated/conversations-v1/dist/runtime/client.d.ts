import type { ApiDescriptor } from "./descriptors.js";
import type { Transport } from "./transport.js";
/** Builds a version's resource accessors from its descriptor: `{ users, services, … }`. */
export declare function buildResources(transport: Transport, api: ApiDescriptor): Record<string, unknown>;

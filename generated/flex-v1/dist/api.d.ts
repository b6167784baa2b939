import type { ApiDescriptor } from "./runtime/descriptors.js";
export declare const API: ApiDescriptor;

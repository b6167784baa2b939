// Declarations of the runtime source with sha256 cd6f2c615ba44418c05bead1af94981bf9247512c43e415bd5e51bf1b6c96211, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
import type { Options } from "./calls.js";
import type { OperationDescriptor, ParameterCode, ResourceDescriptor } from "./descriptors.js";
import type { ApiResponse } from "./responses.js";
import { type WireParameter } from "./serialize.js";
import type { CallOptions, Transport } from "./transport.js";
/** One client's state: its transport, and what it derives once from the immutable descriptors. */
export declare class Runtime {
    readonly transport: Transport;
    readonly baseUrl: string;
    readonly contexts: Map<ResourceDescriptor, object>;
    readonly instances: Map<ResourceDescriptor, object>;
    private readonly parsed;
    private readonly dates;
    private readonly fieldKeys;
    constructor(transport: Transport, baseUrl: string);
    parameters(codes: readonly ParameterCode[] | undefined): WireParameter[];
    /** The instance property for a response key: the resource's rename, else the camelCase key (remembered). */
    fieldKey(resource: ResourceDescriptor, key: string): string;
    dateKeys(resource: ResourceDescriptor): ReadonlySet<string>;
}
/** Sends one operation: path values by position, options by their wire placement. */
export declare function invoke(runtime: Runtime, operation: OperationDescriptor, values: readonly string[], params: Options, call: CallOptions, extraHeaders?: Readonly<Record<string, unknown>>): Promise<ApiResponse<unknown>>;
export declare function define(target: object, name: string, value: unknown): void;

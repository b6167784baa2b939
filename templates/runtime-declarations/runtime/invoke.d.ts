// Declarations of the runtime source with sha256 32088b6d5fa995c7f90e9961a905506e4f42a2ed1094e13dd9bfd8f90537dd36, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
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
    private readonly paths;
    constructor(transport: Transport, baseUrl: string);
    parameters(codes: readonly ParameterCode[] | undefined): WireParameter[];
    /** The instance property for a response key: the resource's rename, else the camelCase key (remembered). */
    fieldKey(resource: ResourceDescriptor, key: string): string;
    /** A spec path with its `{Name}` placeholders filled by position; the template is split once per client. */
    path(template: string, values: readonly string[]): string;
    dateKeys(resource: ResourceDescriptor): ReadonlySet<string>;
}
/**
 * Sends one operation: path values by position, options by their wire
 * placement. `withHeaders` keeps the response headers, for `*WithHttpInfo`.
 */
export declare function invoke(runtime: Runtime, operation: OperationDescriptor, values: readonly string[], params: Options, call: CallOptions, extraHeaders?: Readonly<Record<string, unknown>>, withHeaders?: boolean): Promise<ApiResponse<unknown>>;
export declare function define(target: object, name: string, value: unknown): void;

// Declarations of the runtime source with sha256 df3a45ca30f86da63c6c1d856dfd2e8de5b83c0046f11fd7047e9abbb9cec409, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
import type { OperationDescriptor } from "./descriptors.js";
import type { CallOptions } from "./transport.js";
export type Options = Record<string, unknown>;
export type Callback = (error: Error | null, result?: unknown) => void;
/** One call's arguments, however twilio-node's overloads spelled them. */
export interface CallArguments {
    params: Options;
    /** Whether an options object was passed at all (twilio-node checks for it before its fields). */
    given: boolean;
    call: CallOptions;
    callback: Callback | undefined;
    /** twilio-node's `(params, headers, callback)` form of JSON-body calls. */
    headers?: Readonly<Record<string, unknown>>;
}
/**
 * Splits `(params?, callOptions | callback?)`, and twilio-node's callback-first
 * `(callback)`. A call that takes no options has only the last argument.
 */
export declare function splitArguments(takesParams: boolean, args: readonly unknown[]): CallArguments;
export declare function takesParams(operation: OperationDescriptor): boolean;
/** twilio-node's refusal, in its words, of a call without a required option; here a rejection before anything is sent. */
export declare function checkRequired(operation: OperationDescriptor, args: CallArguments): void;
/** twilio-node's check of `limit`, made stricter: a positive integer or nothing. */
export declare function checkLimit(params: Options): void;
/** Runs a call so that it never throws synchronously, and calls back when given a callback. */
export declare function settleCall<T>(run: () => Promise<T>, callback: Callback | undefined): Promise<T>;
/**
 * Calls back once with the error or the result. The returned promise is the
 * call's own: awaiting it still rejects, and a caller who only passes a
 * callback gets no unhandled rejection, because the callback handled it.
 */
export declare function settle<T>(promise: Promise<T>, callback: Callback | undefined): Promise<T>;

import type { OperationDescriptor } from "./descriptors.js";
import { isRecord, RequestValidationError } from "./errors.js";
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
export function splitArguments(takesParams: boolean, args: readonly unknown[]): CallArguments {
  const [first, second, third] = args;
  if (takesParams && typeof first === "function")
    return { params: {}, given: false, call: {}, callback: first as Callback };
  if (takesParams && args.length >= 3) {
    const parts: CallArguments = {
      params: isRecord(first) ? first : {},
      given: isRecord(first),
      call: {},
      callback: typeof third === "function" ? (third as Callback) : undefined,
    };
    if (isRecord(second)) parts.headers = second;
    return parts;
  }
  const rest = takesParams ? second : first;
  const params = takesParams && isRecord(first) ? first : {};
  return {
    params,
    given: takesParams && isRecord(first),
    call: isRecord(rest) ? (rest as CallOptions) : {},
    callback: typeof rest === "function" ? (rest as Callback) : undefined,
  };
}

export function takesParams(operation: OperationDescriptor): boolean {
  return (
    operation.query !== undefined ||
    operation.headers !== undefined ||
    operation.form !== undefined ||
    operation.json === true
  );
}

/** twilio-node's refusal, in its words, of a call without a required option; here a rejection before anything is sent. */
export function checkRequired(operation: OperationDescriptor, args: CallArguments): void {
  if (operation.required === undefined || operation.required.length === 0) return;
  if (!args.given) throw new RequestValidationError('Required parameter "params" missing.');
  for (const key of operation.required) {
    const value = Object.hasOwn(args.params, key) ? args.params[key] : undefined;
    if (value === undefined || value === null)
      throw new RequestValidationError(`Required parameter "params['${key}']" missing.`);
  }
}

/** twilio-node's check of `limit`, made stricter: a positive integer or nothing. */
export function checkLimit(params: Options): void {
  const limit = params["limit"];
  if (limit === undefined) return;
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit <= 0)
    throw new TypeError("Parameter limit must be a positive integer");
}

/** Runs a call so that it never throws synchronously, and calls back when given a callback. */
export function settleCall<T>(run: () => Promise<T>, callback: Callback | undefined): Promise<T> {
  let promise: Promise<T>;
  try {
    promise = run();
  } catch (error) {
    promise = Promise.reject(error);
  }
  return settle(promise, callback);
}

/**
 * Calls back once with the error or the result. The returned promise is the
 * call's own: awaiting it still rejects, and a caller who only passes a
 * callback gets no unhandled rejection, because the callback handled it.
 */
export function settle<T>(promise: Promise<T>, callback: Callback | undefined): Promise<T> {
  if (callback)
    promise.then(
      (result) => callback(null, result),
      (error: Error) => callback(error),
    );
  return promise;
}

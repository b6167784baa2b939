// Declarations of the runtime source with sha256 9fe067032a8bf9fbe02ac902b2bfd13637c7b348d083023798239a42549fd3cf, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/**
 * One attempt's time limit, as an AbortSignal that a plain timer drives.
 *
 * `AbortSignal.timeout()` combined through `AbortSignal.any()` is only weakly
 * held, so a garbage collection can drop the timeout while the request still
 * waits (nodejs/node#57736): the call then hangs past its limit. Here the timer
 * itself holds the controller, so the limit fires whatever the collector does,
 * and `done()` clears it as soon as the response body has been read.
 */
export interface Deadline {
    readonly signal: AbortSignal;
    /** Stops the timer and unhooks the caller's signal; call once the body is read or the attempt failed. */
    done(): void;
}
export declare function startDeadline(timeoutMs: number, callerSignal?: AbortSignal): Deadline;
/** The same error `AbortSignal.timeout()` gives, so callers can keep testing `name === "TimeoutError"`. */
export declare function timeoutError(timeoutMs: number): Error;

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

export function startDeadline(timeoutMs: number, callerSignal?: AbortSignal): Deadline {
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  // The controller goes to the timer as its argument (no closure per request); the timer list holds it until then.
  const timer = setTimeout(abortOnTimeout, timeoutMs, controller, timeoutMs);
  if (callerSignal?.aborted) controller.abort(callerSignal.reason);
  else callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  return {
    signal: controller.signal,
    done() {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    },
  };
}

function abortOnTimeout(controller: AbortController, timeoutMs: number): void {
  controller.abort(timeoutError(timeoutMs));
}

/** The same error `AbortSignal.timeout()` gives, so callers can keep testing `name === "TimeoutError"`. */
export function timeoutError(timeoutMs: number): Error {
  return new DOMException(`The request timed out after ${timeoutMs} ms`, "TimeoutError");
}

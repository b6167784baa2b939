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
  return new TimerDeadline(timeoutMs, callerSignal);
}

/**
 * A class rather than closures, and the controller handed to the timer as its
 * argument: every request makes one of these, so it allocates no function per
 * call, and a caller's signal costs a listener only when there is one.
 */
class TimerDeadline implements Deadline {
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly callerSignal: AbortSignal | undefined;
  private onCallerAbort: (() => void) | undefined;

  constructor(timeoutMs: number, callerSignal: AbortSignal | undefined) {
    this.signal = this.controller.signal;
    this.callerSignal = callerSignal;
    this.timer = setTimeout(abortOnTimeout, timeoutMs, this.controller, timeoutMs);
    if (callerSignal === undefined) return;
    if (callerSignal.aborted) this.controller.abort(callerSignal.reason);
    else {
      const controller = this.controller;
      this.onCallerAbort = () => controller.abort(callerSignal.reason);
      callerSignal.addEventListener("abort", this.onCallerAbort, { once: true });
    }
  }

  done(): void {
    clearTimeout(this.timer);
    if (this.onCallerAbort !== undefined) this.callerSignal?.removeEventListener("abort", this.onCallerAbort);
  }
}

function abortOnTimeout(controller: AbortController, timeoutMs: number): void {
  controller.abort(timeoutError(timeoutMs));
}

/** The same error `AbortSignal.timeout()` gives, so callers can keep testing `name === "TimeoutError"`. */
export function timeoutError(timeoutMs: number): Error {
  return new DOMException(`The request timed out after ${timeoutMs} ms`, "TimeoutError");
}

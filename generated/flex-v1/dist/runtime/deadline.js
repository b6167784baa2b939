function startDeadline(timeoutMs, callerSignal) {
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  const timer = setTimeout(() => controller.abort(timeoutError(timeoutMs)), timeoutMs);
  if (callerSignal?.aborted) controller.abort(callerSignal.reason);
  else callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  return {
    signal: controller.signal,
    done() {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    }
  };
}
function timeoutError(timeoutMs) {
  return new DOMException(`The request timed out after ${timeoutMs} ms`, "TimeoutError");
}
export {
  startDeadline,
  timeoutError
};

const DEFAULT_RETRY = { autoRetry: false, maxRetries: 3, baseDelayMs: 100, maxDelayMs: 2e4 };
const IDEMPOTENT = /* @__PURE__ */ new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);
function shouldRetry(policy, method, status, attempt) {
  if (!policy.autoRetry || attempt >= policy.maxRetries) return false;
  return status === 429 || status === 503 && IDEMPOTENT.has(method);
}
function retryDelayMs(policy, attempt, retryAfter, now = Date.now(), random = Math.random) {
  const asked = parseRetryAfter(retryAfter, now);
  if (asked !== void 0) return Math.min(asked, policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}
function parseRetryAfter(header, now) {
  if (header === null || header.trim() === "") return void 0;
  if (/^\d+(\.\d+)?$/.test(header.trim())) return Math.round(Number(header) * 1e3);
  const date = Date.parse(header);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
export {
  DEFAULT_RETRY,
  retryDelayMs,
  shouldRetry,
  sleep
};

export interface RetryPolicy {
  autoRetry: boolean;
  maxRetries: number;
  /** First backoff step in ms; doubles each attempt. */
  baseDelayMs: number;
  /** No single wait is longer, including one asked for by Retry-After. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { autoRetry: false, maxRetries: 3, baseDelayMs: 100, maxDelayMs: 20_000 };

const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

/** 429 is always safe to retry (nothing was done); 503 only when repeating the request cannot do harm. */
export function shouldRetry(policy: RetryPolicy, method: string, status: number, attempt: number): boolean {
  if (!policy.autoRetry || attempt >= policy.maxRetries) return false;
  return status === 429 || (status === 503 && IDEMPOTENT.has(method));
}

/** Full-jitter exponential backoff, or the server's Retry-After when it names one. */
export function retryDelayMs(
  policy: RetryPolicy,
  attempt: number,
  retryAfter: string | null,
  now: number = Date.now(),
  random: () => number = Math.random,
): number {
  const asked = parseRetryAfter(retryAfter, now);
  if (asked !== undefined) return Math.min(asked, policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(header.trim())) return Math.round(Number(header) * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
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

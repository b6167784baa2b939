export interface RetryPolicy {
    autoRetry: boolean;
    maxRetries: number;
    /** First backoff step in ms; doubles each attempt. */
    baseDelayMs: number;
    /** No single wait is longer, including one asked for by Retry-After. */
    maxDelayMs: number;
}
export declare const DEFAULT_RETRY: RetryPolicy;
/** 429 is always safe to retry (nothing was done); 503 only when repeating the request cannot do harm. */
export declare function shouldRetry(policy: RetryPolicy, method: string, status: number, attempt: number): boolean;
/** Full-jitter exponential backoff, or the server's Retry-After when it names one. */
export declare function retryDelayMs(policy: RetryPolicy, attempt: number, retryAfter: string | null, now?: number, random?: () => number): number;
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;

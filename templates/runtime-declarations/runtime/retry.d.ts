// Declarations of the runtime source with sha256 daee4b47c17713c4e96a12dbb3819072cf5cc0c3657db88314713b137e330c7e, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
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

// Declarations of the runtime source with sha256 72dfd649471a77a2c78d9fe7122802cbb5012a18a54ebb9196764ad2a515d4b9, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
export interface HostOptions {
    /** Replaces scheme and host, e.g. `http://127.0.0.1:4010`, for tests and proxies. */
    baseUrl?: string;
    edge?: string;
    region?: string;
}
/**
 * Rewrites a Twilio URL for edge and region the way twilio-node does:
 * `conversations.twilio.com` → `conversations.{edge}.{region}.twilio.com`,
 * with region `us1` when only an edge is given. `baseUrl` wins over both.
 */
export declare function rewriteUrl(url: string, options: HostOptions): string;
/**
 * The same rewrite, with the options read once: a client builds this when it
 * is created, so each request only slices a string.
 */
export declare function createUrlRewriter(options: HostOptions): (url: string) => string;

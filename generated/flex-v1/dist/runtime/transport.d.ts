import { type HostOptions } from "./hosts.js";
import { type HttpClient } from "./http-client.js";
import type { ApiResponse } from "./responses.js";
export type { HttpClient } from "./http-client.js";
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export interface ClientOptions extends HostOptions {
    /** A replacement for the global fetch. */
    fetch?: typeof fetch;
    /** Per attempt, in ms. Default 30000. */
    timeout?: number;
    /** Retry 429, and 503 on idempotent requests, with jittered exponential backoff. Default off. */
    autoRetry?: boolean;
    /** Default 3. */
    maxRetries?: number;
    /** Required when the username is an API key (SK…): the account the key belongs to. */
    accountSid?: string;
    /** An OAuth2 access token (Organizations API): sent as `Authorization: Bearer …` instead of Basic auth. */
    accessToken?: string;
    userAgentExtensions?: string[];
    /** twilio-node's pluggable client: each request goes through its `request()` instead of fetch. */
    httpClient?: HttpClient;
    /** twilio-node's cap on one retry wait, in ms. Default 20000. */
    maxRetryDelay?: number;
    /** Read instead of `process.env` for credentials and TWILIO_BASE_URL, TWILIO_EDGE and TWILIO_REGION. */
    env?: Readonly<Record<string, string | undefined>>;
    /** Accepted for twilio-node code. Resources here are always built on first use. */
    lazyLoading?: boolean;
    /** Accepted for twilio-node code; this client does not log requests. */
    logLevel?: string;
    /** Accepted for twilio-node code; connection pooling is the fetch implementation's (undici's) concern. */
    keepAlive?: boolean;
    keepAliveMsecs?: number;
    maxSockets?: number;
    maxTotalSockets?: number;
    maxFreeSockets?: number;
    scheduling?: "fifo" | "lifo" | undefined;
    /** Accepted for twilio-node code; give a `fetch` with its own TLS settings to change trust. */
    ca?: string | Uint8Array;
}
export interface CallOptions {
    signal?: AbortSignal;
}
/** twilio-node's optional last argument: called with the error or the result. */
export type Callback<T> = (error: Error | null, result?: T) => void;
export interface RequestSpec {
    method: HttpMethod;
    /** Absolute URL as the spec or a next-page link gives it; host rewriting happens here. */
    url: string;
    query?: ReadonlyArray<[string, string]>;
    headers?: ReadonlyArray<[string, string]>;
    form?: ReadonlyArray<[string, string]>;
    json?: unknown;
    signal?: AbortSignal | undefined;
    /** Defaults to `application/json`; SCIM operations ask for `application/scim+json`. */
    accept?: string | undefined;
}
export declare const DEFAULT_TIMEOUT_MS = 30000;
/**
 * Fills unset options from the environment, as twilio-node does for edge and
 * region; TWILIO_BASE_URL points a client at a proxy or a mock server.
 */
export declare function withEnvironment(options: ClientOptions, environment: Readonly<Record<string, string | undefined>>): ClientOptions;
/** Sends requests to Twilio: auth, URLs, time limits, retries, and errors as rejected promises. */
export declare class Transport {
    readonly accountSid: string;
    private readonly authorization;
    private readonly userAgent;
    private readonly fetchImpl;
    private readonly retry;
    private readonly timeoutMs;
    private readonly rewrite;
    constructor(username: string, password: string, options: ClientOptions, clientName: string);
    /** Resolves with the parsed JSON body (undefined for an empty one); rejects with RestException and friends. */
    request(spec: RequestSpec): Promise<unknown>;
    /**
     * Like `request`, keeping the status and the headers (lower-case names) for
     * `*WithHttpInfo`. Without `withHeaders` the headers are left empty: copying
     * them out of the response costs every call, and only `*WithHttpInfo` reads them.
     */
    exchange(spec: RequestSpec, withHeaders?: boolean): Promise<ApiResponse<unknown>>;
    /** The URL a request goes to, after edge, region and baseUrl. */
    url(spec: Pick<RequestSpec, "url" | "query">): string;
    private init;
}

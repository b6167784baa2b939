import { processInfo } from "./environment.js";
import { ResponseParseError, RestException } from "./errors.js";
import { startDeadline } from "./deadline.js";
import { createUrlRewriter, type HostOptions } from "./hosts.js";
import { DEFAULT_RETRY, retryDelayMs, shouldRetry, sleep, type RetryPolicy } from "./retry.js";
import { fetchThrough, type HttpClient } from "./http-client.js";
import type { ApiResponse } from "./responses.js";
import { formBody } from "./serialize.js";

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

export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Fills unset options from the environment, as twilio-node does for edge and
 * region; TWILIO_BASE_URL points a client at a proxy or a mock server.
 */
export function withEnvironment(
  options: ClientOptions,
  environment: Readonly<Record<string, string | undefined>>,
): ClientOptions {
  const filled: ClientOptions = { ...options };
  const baseUrl = options.baseUrl ?? environment["TWILIO_BASE_URL"];
  const edge = options.edge ?? environment["TWILIO_EDGE"];
  const region = options.region ?? environment["TWILIO_REGION"];
  if (baseUrl !== undefined && baseUrl !== "") filled.baseUrl = baseUrl;
  if (edge !== undefined && edge !== "") filled.edge = edge;
  if (region !== undefined && region !== "") filled.region = region;
  return filled;
}

/** Sends requests to Twilio: auth, URLs, time limits, retries, and errors as rejected promises. */
export class Transport {
  readonly accountSid: string;
  private readonly authorization: string;
  private readonly userAgent: string;
  private readonly fetchImpl: typeof fetch;
  private readonly retry: RetryPolicy;
  private readonly timeoutMs: number;
  private readonly rewrite: (url: string) => string;

  constructor(username: string, password: string, options: ClientOptions, clientName: string) {
    if (options.accessToken !== undefined && options.accessToken !== "") {
      this.authorization = `Bearer ${options.accessToken}`;
    } else {
      if (typeof username !== "string" || username === "")
        throw new TypeError("twilio: an account SID or API key is required");
      if (typeof password !== "string" || password === "")
        throw new TypeError("twilio: an auth token or API key secret is required");
      if (username.startsWith("SK") && options.accountSid === undefined) {
        throw new TypeError("twilio: options.accountSid is required when authenticating with an API key (SK…)");
      }
      this.authorization = `Basic ${btoa(`${username}:${password}`)}`;
    }
    this.accountSid = options.accountSid ?? username;
    const host = processInfo();
    this.userAgent = [
      `${clientName} node/${host.version ?? "unknown"} (${host.platform ?? "unknown"} ${host.arch ?? "unknown"})`,
      ...(options.userAgentExtensions ?? []),
    ].join(" ");
    this.fetchImpl =
      options.httpClient !== undefined ? fetchThrough(options.httpClient) : (options.fetch ?? globalThis.fetch);
    this.retry = {
      ...DEFAULT_RETRY,
      autoRetry: options.autoRetry ?? false,
      maxRetries: options.maxRetries ?? DEFAULT_RETRY.maxRetries,
      maxDelayMs: options.maxRetryDelay ?? DEFAULT_RETRY.maxDelayMs,
    };
    this.timeoutMs = options.timeout ?? DEFAULT_TIMEOUT_MS;
    this.rewrite = createUrlRewriter(options);
  }

  /** Resolves with the parsed JSON body (undefined for an empty one); rejects with RestException and friends. */
  async request(spec: RequestSpec): Promise<unknown> {
    return (await this.exchange(spec, false)).body;
  }

  /**
   * Like `request`, keeping the status and the headers (lower-case names) for
   * `*WithHttpInfo`. Without `withHeaders` the headers are left empty: copying
   * them out of the response costs every call, and only `*WithHttpInfo` reads them.
   */
  async exchange(spec: RequestSpec, withHeaders = true): Promise<ApiResponse<unknown>> {
    const url = this.url(spec);
    const init = this.init(spec);
    for (let attempt = 0; ; attempt++) {
      // The limit covers the whole attempt, body included, so a trickling upstream times out too.
      const deadline = startDeadline(this.timeoutMs, spec.signal);
      try {
        // Called detached: workerd refuses a native fetch invoked with any other `this` ("Illegal invocation").
        const fetchImpl = this.fetchImpl;
        // `init` is this call's own, and fetch reads it only while it is called: each attempt swaps in its signal.
        init.signal = deadline.signal;
        const response = await fetchImpl(url, init);
        if (shouldRetry(this.retry, spec.method, response.status, attempt)) {
          await response.body?.cancel();
          deadline.done();
          await sleep(retryDelayMs(this.retry, attempt, response.headers.get("retry-after")), spec.signal);
          continue;
        }
        const body = await readBody(response, spec.method);
        const headers: Record<string, string> = {};
        if (withHeaders) response.headers.forEach((value, name) => (headers[name] = value));
        return { body, statusCode: response.status, headers };
      } finally {
        deadline.done();
      }
    }
  }

  /** The URL a request goes to, after edge, region and baseUrl. */
  url(spec: Pick<RequestSpec, "url" | "query">): string {
    const base = this.rewrite(spec.url);
    if (spec.query === undefined || spec.query.length === 0) return base;
    return `${base}${base.includes("?") ? "&" : "?"}${new URLSearchParams(spec.query as Array<[string, string]>).toString()}`;
  }

  private init(spec: RequestSpec): RequestInit {
    const headers: Record<string, string> = {
      Authorization: this.authorization,
      "User-Agent": this.userAgent,
      Accept: spec.accept ?? "application/json",
    };
    for (const [name, value] of spec.headers ?? []) headers[name] = value;
    const init: RequestInit = { method: spec.method, headers, redirect: "manual" };
    if (spec.json !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(spec.json);
    } else if (spec.form !== undefined && (spec.form.length > 0 || spec.method === "POST")) {
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      init.body = formBody(spec.form);
    }
    return init;
  }
}

/**
 * Redirects are never followed (credentials must not travel to another host).
 * As in twilio-node, a GET may answer 3xx with a JSON body (OAuth's authorize
 * does, by its spec); any other 3xx is refused, and so is anything outside 2xx.
 */
async function readBody(response: Response, method: HttpMethod): Promise<unknown> {
  const redirect = response.status >= 300 && response.status < 400;
  if (redirect && method !== "GET") {
    await response.body?.cancel();
    throw redirected(response.status);
  }
  const text = await response.text();
  if (redirect && !isJsonText(text)) throw redirected(response.status);
  const ok = (response.status >= 200 && response.status < 300) || redirect;
  if (text.trim() === "") {
    if (ok) return undefined;
    throw new RestException(response.status, undefined, response.statusText);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    if (ok)
      throw new ResponseParseError(
        response.status,
        `expected a JSON body from the API, got ${JSON.stringify(text.slice(0, 80))}`,
      );
    throw new RestException(response.status, undefined, text);
  }
  if (!ok) throw new RestException(response.status, body, text);
  return body;
}

function redirected(status: number): RestException {
  return new RestException(
    status,
    undefined,
    `the API answered with a redirect (HTTP ${status}), which is not followed`,
  );
}

function isJsonText(text: string): boolean {
  try {
    JSON.parse(text);
    return text.trim() !== "";
  } catch {
    return false;
  }
}

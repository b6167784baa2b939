import { processInfo } from "./environment.js";
import { ResponseParseError, RestException } from "./errors.js";
import { startDeadline } from "./deadline.js";
import { createUrlRewriter } from "./hosts.js";
import { DEFAULT_RETRY, retryDelayMs, shouldRetry, sleep } from "./retry.js";
import { fetchThrough } from "./http-client.js";
import { formBody } from "./serialize.js";
const DEFAULT_TIMEOUT_MS = 3e4;
function withEnvironment(options, environment) {
  const filled = { ...options };
  const baseUrl = options.baseUrl ?? environment["TWILIO_BASE_URL"];
  const edge = options.edge ?? environment["TWILIO_EDGE"];
  const region = options.region ?? environment["TWILIO_REGION"];
  if (baseUrl !== void 0 && baseUrl !== "") filled.baseUrl = baseUrl;
  if (edge !== void 0 && edge !== "") filled.edge = edge;
  if (region !== void 0 && region !== "") filled.region = region;
  return filled;
}
class Transport {
  accountSid;
  authorization;
  userAgent;
  fetchImpl;
  retry;
  timeoutMs;
  rewrite;
  constructor(username, password, options, clientName) {
    if (options.accessToken !== void 0 && options.accessToken !== "") {
      this.authorization = `Bearer ${options.accessToken}`;
    } else {
      if (typeof username !== "string" || username === "")
        throw new TypeError("twilio: an account SID or API key is required");
      if (typeof password !== "string" || password === "")
        throw new TypeError("twilio: an auth token or API key secret is required");
      if (username.startsWith("SK") && options.accountSid === void 0) {
        throw new TypeError("twilio: options.accountSid is required when authenticating with an API key (SK\u2026)");
      }
      this.authorization = `Basic ${btoa(`${username}:${password}`)}`;
    }
    this.accountSid = options.accountSid ?? username;
    const host = processInfo();
    this.userAgent = [
      `${clientName} node/${host.version ?? "unknown"} (${host.platform ?? "unknown"} ${host.arch ?? "unknown"})`,
      ...options.userAgentExtensions ?? []
    ].join(" ");
    this.fetchImpl = options.httpClient !== void 0 ? fetchThrough(options.httpClient) : options.fetch ?? globalThis.fetch;
    this.retry = {
      ...DEFAULT_RETRY,
      autoRetry: options.autoRetry ?? false,
      maxRetries: options.maxRetries ?? DEFAULT_RETRY.maxRetries,
      maxDelayMs: options.maxRetryDelay ?? DEFAULT_RETRY.maxDelayMs
    };
    this.timeoutMs = options.timeout ?? DEFAULT_TIMEOUT_MS;
    this.rewrite = createUrlRewriter(options);
  }
  /** Resolves with the parsed JSON body (undefined for an empty one); rejects with RestException and friends. */
  async request(spec) {
    return (await this.exchange(spec)).body;
  }
  /** Like `request`, keeping the status and headers (lower-case names) for `*WithHttpInfo`. */
  async exchange(spec) {
    const url = this.url(spec);
    const init = this.init(spec);
    for (let attempt = 0; ; attempt++) {
      const deadline = startDeadline(this.timeoutMs, spec.signal);
      try {
        const fetchImpl = this.fetchImpl;
        const response = await fetchImpl(url, { ...init, signal: deadline.signal });
        if (shouldRetry(this.retry, spec.method, response.status, attempt)) {
          await response.body?.cancel();
          deadline.done();
          await sleep(retryDelayMs(this.retry, attempt, response.headers.get("retry-after")), spec.signal);
          continue;
        }
        const body = await readBody(response, spec.method);
        const headers = {};
        response.headers.forEach((value, name) => headers[name] = value);
        return { body, statusCode: response.status, headers };
      } finally {
        deadline.done();
      }
    }
  }
  /** The URL a request goes to, after edge, region and baseUrl. */
  url(spec) {
    const base = this.rewrite(spec.url);
    if (spec.query === void 0 || spec.query.length === 0) return base;
    return `${base}${base.includes("?") ? "&" : "?"}${new URLSearchParams(spec.query).toString()}`;
  }
  init(spec) {
    const headers = {
      Authorization: this.authorization,
      "User-Agent": this.userAgent,
      Accept: spec.accept ?? "application/json"
    };
    for (const [name, value] of spec.headers ?? []) headers[name] = value;
    const init = { method: spec.method, headers, redirect: "manual" };
    if (spec.json !== void 0) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(spec.json);
    } else if (spec.form !== void 0 && (spec.form.length > 0 || spec.method === "POST")) {
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      init.body = formBody(spec.form);
    }
    return init;
  }
}
async function readBody(response, method) {
  const redirect = response.status >= 300 && response.status < 400;
  if (redirect && method !== "GET") {
    await response.body?.cancel();
    throw redirected(response.status);
  }
  const text = await response.text();
  if (redirect && !isJsonText(text)) throw redirected(response.status);
  const ok = response.status >= 200 && response.status < 300 || redirect;
  if (text.trim() === "") {
    if (ok) return void 0;
    throw new RestException(response.status, void 0, response.statusText);
  }
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    if (ok)
      throw new ResponseParseError(
        response.status,
        `expected a JSON body from the API, got ${JSON.stringify(text.slice(0, 80))}`
      );
    throw new RestException(response.status, void 0, text);
  }
  if (!ok) throw new RestException(response.status, body, text);
  return body;
}
function redirected(status) {
  return new RestException(
    status,
    void 0,
    `the API answered with a redirect (HTTP ${status}), which is not followed`
  );
}
function isJsonText(text) {
  try {
    JSON.parse(text);
    return text.trim() !== "";
  } catch {
    return false;
  }
}
export {
  DEFAULT_TIMEOUT_MS,
  Transport,
  withEnvironment
};

/** What twilio-node hands its `httpClient` for one request. */
export interface HttpClientRequest {
  method: string;
  /** Without the query string: that is in `params`. */
  uri: string;
  username?: string;
  password?: string;
  headers: Record<string, string>;
  /** Query parameters; a repeated key is an array. */
  params: Record<string, string | string[]>;
  /** Form fields (a repeated key is an array), or the JSON body as text. */
  data?: Record<string, string | string[]> | string;
  timeout?: number;
  allowRedirects?: boolean;
}

export interface HttpClientResponse {
  statusCode: number;
  /** The body as text, or already parsed. */
  body: unknown;
  headers?: Record<string, string | string[] | undefined>;
}

/** twilio-node's `httpClient` option: any object with its `request()` shape. */
export interface HttpClient {
  request(options: HttpClientRequest): Promise<HttpClientResponse>;
}

const NULL_BODY = new Set([101, 204, 205, 304]);

/** A fetch that sends through a twilio-node style `httpClient`, so the transport keeps one code path. */
export function fetchThrough(client: HttpClient): typeof fetch {
  return async (input, init = {}) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => (headers[name] = value));
    const request: HttpClientRequest = {
      method: init.method ?? "GET",
      uri: `${url.origin}${url.pathname}`,
      headers,
      params: grouped(url.searchParams),
      allowRedirects: false,
    };
    Object.assign(request, basicCredentials(headers["authorization"]));
    if (typeof init.body === "string")
      request.data =
        headers["content-type"] === "application/x-www-form-urlencoded"
          ? grouped(new URLSearchParams(init.body))
          : init.body;
    const response = await client.request(request);
    const text =
      response.body === undefined || response.body === null
        ? ""
        : typeof response.body === "string"
          ? response.body
          : JSON.stringify(response.body);
    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(response.headers ?? {}))
      if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(", ") : value);
    return new Response(NULL_BODY.has(response.statusCode) ? null : text, {
      status: response.statusCode,
      headers: responseHeaders,
    });
  };
}

function grouped(search: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  search.forEach((value, key) => {
    const existing = Object.hasOwn(result, key) ? result[key] : undefined;
    result[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  });
  return result;
}

function basicCredentials(header: string | undefined): { username?: string; password?: string } {
  if (header === undefined || !header.startsWith("Basic ")) return {};
  const decoded = atob(header.slice("Basic ".length));
  const colon = decoded.indexOf(":");
  return colon < 0 ? {} : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

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
export function rewriteUrl(url: string, options: HostOptions): string {
  return createUrlRewriter(options)(url);
}

/**
 * The same rewrite, with the options read once: a client builds this when it
 * is created, so each request only slices a string.
 */
export function createUrlRewriter(options: HostOptions): (url: string) => string {
  if (options.baseUrl !== undefined) {
    const base = new URL(options.baseUrl);
    const prefix = `${base.protocol}//${base.host}${base.pathname.replace(/\/+$/, "")}`;
    return (url) => `${prefix}${pathAndSearch(url)}`;
  }
  if (options.edge === undefined && options.region === undefined) return (url) => url;
  return (url) => {
    const parsed = new URL(url);
    parsed.hostname = regionalHostname(parsed.hostname, options);
    return parsed.toString();
  };
}

/** `https://host/v1/Users?Page=1` → `/v1/Users?Page=1`. */
function pathAndSearch(url: string): string {
  const authority = url.indexOf("//");
  const path = url.indexOf("/", authority === -1 ? 0 : authority + 2);
  return path === -1 ? "/" : url.slice(path);
}

function regionalHostname(hostname: string, options: HostOptions): string {
  const pieces = hostname.split(".");
  if (pieces.length < 3) return hostname;
  const product = pieces[0];
  const domain = pieces.slice(-2).join(".");
  let edge: string | undefined;
  let region: string | undefined;
  if (pieces.length === 4) region = pieces[1];
  else if (pieces.length === 5) [edge, region] = [pieces[1], pieces[2]];
  edge = options.edge ?? edge;
  region = options.region ?? region ?? (edge === undefined ? undefined : "us1");
  return [product, edge, region, domain].filter((piece) => piece !== undefined && piece !== "").join(".");
}

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
  const parsed = new URL(url);
  if (options.baseUrl !== undefined) {
    const base = new URL(options.baseUrl);
    const prefix = base.pathname.replace(/\/+$/, "");
    return `${base.protocol}//${base.host}${prefix}${parsed.pathname}${parsed.search}`;
  }
  if (options.edge === undefined && options.region === undefined) return url;
  parsed.hostname = regionalHostname(parsed.hostname, options);
  return parsed.toString();
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

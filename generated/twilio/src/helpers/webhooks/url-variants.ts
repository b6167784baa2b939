/**
 * The URL spellings a signature is checked against. Twilio signs the URL it requested, but what
 * a server sees may differ: a proxy adds or drops the port, a framework re-encodes the query. In
 * the order twilio-node 6.2.0 tries them:
 * 1. the URL as given, without any port, then with the scheme's default port (443 for https,
 *    80 otherwise) unless it already has one;
 * 2. the URL as WHATWG `new URL()` normalizes it (special characters percent-encoded), without
 *    and with the port, and each of those with the query re-encoded by Node's legacy querystring.
 * Splitting is done by hand in step 1 so that the path and query keep the exact characters signed.
 */
import { reencodeLegacyQuery } from "./legacy-query.js";

interface UrlParts {
  /** e.g. `https://`, as written. */
  scheme: string;
  /** `user:pass@` or empty. */
  userInfo: string;
  host: string;
  /** `:8443` or empty. */
  port: string;
  /** Path, query and fragment, untouched. */
  rest: string;
}

function splitUrl(url: string): UrlParts | undefined {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i.exec(url);
  if (match === null) return undefined;
  const [prefix, scheme = "", authority = ""] = match;
  const hostStart = authority.lastIndexOf("@") + 1;
  const hostAndPort = authority.slice(hostStart);
  // Inside an IPv6 literal such as [::1] a colon is not a port separator.
  const portStart = hostAndPort.indexOf(":", hostAndPort.lastIndexOf("]") + 1);
  return {
    scheme,
    userInfo: authority.slice(0, hostStart),
    host: portStart === -1 ? hostAndPort : hostAndPort.slice(0, portStart),
    port: portStart === -1 ? "" : hostAndPort.slice(portStart),
    rest: url.slice(prefix.length),
  };
}

export function withoutPort(url: string): string {
  const parts = splitUrl(url);
  return parts === undefined ? url : parts.scheme + parts.userInfo + parts.host + parts.rest;
}

export function withDefaultPort(url: string): string {
  const parts = splitUrl(url);
  if (parts === undefined || parts.port !== "") return url;
  const port = parts.scheme.toLowerCase() === "https://" ? ":443" : ":80";
  return parts.scheme + parts.userInfo + parts.host + port + parts.rest;
}

export function withLegacyQuery(url: string): string {
  const queryStart = url.indexOf("?");
  if (queryStart === -1 || queryStart === url.length - 1) return url;
  return `${url.slice(0, queryStart)}?${reencodeLegacyQuery(url.slice(queryStart + 1))}`;
}

export function asReceivedVariants(url: string): string[] {
  return [withoutPort(url), withDefaultPort(url)];
}

/**
 * The step-2 spellings, or none when the URL does not parse. twilio-node throws a TypeError here;
 * a validator should answer "not valid" for a garbled Host header rather than fail the request.
 */
export function normalizedVariants(url: string): string[] {
  let normalized: string;
  try {
    normalized = new URL(url).toString();
  } catch {
    return [];
  }
  const bare = withoutPort(normalized);
  const ported = withDefaultPort(normalized);
  return [bare, ported, withLegacyQuery(bare), withLegacyQuery(ported)];
}

import { reencodeLegacyQuery } from "./legacy-query.js";
function splitUrl(url) {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i.exec(url);
  if (match === null) return void 0;
  const [prefix, scheme = "", authority = ""] = match;
  const hostStart = authority.lastIndexOf("@") + 1;
  const hostAndPort = authority.slice(hostStart);
  const portStart = hostAndPort.indexOf(":", hostAndPort.lastIndexOf("]") + 1);
  return {
    scheme,
    userInfo: authority.slice(0, hostStart),
    host: portStart === -1 ? hostAndPort : hostAndPort.slice(0, portStart),
    port: portStart === -1 ? "" : hostAndPort.slice(portStart),
    rest: url.slice(prefix.length)
  };
}
function withoutPort(url) {
  const parts = splitUrl(url);
  return parts === void 0 ? url : parts.scheme + parts.userInfo + parts.host + parts.rest;
}
function withDefaultPort(url) {
  const parts = splitUrl(url);
  if (parts === void 0 || parts.port !== "") return url;
  const port = parts.scheme.toLowerCase() === "https://" ? ":443" : ":80";
  return parts.scheme + parts.userInfo + parts.host + port + parts.rest;
}
function withLegacyQuery(url) {
  const queryStart = url.indexOf("?");
  if (queryStart === -1 || queryStart === url.length - 1) return url;
  return `${url.slice(0, queryStart)}?${reencodeLegacyQuery(url.slice(queryStart + 1))}`;
}
function asReceivedVariants(url) {
  return [withoutPort(url), withDefaultPort(url)];
}
function normalizedVariants(url) {
  let normalized;
  try {
    normalized = new URL(url).toString();
  } catch {
    return [];
  }
  const bare = withoutPort(normalized);
  const ported = withDefaultPort(normalized);
  return [bare, ported, withLegacyQuery(bare), withLegacyQuery(ported)];
}
export {
  asReceivedVariants,
  normalizedVariants,
  withDefaultPort,
  withLegacyQuery,
  withoutPort
};

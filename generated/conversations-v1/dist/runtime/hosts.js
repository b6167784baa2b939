function rewriteUrl(url, options) {
  return createUrlRewriter(options)(url);
}
function createUrlRewriter(options) {
  if (options.baseUrl !== void 0) {
    const base = new URL(options.baseUrl);
    const prefix = `${base.protocol}//${base.host}${base.pathname.replace(/\/+$/, "")}`;
    return (url) => `${prefix}${pathAndSearch(url)}`;
  }
  if (options.edge === void 0 && options.region === void 0) return (url) => url;
  return (url) => {
    const parsed = new URL(url);
    parsed.hostname = regionalHostname(parsed.hostname, options);
    return parsed.toString();
  };
}
function pathAndSearch(url) {
  const authority = url.indexOf("//");
  const path = url.indexOf("/", authority === -1 ? 0 : authority + 2);
  return path === -1 ? "/" : url.slice(path);
}
function regionalHostname(hostname, options) {
  const pieces = hostname.split(".");
  if (pieces.length < 3) return hostname;
  const product = pieces[0];
  const domain = pieces.slice(-2).join(".");
  let edge;
  let region;
  if (pieces.length === 4) region = pieces[1];
  else if (pieces.length === 5) [edge, region] = [pieces[1], pieces[2]];
  edge = options.edge ?? edge;
  region = options.region ?? region ?? (edge === void 0 ? void 0 : "us1");
  return [product, edge, region, domain].filter((piece) => piece !== void 0 && piece !== "").join(".");
}
export {
  createUrlRewriter,
  rewriteUrl
};

const NULL_BODY = /* @__PURE__ */ new Set([101, 204, 205, 304]);
function fetchThrough(client) {
  return async (input, init = {}) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const headers = {};
    new Headers(init.headers).forEach((value, name) => headers[name] = value);
    const request = {
      method: init.method ?? "GET",
      uri: `${url.origin}${url.pathname}`,
      headers,
      params: grouped(url.searchParams),
      allowRedirects: false
    };
    Object.assign(request, basicCredentials(headers["authorization"]));
    if (typeof init.body === "string")
      request.data = headers["content-type"] === "application/x-www-form-urlencoded" ? grouped(new URLSearchParams(init.body)) : init.body;
    const response = await client.request(request);
    const text = response.body === void 0 || response.body === null ? "" : typeof response.body === "string" ? response.body : JSON.stringify(response.body);
    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(response.headers ?? {}))
      if (value !== void 0) responseHeaders.set(name, Array.isArray(value) ? value.join(", ") : value);
    return new Response(NULL_BODY.has(response.statusCode) ? null : text, {
      status: response.statusCode,
      headers: responseHeaders
    });
  };
}
function grouped(search) {
  const result = {};
  search.forEach((value, key) => {
    const existing = Object.hasOwn(result, key) ? result[key] : void 0;
    result[key] = existing === void 0 ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  });
  return result;
}
function basicCredentials(header) {
  if (header === void 0 || !header.startsWith("Basic ")) return {};
  const decoded = atob(header.slice("Basic ".length));
  const colon = decoded.indexOf(":");
  return colon < 0 ? {} : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
export {
  fetchThrough
};

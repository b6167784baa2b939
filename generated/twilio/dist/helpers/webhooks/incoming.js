import { fromUtf8 } from "../crypto/encoding.js";
import { validateRequest, validateRequestWithBody } from "./signature.js";
const SIGNATURE_HEADER = "X-Twilio-Signature";
function headerOf(request, name) {
  if (typeof request.header === "function") return request.header(name) ?? void 0;
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : value;
}
function webhookUrlOf(request, options = {}) {
  if (options.url) return options.url;
  const secure = request.socket?.encrypted === true;
  const protocol = (options.protocol || request.protocol || (secure ? "https" : "http")).replace(/:$/, "");
  const host = options.host || headerOf(request, "host") || "";
  const path = (request.originalUrl ?? request.url ?? "/").replace(/#/g, "%23");
  return `${protocol}://${host}${path}`;
}
function rawText(value) {
  if (typeof value === "string") return value;
  if (value instanceof Uint8Array) return fromUtf8(value);
  return void 0;
}
function isFormRequest(request) {
  return /^application\/x-www-form-urlencoded\b/i.test(headerOf(request, "content-type") ?? "");
}
function parseForm(text) {
  const fields = /* @__PURE__ */ Object.create(null);
  new URLSearchParams(text).forEach((value, name) => {
    const seen = fields[name];
    if (seen === void 0) fields[name] = value;
    else if (Array.isArray(seen)) seen.push(value);
    else fields[name] = [seen, value];
  });
  return fields;
}
function paramsOf(request) {
  const raw = rawText(request.body);
  if (raw !== void 0) return isFormRequest(request) ? parseForm(raw) : {};
  return typeof request.body === "object" && request.body !== null ? request.body : {};
}
function validateIncomingRequest(request, authToken, options) {
  const url = webhookUrlOf(request, options);
  const signature = headerOf(request, SIGNATURE_HEADER) ?? "";
  if (url.indexOf("bodySHA256") > 0) {
    const body = rawText(request.rawBody) ?? rawText(request.body) ?? "{}";
    return validateRequestWithBody(authToken, signature, url, body);
  }
  return validateRequest(authToken, signature, url, paramsOf(request));
}
function validateExpressRequest(request, authToken, options) {
  return validateIncomingRequest(request, authToken, options);
}
export {
  SIGNATURE_HEADER,
  headerOf,
  paramsOf,
  parseForm,
  rawText,
  validateExpressRequest,
  validateIncomingRequest,
  webhookUrlOf
};

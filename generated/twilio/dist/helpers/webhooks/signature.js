import { constantTimeEqual, base64, hex, utf8 } from "../crypto/encoding.js";
import { digest, hmac } from "../crypto/hmac.js";
import { digestAsync, hmacAsync } from "../crypto/subtle.js";
import { asReceivedVariants, normalizedVariants } from "./url-variants.js";
function parameterText(name, value) {
  if (!Array.isArray(value)) return name + value;
  return Array.from(new Set(value)).sort().map((item) => parameterText(name, item)).join("");
}
function signedText(url, params) {
  const fields = params ?? {};
  return Object.keys(fields).sort().reduce((text, name) => text + parameterText(name, fields[name]), url);
}
function* candidateUrls(url) {
  yield* asReceivedVariants(url);
  yield* normalizedVariants(url);
}
function bodyHashOf(url) {
  try {
    return new URL(url).searchParams.get("bodySHA256") ?? "";
  } catch {
    return void 0;
  }
}
function hashBytes(bodyHash) {
  return typeof bodyHash === "string" ? utf8(bodyHash) : Uint8Array.from(bodyHash);
}
function bodyBytes(body) {
  return typeof body === "string" ? utf8(body) : body;
}
function getExpectedTwilioSignature(authToken, url, params) {
  return base64(hmac("SHA-1", utf8(authToken), utf8(signedText(url, params))));
}
function getExpectedBodyHash(body) {
  return hex(digest("SHA-256", bodyBytes(body)));
}
function validateRequest(authToken, twilioHeader, url, params) {
  const received = utf8(twilioHeader ?? "");
  for (const candidate of candidateUrls(url)) {
    if (constantTimeEqual(received, utf8(getExpectedTwilioSignature(authToken, candidate, params)))) return true;
  }
  return false;
}
function validateBody(body, bodyHash) {
  return constantTimeEqual(hashBytes(bodyHash), utf8(getExpectedBodyHash(body)));
}
function validateRequestWithBody(authToken, twilioHeader, url, body) {
  const bodyHash = bodyHashOf(url);
  return bodyHash !== void 0 && validateRequest(authToken, twilioHeader, url, {}) && validateBody(body, bodyHash);
}
async function getExpectedTwilioSignatureAsync(authToken, url, params) {
  return base64(await hmacAsync("SHA-1", utf8(authToken), utf8(signedText(url, params))));
}
async function getExpectedBodyHashAsync(body) {
  return hex(await digestAsync("SHA-256", bodyBytes(body)));
}
async function validateRequestAsync(authToken, twilioHeader, url, params) {
  const received = utf8(twilioHeader ?? "");
  for (const candidate of candidateUrls(url)) {
    if (constantTimeEqual(received, utf8(await getExpectedTwilioSignatureAsync(authToken, candidate, params))))
      return true;
  }
  return false;
}
async function validateBodyAsync(body, bodyHash) {
  return constantTimeEqual(hashBytes(bodyHash), utf8(await getExpectedBodyHashAsync(body)));
}
async function validateRequestWithBodyAsync(authToken, twilioHeader, url, body) {
  const bodyHash = bodyHashOf(url);
  return bodyHash !== void 0 && await validateRequestAsync(authToken, twilioHeader, url, {}) && await validateBodyAsync(body, bodyHash);
}
export {
  getExpectedBodyHash,
  getExpectedBodyHashAsync,
  getExpectedTwilioSignature,
  getExpectedTwilioSignatureAsync,
  signedText,
  validateBody,
  validateBodyAsync,
  validateRequest,
  validateRequestAsync,
  validateRequestWithBody,
  validateRequestWithBodyAsync
};

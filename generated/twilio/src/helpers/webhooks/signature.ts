/**
 * Twilio's request signatures (https://www.twilio.com/docs/usage/webhooks/webhooks-security):
 * X-Twilio-Signature is base64(HMAC-SHA1(auth token, URL + each POST parameter's name and value,
 * sorted by name)); a JSON body is covered instead by its SHA-256, hex, in the URL's `bodySHA256`.
 *
 * The plain names return what twilio-node's do (a boolean, a string), computed with this package's
 * own synchronous SHA code so that existing code keeps compiling and, above all, keeps working:
 * an `if (validateRequest(...))` that got a Promise would accept every request. The `…Async`
 * names compute the same results with Web Crypto.
 */
import { constantTimeEqual, base64, hex, utf8 } from "../crypto/encoding.js";
import { digest, hmac } from "../crypto/hmac.js";
import { digestAsync, hmacAsync } from "../crypto/subtle.js";
import { asReceivedVariants, normalizedVariants } from "./url-variants.js";

/**
 * POST parameters as a body parser leaves them: a value may be an array for a repeated name.
 * `object` rather than twilio-node's `Record<string, any>`: it accepts the same arguments, and
 * interfaces too; `null` and `undefined` count as no parameters.
 */
export type WebhookParams = object | null | undefined;

/** A body hash as twilio-node accepts it: the hex text, or its bytes (a Buffer is a Uint8Array). */
export type BodyHash = string | Uint8Array | readonly number[];

/** Name then value; an array contributes each distinct value once, in sorted order. */
function parameterText(name: string, value: unknown): string {
  if (!Array.isArray(value)) return name + (value as string);
  return Array.from(new Set(value))
    .sort()
    .map((item) => parameterText(name, item))
    .join("");
}

/** The string Twilio signs: the URL, then each parameter by name in code-unit order. */
export function signedText(url: string, params: WebhookParams): string {
  const fields = (params ?? {}) as Record<string, unknown>;
  return Object.keys(fields)
    .sort()
    .reduce((text, name) => text + parameterText(name, fields[name]), url);
}

function* candidateUrls(url: string): Generator<string> {
  yield* asReceivedVariants(url);
  yield* normalizedVariants(url);
}

function bodyHashOf(url: string): string | undefined {
  try {
    return new URL(url).searchParams.get("bodySHA256") ?? "";
  } catch {
    return undefined;
  }
}

function hashBytes(bodyHash: BodyHash): Uint8Array {
  return typeof bodyHash === "string" ? utf8(bodyHash) : Uint8Array.from(bodyHash);
}

function bodyBytes(body: string | Uint8Array): Uint8Array {
  return typeof body === "string" ? utf8(body) : body;
}

export function getExpectedTwilioSignature(authToken: string, url: string, params: WebhookParams): string {
  return base64(hmac("SHA-1", utf8(authToken), utf8(signedText(url, params))));
}

export function getExpectedBodyHash(body: string | Uint8Array): string {
  return hex(digest("SHA-256", bodyBytes(body)));
}

/** True when the signature matches the URL under any of the spellings url-variants.ts lists. */
export function validateRequest(
  authToken: string,
  twilioHeader: string | null | undefined,
  url: string,
  params: WebhookParams,
): boolean {
  const received = utf8(twilioHeader ?? "");
  for (const candidate of candidateUrls(url)) {
    if (constantTimeEqual(received, utf8(getExpectedTwilioSignature(authToken, candidate, params)))) return true;
  }
  return false;
}

export function validateBody(body: string | Uint8Array, bodyHash: BodyHash): boolean {
  return constantTimeEqual(hashBytes(bodyHash), utf8(getExpectedBodyHash(body)));
}

/** For JSON webhooks: the URL's signature with no parameters, and the body against `bodySHA256`. */
export function validateRequestWithBody(
  authToken: string,
  twilioHeader: string | null | undefined,
  url: string,
  body: string | Uint8Array,
): boolean {
  const bodyHash = bodyHashOf(url);
  return bodyHash !== undefined && validateRequest(authToken, twilioHeader, url, {}) && validateBody(body, bodyHash);
}

export async function getExpectedTwilioSignatureAsync(
  authToken: string,
  url: string,
  params: WebhookParams,
): Promise<string> {
  return base64(await hmacAsync("SHA-1", utf8(authToken), utf8(signedText(url, params))));
}

export async function getExpectedBodyHashAsync(body: string | Uint8Array): Promise<string> {
  return hex(await digestAsync("SHA-256", bodyBytes(body)));
}

export async function validateRequestAsync(
  authToken: string,
  twilioHeader: string | null | undefined,
  url: string,
  params: WebhookParams,
): Promise<boolean> {
  const received = utf8(twilioHeader ?? "");
  for (const candidate of candidateUrls(url)) {
    if (constantTimeEqual(received, utf8(await getExpectedTwilioSignatureAsync(authToken, candidate, params))))
      return true;
  }
  return false;
}

export async function validateBodyAsync(body: string | Uint8Array, bodyHash: BodyHash): Promise<boolean> {
  return constantTimeEqual(hashBytes(bodyHash), utf8(await getExpectedBodyHashAsync(body)));
}

export async function validateRequestWithBodyAsync(
  authToken: string,
  twilioHeader: string | null | undefined,
  url: string,
  body: string | Uint8Array,
): Promise<boolean> {
  const bodyHash = bodyHashOf(url);
  return (
    bodyHash !== undefined &&
    (await validateRequestAsync(authToken, twilioHeader, url, {})) &&
    (await validateBodyAsync(body, bodyHash))
  );
}

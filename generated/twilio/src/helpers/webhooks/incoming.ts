/**
 * Validating a request as a Node or Express server receives it: which URL Twilio requested, which
 * signature came with it, and which parameters or body it signed.
 */
import { fromUtf8 } from "../crypto/encoding.js";
import { validateRequest, validateRequestWithBody } from "./signature.js";

export const SIGNATURE_HEADER = "X-Twilio-Signature";

export interface RequestValidatorOptions {
  /** The full URL (with query) configured for the webhook at Twilio; overrides host and protocol. */
  url?: string;
  /** The host name Twilio was given, when a proxy in between changes the Host header. */
  host?: string;
  /** `https` or `http`, when TLS ends at a proxy in front of this server. */
  protocol?: string;
}

/** The parts of an Express request the validation reads; a Node IncomingMessage has most of them. */
export interface IncomingRequestLike {
  protocol?: string;
  header?(name: string): string | undefined;
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  originalUrl?: string;
  url?: string;
  /** The body as received, which Twilio's bodySHA256 covers; a body parser's verify hook may set it. */
  rawBody?: unknown;
  /** Parsed form fields (express.urlencoded), or the body as text or bytes (express.text / raw). */
  body?: unknown;
  /** A TLS socket says `encrypted: true`; typed loosely so that a plain net.Socket also fits. */
  socket?: unknown;
}

export function headerOf(request: IncomingRequestLike, name: string): string | undefined {
  if (typeof request.header === "function") return request.header(name) ?? undefined;
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : (value as string | undefined);
}

/**
 * The URL Twilio requested, rebuilt from protocol, Host header and the path as received. Unlike
 * twilio-node, a `%3F` in the path stays `%3F` rather than turning into a second `?`.
 */
export function webhookUrlOf(request: IncomingRequestLike, options: RequestValidatorOptions = {}): string {
  if (options.url) return options.url;
  const secure = (request.socket as { encrypted?: unknown } | undefined)?.encrypted === true;
  const protocol = (options.protocol || request.protocol || (secure ? "https" : "http")).replace(/:$/, "");
  const host = options.host || headerOf(request, "host") || "";
  const path = (request.originalUrl ?? request.url ?? "/").replace(/#/g, "%23");
  return `${protocol}://${host}${path}`;
}

/** Text, bytes (a Buffer is a Uint8Array) or nothing; other values are not a raw body. */
export function rawText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (value instanceof Uint8Array) return fromUtf8(value);
  return undefined;
}

function isFormRequest(request: IncomingRequestLike): boolean {
  return /^application\/x-www-form-urlencoded\b/i.test(headerOf(request, "content-type") ?? "");
}

/** Form fields as body parsers give them: a repeated name collects an array of values. */
export function parseForm(text: string): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  // forEach rather than for-of: the generated packages' lib has DOM without DOM.Iterable.
  new URLSearchParams(text).forEach((value, name) => {
    const seen = fields[name];
    if (seen === undefined) fields[name] = value;
    else if (Array.isArray(seen)) seen.push(value);
    else fields[name] = [seen, value];
  });
  return fields;
}

/** The parameters Twilio signed: parsed fields, or the raw body parsed when it is a form. */
export function paramsOf(request: IncomingRequestLike): object {
  const raw = rawText(request.body);
  if (raw !== undefined) return isFormRequest(request) ? parseForm(raw) : {};
  return typeof request.body === "object" && request.body !== null ? request.body : {};
}

/**
 * twilio-node's validateIncomingRequest: a URL with `bodySHA256` is checked against the raw body
 * (`rawBody`, or `body` when a raw or text parser left it as received), others against the
 * parsed parameters.
 */
export function validateIncomingRequest(
  request: IncomingRequestLike,
  authToken: string,
  options?: RequestValidatorOptions,
): boolean {
  const url = webhookUrlOf(request, options);
  const signature = headerOf(request, SIGNATURE_HEADER) ?? "";
  if (url.indexOf("bodySHA256") > 0) {
    const body = rawText(request.rawBody) ?? rawText(request.body) ?? "{}";
    return validateRequestWithBody(authToken, signature, url, body);
  }
  return validateRequest(authToken, signature, url, paramsOf(request));
}

export function validateExpressRequest(
  request: IncomingRequestLike,
  authToken: string,
  options?: RequestValidatorOptions,
): boolean {
  return validateIncomingRequest(request, authToken, options);
}

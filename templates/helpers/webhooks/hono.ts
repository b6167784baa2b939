/**
 * webhook() as Hono middleware: `app.post("/sms", twilio.webhook(), handler)`. It runs wherever
 * Hono does (Workers, Deno, Bun, Node), so it validates with Web Crypto, and it reads the body
 * from a clone of the request so that the handler can still read it, and never more than
 * MAX_BODY_BYTES of it.
 */
import { parseForm } from "./incoming.js";
import { MAX_BODY_BYTES, MESSAGES, reportMissingToken } from "./responses.js";
import { validateRequestAsync, validateRequestWithBodyAsync } from "./signature.js";
import type { WebhookOptions } from "./middleware.js";

/** The parts of Hono's Context used here, so that the package needs no dependency on Hono. */
export interface HonoContextLike {
  req: { url: string; raw: Request; header(name: string): string | undefined };
  /** Workers bindings: TWILIO_AUTH_TOKEN is looked up here when no token was configured. */
  env?: unknown;
  text(text: string, status: 400 | 403 | 413 | 500): Response;
}

export type HonoNext = () => Promise<void>;

export function isHonoContext(value: unknown): value is HonoContextLike {
  const request = (value as { req?: { raw?: unknown; header?: unknown } } | null)?.req;
  return (
    typeof request?.header === "function" &&
    typeof Request === "function" &&
    request.raw instanceof Request &&
    typeof (value as { text?: unknown }).text === "function"
  );
}

/** The URL as the runtime received it, with a configured host or protocol put in its place. */
function requestedUrl(received: string, options: WebhookOptions): string {
  if (options.url) return options.url;
  if (!options.host && !options.protocol) return received;
  const parsed = new URL(received);
  const protocol = (options.protocol || parsed.protocol).replace(/:$/, "");
  return `${protocol}://${options.host || parsed.host}${parsed.pathname}${parsed.search}`;
}

function bindingToken(context: HonoContextLike): string | undefined {
  const token = (context.env as { TWILIO_AUTH_TOKEN?: unknown } | undefined)?.TWILIO_AUTH_TOKEN;
  return typeof token === "string" && token !== "" ? token : undefined;
}

/** The body as text, or undefined when it is longer than MAX_BODY_BYTES. */
async function boundedText(request: Request): Promise<string | undefined> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return undefined;
  const reader = request.clone().body?.getReader();
  if (reader === undefined) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  return new TextDecoder().decode(whole);
}

function signatureMatches(
  context: HonoContextLike,
  authToken: string,
  signature: string,
  options: WebhookOptions,
  body: string,
): Promise<boolean> {
  const url = requestedUrl(context.req.url, options);
  if (url.indexOf("bodySHA256") > 0) return validateRequestWithBodyAsync(authToken, signature, url, body);
  const isForm = /^application\/x-www-form-urlencoded\b/i.test(context.req.header("content-type") ?? "");
  return validateRequestAsync(authToken, signature, url, isForm ? parseForm(body) : {});
}

export async function handleHono(
  options: WebhookOptions,
  context: HonoContextLike,
  next: HonoNext,
): Promise<Response | void> {
  if (!options.validate) return next();
  const signature = context.req.header("X-Twilio-Signature");
  if (!signature) return context.text(MESSAGES.noSignature, 400);
  const authToken = options.authToken || bindingToken(context);
  if (!authToken) {
    reportMissingToken();
    return context.text(MESSAGES.noToken, 500);
  }
  const body = await boundedText(context.req.raw);
  if (body === undefined) return context.text(MESSAGES.tooLarge, 413);
  if (!(await signatureMatches(context, authToken, signature, options, body)))
    return context.text(MESSAGES.invalid, 403);
  return next();
}

/**
 * webhook(): twilio-node's middleware, for Express (and Connect-style stacks), plain Node http
 * servers, and Hono. It answers 400 when the X-Twilio-Signature header is missing, 500 when no
 * auth token is configured, 403 when the signature does not match, and otherwise hands on.
 */
import { handleHono, isHonoContext, type HonoContextLike, type HonoNext } from "./hono.js";
import { MAX_BODY_BYTES, MESSAGES, reportMissingToken } from "./responses.js";
import {
  headerOf,
  parseForm,
  rawText,
  SIGNATURE_HEADER,
  validateIncomingRequest,
  type IncomingRequestLike,
  type RequestValidatorOptions,
} from "./incoming.js";

export interface WebhookOptions extends RequestValidatorOptions {
  /** Default true. false hands every request on unchecked. */
  validate?: boolean;
  /** Accepted for compatibility; twilio-node 6 ignores it too. */
  includeHelpers?: boolean;
  /** Default: the string argument, else TWILIO_AUTH_TOKEN from the environment. */
  authToken?: string;
}

/**
 * One function for both calling conventions. twilio-node declares `(req: any, res: any, next: any)
 * => void`; `unknown` parameters accept the same arguments and fit every slot that one fits
 * (Express's `app.use`, a `(req, res, next) => void` variable), so no `any` is needed. The Hono
 * signature comes first so that a call with a Hono context is typed as the promise it returns.
 */
export interface WebhookMiddleware {
  (context: HonoContextLike, next: HonoNext): Promise<Response | void>;
  (request: unknown, response: unknown, next?: unknown): void;
}

interface ResponseLike {
  status?(code: number): ResponseLike;
  type?(mime: string): ResponseLike;
  send?(body: string): unknown;
  statusCode?: number;
  setHeader?(name: string, value: string): unknown;
  end?(body: string): unknown;
}

function refuse(response: ResponseLike, status: number, message: string): void {
  if (typeof response.status === "function" && typeof response.send === "function") {
    response.type?.("text/plain");
    response.status(status).send?.(message);
    return;
  }
  response.statusCode = status;
  response.setHeader?.("Content-Type", "text/plain; charset=utf-8");
  response.end?.(message);
}

/** Node, Bun and Deno have `process.env`; workerd has none, and Deno without --allow-env throws. */
function environmentVariable(name: string): string | undefined {
  try {
    return (globalThis as { process?: { env?: Readonly<Record<string, string | undefined>> } }).process?.env?.[name];
  } catch {
    return undefined;
  }
}

/** twilio-node's argument rules: a string is the auth token, an object the options, in either place. */
function resolveOptions(first: unknown, second: unknown): WebhookOptions {
  const options: WebhookOptions = {};
  let token: string | undefined;
  for (const argument of [first, second]) {
    if (typeof argument === "string") token = argument;
    else if (typeof argument === "object" && argument !== null) Object.assign(options, argument);
  }
  // Unlike twilio-node, an `authToken` in the options counts (twilio-node overwrites it from the environment).
  options.authToken = token || options.authToken || environmentVariable("TWILIO_AUTH_TOKEN");
  options.validate ??= true;
  return options;
}

function isStream(
  request: unknown,
): request is { on(event: string, listener: (value?: unknown) => void): unknown; readableEnded?: boolean } {
  return (
    typeof (request as { on?: unknown }).on === "function" &&
    (request as { readableEnded?: boolean }).readableEnded !== true
  );
}

/** Reads a body nobody has parsed yet, and leaves it where Express's parsers would have. */
function readBody(
  request: IncomingRequestLike & { on(event: string, listener: (value?: unknown) => void): unknown },
): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    request.on("data", (chunk) => {
      const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
      size += bytes.length;
      if (size <= MAX_BODY_BYTES) chunks.push(bytes);
    });
    request.on("error", (error) => reject(error instanceof Error ? error : new Error(String(error))));
    request.on("end", () => {
      if (size > MAX_BODY_BYTES) return resolve(false);
      const whole = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        whole.set(chunk, offset);
        offset += chunk.length;
      }
      const text = rawText(whole) ?? "";
      request.rawBody = text;
      request.body = /^application\/x-www-form-urlencoded\b/i.test(headerOf(request, "content-type") ?? "")
        ? parseForm(text)
        : text;
      resolve(true);
    });
  });
}

/**
 * Validates, then calls `next` or answers. When the body has to be read first, the promise of
 * that is returned: Express 5 passes a rejection (a throwing handler after `next`) to its error
 * handling, as it does for any async middleware.
 */
function handleNode(
  options: WebhookOptions,
  request: IncomingRequestLike,
  response: ResponseLike,
  next: (() => void) | undefined,
): void | Promise<void> {
  if (!options.validate) return next?.();
  if (!headerOf(request, SIGNATURE_HEADER)) return refuse(response, 400, MESSAGES.noSignature);
  const authToken = options.authToken;
  if (!authToken) {
    reportMissingToken();
    return refuse(response, 500, MESSAGES.noToken);
  }
  const decide = (): void => {
    if (validateIncomingRequest(request, authToken, options)) next?.();
    else refuse(response, 403, MESSAGES.invalid);
  };
  if (request.body !== undefined || request.rawBody !== undefined || !isStream(request)) return decide();
  return readBody(request).then(
    (complete) => (complete ? decide() : refuse(response, 413, MESSAGES.tooLarge)),
    () => refuse(response, 400, MESSAGES.unreadable),
  );
}

/**
 * @param opts the auth token, or options
 * @param authToken the auth token, or options, whichever `opts` is not
 */
export function webhook(opts?: string | WebhookOptions, authToken?: string | WebhookOptions): WebhookMiddleware {
  const options = resolveOptions(opts, authToken);
  function hook(first: unknown, second: unknown, third?: unknown): void | Promise<Response | void> {
    if (third === undefined && isHonoContext(first)) return handleHono(options, first, second as HonoNext);
    return handleNode(
      options,
      first as IncomingRequestLike,
      second as ResponseLike,
      typeof third === "function" ? (third as () => void) : undefined,
    );
  }
  return hook as WebhookMiddleware;
}

import { handleHono, isHonoContext } from "./hono.js";
import { MAX_BODY_BYTES, MESSAGES, reportMissingToken } from "./responses.js";
import {
  headerOf,
  parseForm,
  rawText,
  SIGNATURE_HEADER,
  validateIncomingRequest
} from "./incoming.js";
function refuse(response, status, message) {
  if (typeof response.status === "function" && typeof response.send === "function") {
    response.type?.("text/plain");
    response.status(status).send?.(message);
    return;
  }
  response.statusCode = status;
  response.setHeader?.("Content-Type", "text/plain; charset=utf-8");
  response.end?.(message);
}
function environmentVariable(name) {
  try {
    return globalThis.process?.env?.[name];
  } catch {
    return void 0;
  }
}
function resolveOptions(first, second) {
  const options = {};
  let token;
  for (const argument of [first, second]) {
    if (typeof argument === "string") token = argument;
    else if (typeof argument === "object" && argument !== null) Object.assign(options, argument);
  }
  options.authToken = token || options.authToken || environmentVariable("TWILIO_AUTH_TOKEN");
  options.validate ??= true;
  return options;
}
function isStream(request) {
  return typeof request.on === "function" && request.readableEnded !== true;
}
function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on("data", (chunk) => {
      const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
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
      request.body = /^application\/x-www-form-urlencoded\b/i.test(headerOf(request, "content-type") ?? "") ? parseForm(text) : text;
      resolve(true);
    });
  });
}
function handleNode(options, request, response, next) {
  if (!options.validate) return next?.();
  if (!headerOf(request, SIGNATURE_HEADER)) return refuse(response, 400, MESSAGES.noSignature);
  const authToken = options.authToken;
  if (!authToken) {
    reportMissingToken();
    return refuse(response, 500, MESSAGES.noToken);
  }
  const decide = () => {
    if (validateIncomingRequest(request, authToken, options)) next?.();
    else refuse(response, 403, MESSAGES.invalid);
  };
  if (request.body !== void 0 || request.rawBody !== void 0 || !isStream(request)) return decide();
  return readBody(request).then(
    (complete) => complete ? decide() : refuse(response, 413, MESSAGES.tooLarge),
    () => refuse(response, 400, MESSAGES.unreadable)
  );
}
function webhook(opts, authToken) {
  const options = resolveOptions(opts, authToken);
  function hook(first, second, third) {
    if (third === void 0 && isHonoContext(first)) return handleHono(options, first, second);
    return handleNode(
      options,
      first,
      second,
      typeof third === "function" ? third : void 0
    );
  }
  return hook;
}
export {
  webhook
};

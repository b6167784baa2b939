import { parseForm } from "./incoming.js";
import { MAX_BODY_BYTES, MESSAGES, reportMissingToken } from "./responses.js";
import { validateRequestAsync, validateRequestWithBodyAsync } from "./signature.js";
function isHonoContext(value) {
  const request = value?.req;
  return typeof request?.header === "function" && typeof Request === "function" && request.raw instanceof Request && typeof value.text === "function";
}
function requestedUrl(received, options) {
  if (options.url) return options.url;
  if (!options.host && !options.protocol) return received;
  const parsed = new URL(received);
  const protocol = (options.protocol || parsed.protocol).replace(/:$/, "");
  return `${protocol}://${options.host || parsed.host}${parsed.pathname}${parsed.search}`;
}
function bindingToken(context) {
  const token = context.env?.TWILIO_AUTH_TOKEN;
  return typeof token === "string" && token !== "" ? token : void 0;
}
async function boundedText(request) {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return void 0;
  const reader = request.clone().body?.getReader();
  if (reader === void 0) return "";
  const chunks = [];
  let size = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return void 0;
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
function signatureMatches(context, authToken, signature, options, body) {
  const url = requestedUrl(context.req.url, options);
  if (url.indexOf("bodySHA256") > 0) return validateRequestWithBodyAsync(authToken, signature, url, body);
  const isForm = /^application\/x-www-form-urlencoded\b/i.test(context.req.header("content-type") ?? "");
  return validateRequestAsync(authToken, signature, url, isForm ? parseForm(body) : {});
}
async function handleHono(options, context, next) {
  if (!options.validate) return next();
  const signature = context.req.header("X-Twilio-Signature");
  if (!signature) return context.text(MESSAGES.noSignature, 400);
  const authToken = options.authToken || bindingToken(context);
  if (!authToken) {
    reportMissingToken();
    return context.text(MESSAGES.noToken, 500);
  }
  const body = await boundedText(context.req.raw);
  if (body === void 0) return context.text(MESSAGES.tooLarge, 413);
  if (!await signatureMatches(context, authToken, signature, options, body))
    return context.text(MESSAGES.invalid, 403);
  return next();
}
export {
  handleHono,
  isHonoContext
};

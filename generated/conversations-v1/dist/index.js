import { API, BASE_URL } from "./api.js";
import { buildResources, processInfo, Transport, withEnvironment } from "./runtime/index.js";
import { RestException, RequestValidationError, ResponseParseError, Page } from "./runtime/index.js";
const CLIENT_NAME = "@twilio-codegen/conversations-v1/2.0.0";
function twilio(accountSid, authToken, options = {}) {
  const version = buildResources(transport(accountSid, authToken, options), API);
  return { conversations: { v1: version } };
}
function twilioWith(resources, accountSid, authToken, options = {}) {
  const selected = Object.values(resources);
  const version = buildResources(transport(accountSid, authToken, options), { baseUrl: BASE_URL, resources: selected });
  return { conversations: { v1: version } };
}
function transport(accountSid, authToken, options) {
  const environment = options.env ?? processInfo().env ?? {};
  const username = accountSid ?? environment["TWILIO_ACCOUNT_SID"] ?? "";
  const password = authToken ?? environment["TWILIO_AUTH_TOKEN"] ?? "";
  return new Transport(username, password, withEnvironment(options, environment), CLIENT_NAME);
}
export {
  Page,
  RequestValidationError,
  ResponseParseError,
  RestException,
  twilio as default,
  twilio,
  twilioWith
};

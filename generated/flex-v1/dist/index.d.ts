import { type ClientOptions } from "./runtime/transport.js";
import type { TwilioClient } from "./types.js";
export type * from "./types.js";
export { RestException, RequestValidationError, ResponseParseError } from "./runtime/errors.js";
export { Page } from "./runtime/paging.js";
export type { ListOptions, EachOptions } from "./runtime/paging.js";
export type { ClientOptions, CallOptions, Callback } from "./runtime/transport.js";
/**
 * Creates a client for Twilio - Flex, with twilio-node's call surface:
 * `twilio(accountSid, authToken).flexApi.v1`.
 *
 * Credentials default to TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN. With an API key
 * and secret, pass `{ accountSid }`. TWILIO_BASE_URL, TWILIO_EDGE and TWILIO_REGION
 * fill the options of the same names when those are not given.
 */
export default function twilio(accountSid?: string, authToken?: string, options?: ClientOptions): TwilioClient;
export { twilio };

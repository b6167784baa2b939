import { type ClientOptions } from "./runtime/transport.js";
import type { ResourceDescriptor } from "./runtime/descriptors.js";
import type { ConversationsV1, TwilioClient } from "./types.js";
export type * from "./types.js";
export { RestException, RequestValidationError, ResponseParseError } from "./runtime/errors.js";
export { Page } from "./runtime/paging.js";
export type { ListOptions, EachOptions } from "./runtime/paging.js";
export type { ClientOptions, CallOptions, Callback, HttpClient } from "./runtime/transport.js";
export type { HttpClientRequest, HttpClientResponse } from "./runtime/http-client.js";
export type { ApiResponse, ListCallback } from "./runtime/responses.js";
/**
 * Creates a client for Twilio - Conversations, with twilio-node's call surface:
 * `twilio(accountSid, authToken).conversations.v1`.
 *
 * Credentials default to TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN. With an API key
 * and secret, pass `{ accountSid }`. TWILIO_BASE_URL, TWILIO_EDGE and TWILIO_REGION
 * fill the options of the same names when those are not given.
 */
export default function twilio(accountSid?: string, authToken?: string, options?: ClientOptions): TwilioClient;
/**
 * Like `twilio()`, with only the top-level resources you name, so a bundler
 * leaves the rest out: `twilioWith({ users }, sid, token)`, with
 * `users` imported from "@twilio-codegen/conversations-v1/resources".
 */
export declare function twilioWith<K extends keyof ConversationsV1>(resources: {
    readonly [P in K]: ResourceDescriptor;
}, accountSid?: string, authToken?: string, options?: ClientOptions): {
    readonly conversations: {
        readonly v1: Pick<ConversationsV1, K>;
    };
};
export { twilio };

const MESSAGES = {
  noSignature: "No signature header error - X-Twilio-Signature header does not exist, maybe this request is not coming from Twilio.",
  noToken: "Webhook Error - we attempted to validate this request without first configuring our auth token.",
  invalid: "Twilio Request Validation Failed.",
  tooLarge: "Webhook Error - the request body is larger than this webhook accepts.",
  unreadable: "Webhook Error - the request body could not be read."
};
const MAX_BODY_BYTES = 1024 * 1024;
function reportMissingToken() {
  globalThis.console?.error?.(
    "[Twilio]: Error - Twilio auth token is required for webhook request validation."
  );
}
export {
  MAX_BODY_BYTES,
  MESSAGES,
  reportMissingToken
};

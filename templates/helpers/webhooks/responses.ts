/** What webhook() answers, the same in every flavour: twilio-node's texts where it has them. */

export const MESSAGES = {
  noSignature:
    "No signature header error - X-Twilio-Signature header does not exist, maybe this request is not coming from Twilio.",
  noToken: "Webhook Error - we attempted to validate this request without first configuring our auth token.",
  invalid: "Twilio Request Validation Failed.",
  tooLarge: "Webhook Error - the request body is larger than this webhook accepts.",
  unreadable: "Webhook Error - the request body could not be read.",
} as const;

/** Twilio's webhook bodies are a few KB; reading stops well before memory is at risk. */
export const MAX_BODY_BYTES: number = 1024 * 1024;

/** twilio-node logs this too: a missing token is a setup error the operator needs to see. */
export function reportMissingToken(): void {
  (globalThis as { console?: { error?(message: string): void } }).console?.error?.(
    "[Twilio]: Error - Twilio auth token is required for webhook request validation.",
  );
}

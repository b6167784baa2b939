/**
 * The option key a caller uses for a wire parameter, as twilio-node spells it:
 * `FriendlyName` → `friendlyName`, `Timers.Inactive` → `timers.inactive`,
 * `X-Twilio-Webhook-Enabled` → `xTwilioWebhookEnabled`, `DateCreated<` →
 * `dateCreatedBefore`, the page index `Page` → `pageNumber`, and `Version`
 * → `versionParam` (twilio-node keeps `version` for its API version object).
 *
 * The generator imports this same function for the option types, so the types
 * and the runtime cannot disagree.
 */
export declare function optionKey(wire: string): string;
/** A field of a response as an instance property: `date_created` → `dateCreated`. */
export declare function fieldKey(key: string): string;

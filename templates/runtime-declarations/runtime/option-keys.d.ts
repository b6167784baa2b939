// Declarations of the runtime source with sha256 114fd8f3da083bbdb7634d29f9c72050015a76b886dfc6b48ca4384359566227, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
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

// Declarations of the runtime source with sha256 885be9b97fe304eebbb666980effcac4c71c072c781d1b6869a8da99ef4128c4, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/**
 * The option key a caller uses for a wire parameter, as twilio-node spells it:
 * `FriendlyName` → `friendlyName`, `Timers.Inactive` → `timers.inactive`,
 * `X-Twilio-Webhook-Enabled` → `xTwilioWebhookEnabled`, `DateCreated<` →
 * `dateCreatedBefore`, and the page index `Page` → `pageNumber`.
 *
 * The generator imports this same function for the option types, so the types
 * and the runtime cannot disagree.
 */
export declare function optionKey(wire: string): string;
/** A field of a response as an instance property: `date_created` → `dateCreated`. */
export declare function fieldKey(key: string): string;

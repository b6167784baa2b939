/**
 * The option key a caller uses for a wire parameter, as twilio-node spells it:
 * `FriendlyName` → `friendlyName`, `Timers.Inactive` → `timers.inactive`,
 * `X-Twilio-Webhook-Enabled` → `xTwilioWebhookEnabled`, `DateCreated<` →
 * `dateCreatedBefore`, and the page index `Page` → `pageNumber`.
 *
 * The generator imports this same function for the option types, so the types
 * and the runtime cannot disagree.
 */
export function optionKey(wire) {
    if (wire === "Page")
        return "pageNumber";
    return wire
        .split(".")
        .map((part) => lowerFirst(part.replace(/</g, "Before").replace(/>/g, "After").replace(/[-_\s]+([A-Za-z0-9])/g, (_, next) => next.toUpperCase()).replace(/[-_\s]+$/, "")))
        .join(".");
}
function lowerFirst(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
}
/** A field of a response as an instance property: `date_created` → `dateCreated`. */
export function fieldKey(key) {
    return key.replace(/[_.-]+([a-zA-Z0-9])/g, (_, letter) => letter.toUpperCase());
}

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
export function optionKey(wire: string): string {
  if (wire === "Page") return "pageNumber";
  if (wire === "Version") return "versionParam";
  return wire
    .split(".")
    .map((part) =>
      lowerFirst(
        part
          .replace(/</g, "Before")
          .replace(/>/g, "After")
          .replace(/[-_\s]+([A-Za-z0-9])/g, (_, next: string) => next.toUpperCase())
          .replace(/[-_\s]+$/, ""),
      ),
    )
    .join(".");
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A field of a response as an instance property: `date_created` → `dateCreated`. */
export function fieldKey(key: string): string {
  return key.replace(/[_.-]+([a-zA-Z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

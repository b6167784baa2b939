import { fieldKey } from "./option-keys.js";

/**
 * Maps a response object to instance fields: top-level keys in camelCase, and
 * the listed date fields as `Date`, set on `fields` (a new object unless
 * given) under `keyOf(key)`. A missing date stays undefined and a null
 * one stays null; neither becomes "now". The result has no prototype tricks:
 * a `__proto__` key in the body becomes a plain own property.
 *
 * Plain assignment makes the same own, enumerable, writable property as
 * `defineProperty` (what `fields` inherits is only writable methods), at a
 * fraction of the cost per field; only `__proto__` needs defining, since
 * assigning it would swap the prototype.
 */
export function toInstanceFields(
  raw: Readonly<Record<string, unknown>>,
  dateKeys: ReadonlySet<string>,
  keyOf: (key: string) => string = fieldKey,
  fields: object = {},
): Record<string, unknown> {
  const target = fields as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    const value = dateKeys.has(key) ? parseDate(raw[key]) : raw[key];
    const name = keyOf(key);
    if (name === "__proto__")
      Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
    else target[name] = value;
  }
  return target;
}

/** ISO 8601 or RFC 2822 (api.twilio.com's format) to Date; anything unparseable is kept as it came. */
export function parseDate(value: unknown): unknown {
  if (typeof value !== "string" || value === "") return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time);
}

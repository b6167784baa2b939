// Declarations of the runtime source with sha256 77952695c82e45eeaa94984e62f3a04851d8c0cd7d580a6e7433e9ae53bd81be, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
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
export declare function toInstanceFields(raw: Readonly<Record<string, unknown>>, dateKeys: ReadonlySet<string>, keyOf?: (key: string) => string, fields?: object): Record<string, unknown>;
/** ISO 8601 or RFC 2822 (api.twilio.com's format) to Date; anything unparseable is kept as it came. */
export declare function parseDate(value: unknown): unknown;

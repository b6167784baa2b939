// Declarations of the runtime source with sha256 5a99adc1e8cc7f0c4717f24c0c0bcb0ada3b885dedfc5759b1dfac2d2650ea83, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/**
 * Maps a response object to instance fields: top-level keys in camelCase, and
 * the listed date fields as `Date`, defined on `fields` (a new object unless
 * given) under `keyOf(key)`. A missing date stays undefined and a null
 * one stays null; neither becomes "now". The result has no prototype tricks:
 * a `__proto__` key in the body becomes a plain own property.
 */
export declare function toInstanceFields(raw: Readonly<Record<string, unknown>>, dateKeys: ReadonlySet<string>, keyOf?: (key: string) => string, fields?: object): Record<string, unknown>;
/** ISO 8601 or RFC 2822 (api.twilio.com's format) to Date; anything unparseable is kept as it came. */
export declare function parseDate(value: unknown): unknown;

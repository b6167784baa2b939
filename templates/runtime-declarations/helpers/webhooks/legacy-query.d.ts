// Declarations of the runtime source with sha256 1806be8fb30a4677dfdc8a6ce6d809e1d494c51d8e4c71d7bdb331fa9a3c45b7, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/**
 * Node's legacy `querystring.parse` followed by `querystring.stringify`, rebuilt without
 * `node:querystring` so that it runs everywhere. twilio-node validates a query string re-encoded
 * this way as a last resort, for back ends that signed an escaped form of it (`%27` for `'`,
 * `%20` for `+`), so a drop-in must produce the same bytes. Node's behaviour kept here:
 * - only the first 1000 `&`-separated pieces are read (its default `maxKeys`), empty ones skipped;
 * - a piece splits at its first `=`; `+` means a space; `%XX` escapes decode as UTF-8 (see
 *   decodeComponent for malformed ones);
 * - a repeated key collects its values in order, under the key's first position; keys that are
 *   array indexes come first, as object keys do in JavaScript;
 * - the result escapes everything except `A-Z a-z 0-9 - _ . ! ~ * ' ( )`.
 */
/** `querystring.stringify(querystring.parse(query))`. */
export declare function reencodeLegacyQuery(query: string): string;

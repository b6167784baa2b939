/**
 * Node's legacy `querystring.parse` followed by `querystring.stringify`, rebuilt without
 * `node:querystring` so that it runs everywhere. twilio-node validates a query string re-encoded
 * this way as a last resort, for back ends that signed an escaped form of it (`%27` for `'`,
 * `%20` for `+`), so a drop-in must produce the same bytes. Node's behaviour kept here:
 * - only the first 1000 `&`-separated pieces are read (its default `maxKeys`), empty ones skipped;
 * - a piece splits at its first `=`; `+` means a space; `%XX` decodes to bytes read as UTF-8, with
 *   U+FFFD for bytes that are not, and a `%` not followed by two hex digits stays itself;
 * - a repeated key collects its values in order, under the key's first position; keys that are
 *   array indexes come first, as object keys do in JavaScript;
 * - the result escapes everything except `A-Z a-z 0-9 - _ . ! ~ * ' ( )`.
 */

const MAX_PIECES = 1000;

function decodeComponent(text: string): string {
  const spaced = text.replace(/\+/g, " ");
  if (!spaced.includes("%")) return spaced;
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let index = 0; index < spaced.length; index++) {
    const pair = spaced.slice(index + 1, index + 3);
    if (spaced[index] === "%" && /^[0-9A-Fa-f]{2}$/.test(pair)) {
      bytes.push(parseInt(pair, 16));
      index += 2;
      continue;
    }
    const codePoint = spaced.codePointAt(index)!;
    const character = String.fromCodePoint(codePoint);
    bytes.push(...encoder.encode(character));
    index += character.length - 1;
  }
  return new TextDecoder().decode(Uint8Array.from(bytes));
}

/** Keys in JavaScript's own-key order, values in arrival order, as `querystring.parse` leaves them. */
function parseLegacyQuery(query: string): Map<string, string[]> {
  // A plain object with no prototype orders keys exactly as Node's parse result does.
  const order: Record<string, true> = Object.create(null) as Record<string, true>;
  const values = new Map<string, string[]>();
  for (const piece of query.split("&").slice(0, MAX_PIECES)) {
    if (piece === "") continue;
    const separator = piece.indexOf("=");
    const key = decodeComponent(separator === -1 ? piece : piece.slice(0, separator));
    const value = separator === -1 ? "" : decodeComponent(piece.slice(separator + 1));
    order[key] = true;
    const seen = values.get(key);
    if (seen === undefined) values.set(key, [value]);
    else seen.push(value);
  }
  return new Map(Object.keys(order).map((key) => [key, values.get(key) ?? []]));
}

/** `querystring.stringify(querystring.parse(query))`. */
export function reencodeLegacyQuery(query: string): string {
  const pieces: string[] = [];
  for (const [key, values] of parseLegacyQuery(query)) {
    for (const value of values) pieces.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  }
  return pieces.join("&");
}

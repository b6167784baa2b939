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

const MAX_PIECES = 1000;

const ESCAPE = /%[0-9A-Fa-f]{2}/;

/**
 * Node's `querystring.unescape` for text the parser marked as encoded: decodeURIComponent, and
 * when that throws on a malformed escape, a byte-wise decoding where each character that is not
 * an escape contributes the low byte of its UTF-16 code unit (so a literal `é` beside a bad escape
 * becomes U+FFFD, as in Node). Text not marked as encoded is kept, `+` aside.
 */
function decodeComponent(text: string, encoded: boolean): string {
  const spaced = text.replace(/\+/g, " ");
  if (!encoded || spaced === "") return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    const bytes = new Uint8Array(spaced.length);
    let length = 0;
    for (let index = 0; index < spaced.length; index++) {
      const pair = spaced.slice(index + 1, index + 3);
      if (spaced[index] === "%" && /^[0-9A-Fa-f]{2}$/.test(pair)) {
        bytes[length++] = parseInt(pair, 16);
        index += 2;
      } else {
        bytes[length++] = spaced.charCodeAt(index) & 0xff;
      }
    }
    return new TextDecoder().decode(bytes.subarray(0, length));
  }
}

/**
 * Splits one `&` piece. Node decodes a key only when it holds a well-formed escape. Its scanner
 * decides the same for the value, but keeps scanning the rest of an encoded key as if it were
 * value: an escape there marks the value as encoded too (`+` never interrupts that scan).
 */
function splitPiece(piece: string): [string, string] {
  const separator = piece.indexOf("=");
  const rawKey = separator === -1 ? piece : piece.slice(0, separator);
  const rawValue = separator === -1 ? "" : piece.slice(separator + 1);
  const keyEscape = ESCAPE.exec(rawKey);
  const keyTail = keyEscape === null ? "" : rawKey.slice(keyEscape.index + 3);
  const valueEncoded = ESCAPE.test(keyTail.replace(/\+/g, "")) || ESCAPE.test(rawValue.replace(/\+/g, ""));
  return [decodeComponent(rawKey, keyEscape !== null), decodeComponent(rawValue, valueEncoded)];
}

/** Keys in JavaScript's own-key order, values in arrival order, as `querystring.parse` leaves them. */
function parseLegacyQuery(query: string): Map<string, string[]> {
  // A plain object with no prototype orders keys exactly as Node's parse result does.
  const order: Record<string, true> = Object.create(null) as Record<string, true>;
  const values = new Map<string, string[]>();
  for (const piece of query.split("&").slice(0, MAX_PIECES)) {
    if (piece === "") continue;
    const [key, value] = splitPiece(piece);
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

const MAX_PIECES = 1e3;
const ESCAPE = /%[0-9A-Fa-f]{2}/;
function decodeComponent(text, encoded) {
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
        bytes[length++] = spaced.charCodeAt(index) & 255;
      }
    }
    return new TextDecoder().decode(bytes.subarray(0, length));
  }
}
function splitPiece(piece) {
  const separator = piece.indexOf("=");
  const rawKey = separator === -1 ? piece : piece.slice(0, separator);
  const rawValue = separator === -1 ? "" : piece.slice(separator + 1);
  const keyEscape = ESCAPE.exec(rawKey);
  const keyTail = keyEscape === null ? "" : rawKey.slice(keyEscape.index + 3);
  const valueEncoded = ESCAPE.test(keyTail.replace(/\+/g, "")) || ESCAPE.test(rawValue.replace(/\+/g, ""));
  return [decodeComponent(rawKey, keyEscape !== null), decodeComponent(rawValue, valueEncoded)];
}
function parseLegacyQuery(query) {
  const order = /* @__PURE__ */ Object.create(null);
  const values = /* @__PURE__ */ new Map();
  for (const piece of query.split("&").slice(0, MAX_PIECES)) {
    if (piece === "") continue;
    const [key, value] = splitPiece(piece);
    order[key] = true;
    const seen = values.get(key);
    if (seen === void 0) values.set(key, [value]);
    else seen.push(value);
  }
  return new Map(Object.keys(order).map((key) => [key, values.get(key) ?? []]));
}
function reencodeLegacyQuery(query) {
  const pieces = [];
  for (const [key, values] of parseLegacyQuery(query)) {
    for (const value of values) pieces.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  }
  return pieces.join("&");
}
export {
  reencodeLegacyQuery
};

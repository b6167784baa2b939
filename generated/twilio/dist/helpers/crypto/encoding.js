const BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function utf8(text) {
  return new TextEncoder().encode(text);
}
function fromUtf8(bytes) {
  return new TextDecoder().decode(bytes);
}
function base64(bytes) {
  let text = "";
  for (let index = 0; index < bytes.length; index += 3) {
    const chunk = (bytes[index] ?? 0) << 16 | (bytes[index + 1] ?? 0) << 8 | (bytes[index + 2] ?? 0);
    const available = Math.min(3, bytes.length - index);
    for (let sextet = 0; sextet < 4; sextet++) {
      text += sextet <= available ? BASE64_ALPHABET.charAt(chunk >>> 18 - sextet * 6 & 63) : "=";
    }
  }
  return text;
}
function base64Url(bytes) {
  return base64(bytes).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}
function fromBase64(text) {
  const normalized = text.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
  if (!/^[A-Za-z0-9+/]*$/.test(normalized) || normalized.length % 4 === 1) return void 0;
  const bytes = new Uint8Array(Math.floor(normalized.length * 3 / 4));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (const character of normalized) {
    buffer = (buffer << 6 | BASE64_ALPHABET.indexOf(character)) & 16777215;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[written++] = buffer >>> bits & 255;
    }
  }
  return bytes;
}
function hex(bytes) {
  let text = "";
  for (const byte of bytes) text += byte.toString(16).padStart(2, "0");
  return text;
}
function constantTimeEqual(left, right) {
  if (left.length !== right.length) return false;
  let difference = 0;
  for (let index = 0; index < left.length; index++) difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  return difference === 0;
}
export {
  base64,
  base64Url,
  constantTimeEqual,
  fromBase64,
  fromUtf8,
  hex,
  utf8
};

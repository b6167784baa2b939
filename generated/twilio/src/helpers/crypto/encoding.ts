/** Byte encodings the helpers need, written out so that no runtime's Buffer or btoa is required. */

const BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function fromUtf8(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/** Standard base64 with padding, as Node's `digest("base64")` gives it. */
export function base64(bytes: Uint8Array): string {
  let text = "";
  for (let index = 0; index < bytes.length; index += 3) {
    const chunk = ((bytes[index] ?? 0) << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    const available = Math.min(3, bytes.length - index);
    for (let sextet = 0; sextet < 4; sextet++) {
      text += sextet <= available ? BASE64_ALPHABET.charAt((chunk >>> (18 - sextet * 6)) & 63) : "=";
    }
  }
  return text;
}

/** The URL-safe, unpadded form JWTs use (RFC 7515 section 2). */
export function base64Url(bytes: Uint8Array): string {
  return base64(bytes).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

/** Decodes base64 or base64url, padded or not; undefined for anything else. */
export function fromBase64(text: string): Uint8Array | undefined {
  const normalized = text.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
  if (!/^[A-Za-z0-9+/]*$/.test(normalized) || normalized.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((normalized.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (const character of normalized) {
    buffer = ((buffer << 6) | BASE64_ALPHABET.indexOf(character)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[written++] = (buffer >>> bits) & 0xff;
    }
  }
  return bytes;
}

export function hex(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += byte.toString(16).padStart(2, "0");
  return text;
}

/**
 * Compares without an early exit on the first differing byte, so the time taken does not tell an
 * attacker how much of a forged signature was right. Lengths are not secret: a signature's length
 * is fixed by its algorithm.
 */
export function constantTimeEqual(left: Uint8Array, right: Uint8Array): boolean {
  if (left.length !== right.length) return false;
  let difference = 0;
  for (let index = 0; index < left.length; index++) difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  return difference === 0;
}

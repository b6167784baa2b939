/**
 * The same digests through Web Crypto (globalThis.crypto.subtle), for the async helpers. Every
 * target runtime has it: Node 20+, Bun, Deno, Cloudflare workerd, browsers.
 */
import type { HashName } from "./hmac.js";

function subtleCrypto(): SubtleCrypto {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle;
  if (subtle === undefined)
    throw new Error(
      "Web Crypto (globalThis.crypto.subtle) is not available in this runtime; use the synchronous helpers instead",
    );
  return subtle;
}

/** Web Crypto's BufferSource must not be backed by a SharedArrayBuffer; a fresh copy never is. */
function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

export async function digestAsync(hash: HashName, message: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtleCrypto().digest(hash, ownBytes(message)));
}

export async function hmacAsync(hash: HashName, key: Uint8Array, message: Uint8Array): Promise<Uint8Array> {
  const subtle = subtleCrypto();
  // An empty HMAC key is legal (RFC 2104) but Web Crypto refuses it; one zero byte pads to the same
  // all-zero block, so the MAC is the same.
  const keyBytes = key.length === 0 ? new Uint8Array(1) : ownBytes(key);
  const cryptoKey = await subtle.importKey("raw", keyBytes, { name: "HMAC", hash }, false, ["sign"]);
  return new Uint8Array(await subtle.sign("HMAC", cryptoKey, ownBytes(message)));
}

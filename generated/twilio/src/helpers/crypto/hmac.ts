/** HMAC (RFC 2104) over the plain-TypeScript hashes, for the synchronous twilio-compatible helpers. */
import { sha1, sha256, type HashFunction } from "./sha.js";
import { sha384, sha512 } from "./sha512.js";

export type HashName = "SHA-1" | "SHA-256" | "SHA-384" | "SHA-512";

const HASHES: Readonly<Record<HashName, HashFunction>> = {
  "SHA-1": sha1,
  "SHA-256": sha256,
  "SHA-384": sha384,
  "SHA-512": sha512,
};

export function digest(hash: HashName, message: Uint8Array): Uint8Array {
  return HASHES[hash](message);
}

export function hmac(hash: HashName, key: Uint8Array, message: Uint8Array): Uint8Array {
  const hashFunction = HASHES[hash];
  const blockKey = new Uint8Array(hashFunction.blockBytes);
  blockKey.set(key.length > hashFunction.blockBytes ? hashFunction(key) : key);
  const inner = new Uint8Array(hashFunction.blockBytes + message.length);
  const outerPad = new Uint8Array(hashFunction.blockBytes);
  for (let index = 0; index < blockKey.length; index++) {
    inner[index] = blockKey[index]! ^ 0x36;
    outerPad[index] = blockKey[index]! ^ 0x5c;
  }
  inner.set(message, hashFunction.blockBytes);
  const innerDigest = hashFunction(inner);
  const outer = new Uint8Array(outerPad.length + innerDigest.length);
  outer.set(outerPad);
  outer.set(innerDigest, outerPad.length);
  return hashFunction(outer);
}

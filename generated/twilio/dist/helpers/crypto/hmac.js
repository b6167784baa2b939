import { sha1, sha256 } from "./sha.js";
import { sha384, sha512 } from "./sha512.js";
const HASHES = {
  "SHA-1": sha1,
  "SHA-256": sha256,
  "SHA-384": sha384,
  "SHA-512": sha512
};
function digest(hash, message) {
  return HASHES[hash](message);
}
function hmac(hash, key, message) {
  const hashFunction = HASHES[hash];
  const blockKey = new Uint8Array(hashFunction.blockBytes);
  blockKey.set(key.length > hashFunction.blockBytes ? hashFunction(key) : key);
  const inner = new Uint8Array(hashFunction.blockBytes + message.length);
  const outerPad = new Uint8Array(hashFunction.blockBytes);
  for (let index = 0; index < blockKey.length; index++) {
    inner[index] = blockKey[index] ^ 54;
    outerPad[index] = blockKey[index] ^ 92;
  }
  inner.set(message, hashFunction.blockBytes);
  const innerDigest = hashFunction(inner);
  const outer = new Uint8Array(outerPad.length + innerDigest.length);
  outer.set(outerPad);
  outer.set(innerDigest, outerPad.length);
  return hashFunction(outer);
}
export {
  digest,
  hmac
};

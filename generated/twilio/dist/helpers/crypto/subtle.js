function subtleCrypto() {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === void 0)
    throw new Error(
      "Web Crypto (globalThis.crypto.subtle) is not available in this runtime; use the synchronous helpers instead"
    );
  return subtle;
}
function ownBytes(bytes) {
  return new Uint8Array(bytes);
}
async function digestAsync(hash, message) {
  return new Uint8Array(await subtleCrypto().digest(hash, ownBytes(message)));
}
async function hmacAsync(hash, key, message) {
  const subtle = subtleCrypto();
  const keyBytes = key.length === 0 ? new Uint8Array(1) : ownBytes(key);
  const cryptoKey = await subtle.importKey("raw", keyBytes, { name: "HMAC", hash }, false, ["sign"]);
  return new Uint8Array(await subtle.sign("HMAC", cryptoKey, ownBytes(message)));
}
export {
  digestAsync,
  hmacAsync
};

import { createHash, createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64, base64Url, constantTimeEqual, fromBase64, hex } from "../../templates/helpers/crypto/encoding.ts";
import { digest, hmac, type HashName } from "../../templates/helpers/crypto/hmac.ts";
import { digestAsync, hmacAsync } from "../../templates/helpers/crypto/subtle.ts";

const NODE_NAMES: Record<HashName, string> = { "SHA-1": "sha1", "SHA-256": "sha256", "SHA-384": "sha384", "SHA-512": "sha512" };
const HASHES = Object.keys(NODE_NAMES) as HashName[];
const bytes = fc.uint8Array({ maxLength: 600 });

/** Every length across the first three blocks of the larger (128-byte) block size. */
const boundaryLengths = Array.from({ length: 3 * 128 + 2 }, (_, length) => length);
const patterned = (length: number) => Uint8Array.from({ length }, (_, index) => (index * 131 + length) & 0xff);

describe.each(HASHES)("%s in plain TypeScript", (hash) => {
  const node = NODE_NAMES[hash];

  it("digests every length around the block and padding boundaries as node:crypto does", () => {
    const differing = boundaryLengths.filter((length) => hex(digest(hash, patterned(length))) !== createHash(node).update(patterned(length)).digest("hex"));
    expect(differing).toEqual([]);
  });

  it("agrees with node:crypto on arbitrary messages and HMAC keys, including keys longer than a block", () => {
    fc.assert(
      fc.property(bytes, fc.uint8Array({ maxLength: 300 }), (message, key) => {
        expect(hex(digest(hash, message))).toBe(createHash(node).update(message).digest("hex"));
        expect(hex(hmac(hash, key, message))).toBe(createHmac(node, key).update(message).digest("hex"));
      }),
      { numRuns: 150 },
    );
  });

  it("agrees with Web Crypto, which the async helpers use", async () => {
    await fc.assert(
      fc.asyncProperty(bytes, fc.uint8Array({ maxLength: 200 }), async (message, key) => {
        expect(hex(await digestAsync(hash, message))).toBe(hex(digest(hash, message)));
        expect(hex(await hmacAsync(hash, key, message))).toBe(hex(hmac(hash, key, message)));
      }),
      { numRuns: 60 },
    );
  });
});

describe("encodings", () => {
  it("base64 and base64url match Buffer's, and decode back", () => {
    fc.assert(
      fc.property(bytes, (value) => {
        expect(base64(value)).toBe(Buffer.from(value).toString("base64"));
        expect(base64Url(value)).toBe(Buffer.from(value).toString("base64url"));
        expect(fromBase64(base64(value))).toEqual(value);
        expect(fromBase64(base64Url(value))).toEqual(value);
      }),
    );
  });

  it("refuse text that is not base64", () => {
    expect(fromBase64("ab$d")).toBeUndefined();
    expect(fromBase64("abcde")).toBeUndefined();
  });

  it("compare equal bytes as equal and any one changed byte or length as different", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (value, position, flip) => {
        const changed = Uint8Array.from(value);
        changed[position % value.length]! ^= flip;
        expect(constantTimeEqual(value, Uint8Array.from(value))).toBe(true);
        expect(constantTimeEqual(value, changed)).toBe(false);
        expect(constantTimeEqual(value, value.subarray(1))).toBe(false);
      }),
    );
  });
});

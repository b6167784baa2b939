// Declarations of the runtime source with sha256 304bfd158445354779b2809d31843a86bfc54c8a35bf043f9c6bc65585e0185c, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/** Byte encodings the helpers need, written out so that no runtime's Buffer or btoa is required. */
export declare function utf8(text: string): Uint8Array;
export declare function fromUtf8(bytes: Uint8Array): string;
/** Standard base64 with padding, as Node's `digest("base64")` gives it. */
export declare function base64(bytes: Uint8Array): string;
/** The URL-safe, unpadded form JWTs use (RFC 7515 section 2). */
export declare function base64Url(bytes: Uint8Array): string;
/** Decodes base64 or base64url, padded or not; undefined for anything else. */
export declare function fromBase64(text: string): Uint8Array | undefined;
export declare function hex(bytes: Uint8Array): string;
/**
 * Compares without an early exit on the first differing byte, so the time taken does not tell an
 * attacker how much of a forged signature was right. Lengths are not secret: a signature's length
 * is fixed by its algorithm.
 */
export declare function constantTimeEqual(left: Uint8Array, right: Uint8Array): boolean;

// Declarations of the runtime source with sha256 e55bf18eab40a529e3a00d7a7fdaa3fb2927dc3184b05bf23fb855a7aa06112b, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/**
 * The SHA-2 round constants and initial values, derived rather than typed in: FIPS 180-4 defines
 * them as the leading bits of the fractional parts of square and cube roots of the first primes
 * (section 4.2.2, 4.2.3, 5.3.3, 5.3.4, 5.3.5), which integer roots over BigInt give exactly.
 */
export interface Sha2Constants {
    /** SHA-256 round constants, as Int32 so that reading them gives small integers, not doubles. */
    readonly k256: Int32Array;
    readonly h256: Int32Array;
    /** SHA-512 round constants as [high, low] 32-bit halves, interleaved. */
    readonly k512: Int32Array;
    readonly h512: Int32Array;
    readonly h384: Int32Array;
}
/** Computed on first use (well under a millisecond), so importing the helpers costs nothing. */
export declare function sha2Constants(): Sha2Constants;

// Declarations of the runtime source with sha256 96a855dcd94509fea2e5efe06a52053acdac35698ee364cc3f180f4adc8cb6a6, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
export interface HashFunction {
    readonly blockBytes: number;
    (message: Uint8Array): Uint8Array;
}
/** Appends the 0x80 marker, zeros, and the message length in bits, big-endian (section 5.1). */
export declare function padMessage(message: Uint8Array, blockBytes: number): Uint8Array;
export declare const sha1: HashFunction;
export declare const sha256: HashFunction;

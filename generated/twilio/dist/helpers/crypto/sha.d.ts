export interface HashFunction {
    readonly blockBytes: number;
    (message: Uint8Array): Uint8Array;
}
/** Appends the 0x80 marker, zeros, and the message length in bits, big-endian (section 5.1). */
export declare function padMessage(message: Uint8Array, blockBytes: number): Uint8Array;
export declare const sha1: HashFunction;
export declare const sha256: HashFunction;

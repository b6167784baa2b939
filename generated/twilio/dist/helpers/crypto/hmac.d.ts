export type HashName = "SHA-1" | "SHA-256" | "SHA-384" | "SHA-512";
export declare function digest(hash: HashName, message: Uint8Array): Uint8Array;
export declare function hmac(hash: HashName, key: Uint8Array, message: Uint8Array): Uint8Array;

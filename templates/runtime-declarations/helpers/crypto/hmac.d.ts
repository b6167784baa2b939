// Declarations of the runtime source with sha256 13cefac70068b815ccbdcfd83df1ee541c23a21cbeed07aa82cae5baf8476f36, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
export type HashName = "SHA-1" | "SHA-256" | "SHA-384" | "SHA-512";
export declare function digest(hash: HashName, message: Uint8Array): Uint8Array;
export declare function hmac(hash: HashName, key: Uint8Array, message: Uint8Array): Uint8Array;

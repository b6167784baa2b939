// Declarations of the runtime source with sha256 ad5e5825f3aa0b4e6df7f8dc98569bdab3d858bd419cad001c8f504c01777eb7, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/**
 * The same digests through Web Crypto (globalThis.crypto.subtle), for the async helpers. Every
 * target runtime has it: Node 20+, Bun, Deno, Cloudflare workerd, browsers.
 */
import type { HashName } from "./hmac.js";
export declare function digestAsync(hash: HashName, message: Uint8Array): Promise<Uint8Array>;
export declare function hmacAsync(hash: HashName, key: Uint8Array, message: Uint8Array): Promise<Uint8Array>;

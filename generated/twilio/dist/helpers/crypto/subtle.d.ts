/**
 * The same digests through Web Crypto (globalThis.crypto.subtle), for the async helpers. Every
 * target runtime has it: Node 20+, Bun, Deno, Cloudflare workerd, browsers.
 */
import type { HashName } from "./hmac.js";
export declare function digestAsync(hash: HashName, message: Uint8Array): Promise<Uint8Array>;
export declare function hmacAsync(hash: HashName, key: Uint8Array, message: Uint8Array): Promise<Uint8Array>;

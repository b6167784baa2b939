// Declarations of the runtime source with sha256 13745439212cbfde25eee7958d16b254e6a57ac565e5cd81c11ac342f91bfdd5, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
import { type HashFunction } from "./sha.js";
export declare const sha512: HashFunction;
export declare const sha384: HashFunction;

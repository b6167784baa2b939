import { type HashFunction } from "./sha.js";
export declare const sha512: HashFunction;
export declare const sha384: HashFunction;

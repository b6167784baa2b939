/**
 * SHA-1 (FIPS 180-4 section 6.1) and SHA-256 (section 6.2) in plain TypeScript: the synchronous
 * helpers that twilio-node's API promises (a boolean from validateRequest, a string from toJwt)
 * cannot wait for Web Crypto, which only answers with promises. The inputs are webhook bodies and
 * tokens of a few KB. Tests check every length around the block boundaries, and arbitrary
 * messages, against node:crypto and Web Crypto.
 */
import { sha2Constants } from "./constants.js";

export interface HashFunction {
  readonly blockBytes: number;
  (message: Uint8Array): Uint8Array;
}

/** Appends the 0x80 marker, zeros, and the message length in bits, big-endian (section 5.1). */
export function padMessage(message: Uint8Array, blockBytes: number): Uint8Array {
  const lengthBytes = blockBytes / 8;
  const paddedLength = Math.ceil((message.length + 1 + lengthBytes) / blockBytes) * blockBytes;
  const padded = new Uint8Array(paddedLength);
  padded.set(message);
  padded[message.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = message.length * 8;
  view.setUint32(paddedLength - 8, Math.floor(bits / 0x100000000));
  view.setUint32(paddedLength - 4, bits >>> 0);
  return padded;
}

function rotateLeft(value: number, count: number): number {
  return (value << count) | (value >>> (32 - count));
}

function wordsToBytes(words: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(words.length * 4);
  const view = new DataView(bytes.buffer);
  words.forEach((word, index) => view.setUint32(index * 4, word));
  return bytes;
}

const SHA1_ROUND_CONSTANTS: readonly number[] = [0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6];

function sha1Digest(message: Uint8Array): Uint8Array {
  const state = Uint32Array.of(0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0);
  const padded = padMessage(message, 64);
  const view = new DataView(padded.buffer);
  const schedule = new Uint32Array(80);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let t = 0; t < 16; t++) schedule[t] = view.getUint32(offset + t * 4);
    for (let t = 16; t < 80; t++) schedule[t] = rotateLeft(schedule[t - 3]! ^ schedule[t - 8]! ^ schedule[t - 14]! ^ schedule[t - 16]!, 1);
    let [a, b, c, d, e] = state as unknown as [number, number, number, number, number];
    for (let t = 0; t < 80; t++) {
      const stage = Math.floor(t / 20);
      const mixed = stage === 0 ? (b & c) | (~b & d) : stage === 2 ? (b & c) | (b & d) | (c & d) : b ^ c ^ d;
      const next = (rotateLeft(a, 5) + mixed + e + SHA1_ROUND_CONSTANTS[stage]! + schedule[t]!) | 0;
      e = d;
      d = c;
      c = rotateLeft(b, 30);
      b = a;
      a = next;
    }
    state[0]! += a;
    state[1]! += b;
    state[2]! += c;
    state[3]! += d;
    state[4]! += e;
  }
  return wordsToBytes(state);
}

function rotateRight(value: number, count: number): number {
  return (value >>> count) | (value << (32 - count));
}

function sha256Digest(message: Uint8Array): Uint8Array {
  const { k256, h256 } = sha2Constants();
  const state = Uint32Array.from(h256);
  const padded = padMessage(message, 64);
  const view = new DataView(padded.buffer);
  const schedule = new Uint32Array(64);
  const working = new Uint32Array(8);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let t = 0; t < 16; t++) schedule[t] = view.getUint32(offset + t * 4);
    for (let t = 16; t < 64; t++) {
      const w15 = schedule[t - 15]!;
      const w2 = schedule[t - 2]!;
      const sigma0 = rotateRight(w15, 7) ^ rotateRight(w15, 18) ^ (w15 >>> 3);
      const sigma1 = rotateRight(w2, 17) ^ rotateRight(w2, 19) ^ (w2 >>> 10);
      schedule[t] = schedule[t - 16]! + sigma0 + schedule[t - 7]! + sigma1;
    }
    working.set(state);
    for (let t = 0; t < 64; t++) sha256Round(working, k256[t]! + schedule[t]!);
    for (let index = 0; index < 8; index++) state[index]! += working[index]!;
  }
  return wordsToBytes(state);
}

/** One compression round over the eight working variables a..h, kept in place. */
function sha256Round(working: Uint32Array, constantPlusWord: number): void {
  const [a, b, c, d, e, f, g, h] = working as unknown as [number, number, number, number, number, number, number, number];
  const sum1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
  const choose = (e & f) ^ (~e & g);
  const temp1 = (h + sum1 + choose + constantPlusWord) | 0;
  const sum0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
  const majority = (a & b) ^ (a & c) ^ (b & c);
  working.copyWithin(1, 0, 7);
  working[0] = temp1 + sum0 + majority;
  working[4] = d + temp1;
}

export const sha1: HashFunction = Object.assign(sha1Digest, { blockBytes: 64 });
export const sha256: HashFunction = Object.assign(sha256Digest, { blockBytes: 64 });

/**
 * SHA-512 and SHA-384 (FIPS 180-4 sections 6.4 and 6.5) for AccessToken.toJwt("HS512" / "HS384").
 * JavaScript has no 64-bit integer arithmetic that is fast, so each 64-bit word is a pair of
 * 32-bit halves: high at even indexes, low at odd ones.
 */
import { sha2Constants } from "./constants.js";
import { padMessage, type HashFunction } from "./sha.js";

/** A 64-bit accumulator over [high, low] 32-bit halves, reused so that rounds allocate nothing. */
class Adder {
  high = 0;
  low = 0;

  reset(high: number, low: number): this {
    this.high = high;
    this.low = low;
    return this;
  }

  add(high: number, low: number): this {
    const sum = (this.low >>> 0) + (low >>> 0);
    this.high = (this.high + high + Math.floor(sum / 0x100000000)) | 0;
    this.low = sum | 0;
    return this;
  }
}

/** The high half of a 64-bit rotate right by `count` (0 < count < 64). */
function rotrHigh(high: number, low: number, count: number): number {
  return count < 32 ? (high >>> count) | (low << (32 - count)) : (low >>> (count - 32)) | (high << (64 - count));
}

function rotrLow(high: number, low: number, count: number): number {
  return count < 32 ? (low >>> count) | (high << (32 - count)) : (high >>> (count - 32)) | (low << (64 - count));
}

// The FIPS sigma functions on [high, low] halves, one function per half so that nothing is
// allocated in the 80 rounds of each block: Σ rotates three times, σ rotates twice and shifts.
function bigSigmaHigh(high: number, low: number, first: number, second: number, third: number): number {
  return rotrHigh(high, low, first) ^ rotrHigh(high, low, second) ^ rotrHigh(high, low, third);
}

function bigSigmaLow(high: number, low: number, first: number, second: number, third: number): number {
  return rotrLow(high, low, first) ^ rotrLow(high, low, second) ^ rotrLow(high, low, third);
}

function smallSigmaHigh(high: number, low: number, first: number, second: number, shift: number): number {
  return rotrHigh(high, low, first) ^ rotrHigh(high, low, second) ^ (high >>> shift);
}

function smallSigmaLow(high: number, low: number, first: number, second: number, shift: number): number {
  return rotrLow(high, low, first) ^ rotrLow(high, low, second) ^ ((low >>> shift) | (high << (32 - shift)));
}

function expandSchedule(view: DataView, offset: number, schedule: Int32Array, adder: Adder): void {
  for (let t = 0; t < 32; t++) schedule[t] = view.getInt32(offset + t * 4);
  for (let t = 32; t < 160; t += 2) {
    const w15High = schedule[t - 30]!;
    const w15Low = schedule[t - 29]!;
    const w2High = schedule[t - 4]!;
    const w2Low = schedule[t - 3]!;
    adder
      .reset(schedule[t - 32]!, schedule[t - 31]!)
      .add(smallSigmaHigh(w15High, w15Low, 1, 8, 7), smallSigmaLow(w15High, w15Low, 1, 8, 7))
      .add(schedule[t - 14]!, schedule[t - 13]!)
      .add(smallSigmaHigh(w2High, w2Low, 19, 61, 6), smallSigmaLow(w2High, w2Low, 19, 61, 6));
    schedule[t] = adder.high;
    schedule[t + 1] = adder.low;
  }
}

/** One round over the working variables a..h, held as 16 halves in `working`. */
function round(working: Int32Array, t: number, schedule: Int32Array, constants: Int32Array, adder: Adder): void {
  const eHigh = working[8]!;
  const eLow = working[9]!;
  const fHigh = working[10]!;
  const fLow = working[11]!;
  const gHigh = working[12]!;
  const gLow = working[13]!;
  adder
    .reset(working[14]!, working[15]!)
    .add(bigSigmaHigh(eHigh, eLow, 14, 18, 41), bigSigmaLow(eHigh, eLow, 14, 18, 41))
    .add((eHigh & fHigh) ^ (~eHigh & gHigh), (eLow & fLow) ^ (~eLow & gLow))
    .add(constants[t * 2]!, constants[t * 2 + 1]!)
    .add(schedule[t * 2]!, schedule[t * 2 + 1]!);
  const temp1High = adder.high;
  const temp1Low = adder.low;
  const aHigh = working[0]!;
  const aLow = working[1]!;
  const bHigh = working[2]!;
  const bLow = working[3]!;
  const cHigh = working[4]!;
  const cLow = working[5]!;
  adder
    .reset(temp1High, temp1Low)
    .add(bigSigmaHigh(aHigh, aLow, 28, 34, 39), bigSigmaLow(aHigh, aLow, 28, 34, 39))
    .add((aHigh & bHigh) ^ (aHigh & cHigh) ^ (bHigh & cHigh), (aLow & bLow) ^ (aLow & cLow) ^ (bLow & cLow));
  // b..h take the old a..g; the new e is the old d plus temp1.
  working.copyWithin(2, 0, 14);
  working[0] = adder.high;
  working[1] = adder.low;
  adder.reset(working[8]!, working[9]!).add(temp1High, temp1Low);
  working[8] = adder.high;
  working[9] = adder.low;
}

function sha512Family(initial: Int32Array, outputBytes: number, message: Uint8Array): Uint8Array {
  const { k512 } = sha2Constants();
  const state = Int32Array.from(initial);
  const padded = padMessage(message, 128);
  const view = new DataView(padded.buffer);
  const schedule = new Int32Array(160);
  const working = new Int32Array(16);
  const adder = new Adder();
  for (let offset = 0; offset < padded.length; offset += 128) {
    expandSchedule(view, offset, schedule, adder);
    working.set(state);
    for (let t = 0; t < 80; t++) round(working, t, schedule, k512, adder);
    for (let index = 0; index < 16; index += 2) {
      adder.reset(state[index]!, state[index + 1]!).add(working[index]!, working[index + 1]!);
      state[index] = adder.high;
      state[index + 1] = adder.low;
    }
  }
  const digest = new Uint8Array(64);
  const out = new DataView(digest.buffer);
  state.forEach((half, index) => out.setInt32(index * 4, half));
  return digest.slice(0, outputBytes);
}

export const sha512: HashFunction = Object.assign(
  (message: Uint8Array) => sha512Family(sha2Constants().h512, 64, message),
  { blockBytes: 128 },
);
export const sha384: HashFunction = Object.assign(
  (message: Uint8Array) => sha512Family(sha2Constants().h384, 48, message),
  { blockBytes: 128 },
);

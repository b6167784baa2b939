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

/** Applies a FIPS sigma function: three rotations, or two rotations and a shift when `shift` is set. */
function sigma(high: number, low: number, counts: readonly [number, number, number], shift: boolean): [number, number] {
  const [first, second, third] = counts;
  const thirdHigh = shift ? high >>> third : rotrHigh(high, low, third);
  const thirdLow = shift ? (low >>> third) | (high << (32 - third)) : rotrLow(high, low, third);
  return [rotrHigh(high, low, first) ^ rotrHigh(high, low, second) ^ thirdHigh, rotrLow(high, low, first) ^ rotrLow(high, low, second) ^ thirdLow];
}

function expandSchedule(view: DataView, offset: number, schedule: Int32Array, adder: Adder): void {
  for (let t = 0; t < 32; t++) schedule[t] = view.getInt32(offset + t * 4);
  for (let t = 16; t < 80; t++) {
    const [s0High, s0Low] = sigma(schedule[(t - 15) * 2]!, schedule[(t - 15) * 2 + 1]!, [1, 8, 7], true);
    const [s1High, s1Low] = sigma(schedule[(t - 2) * 2]!, schedule[(t - 2) * 2 + 1]!, [19, 61, 6], true);
    adder.reset(schedule[(t - 16) * 2]!, schedule[(t - 16) * 2 + 1]!).add(s0High, s0Low).add(schedule[(t - 7) * 2]!, schedule[(t - 7) * 2 + 1]!).add(s1High, s1Low);
    schedule[t * 2] = adder.high;
    schedule[t * 2 + 1] = adder.low;
  }
}

/** One round over the working variables a..h, held as 16 halves in `working`. */
function round(working: Int32Array, t: number, schedule: Int32Array, constants: Uint32Array, adder: Adder): void {
  const at = (index: number): [number, number] => [working[index * 2]!, working[index * 2 + 1]!];
  const [aH, aL] = at(0);
  const [bH, bL] = at(1);
  const [cH, cL] = at(2);
  const [eH, eL] = at(4);
  const [fH, fL] = at(5);
  const [gH, gL] = at(6);
  const [hH, hL] = at(7);
  const [sum1High, sum1Low] = sigma(eH, eL, [14, 18, 41], false);
  adder.reset(hH, hL).add(sum1High, sum1Low).add((eH & fH) ^ (~eH & gH), (eL & fL) ^ (~eL & gL));
  adder.add(constants[t * 2]!, constants[t * 2 + 1]!).add(schedule[t * 2]!, schedule[t * 2 + 1]!);
  const temp1High = adder.high;
  const temp1Low = adder.low;
  const [sum0High, sum0Low] = sigma(aH, aL, [28, 34, 39], false);
  const majorityHigh = (aH & bH) ^ (aH & cH) ^ (bH & cH);
  const majorityLow = (aL & bL) ^ (aL & cL) ^ (bL & cL);
  working.copyWithin(2, 0, 14);
  adder.reset(temp1High, temp1Low).add(sum0High, sum0Low).add(majorityHigh, majorityLow);
  working[0] = adder.high;
  working[1] = adder.low;
  adder.reset(working[8]!, working[9]!).add(temp1High, temp1Low);
  working[8] = adder.high;
  working[9] = adder.low;
}

function sha512Family(initial: Uint32Array, outputBytes: number, message: Uint8Array): Uint8Array {
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

export const sha512: HashFunction = Object.assign((message: Uint8Array) => sha512Family(sha2Constants().h512, 64, message), { blockBytes: 128 });
export const sha384: HashFunction = Object.assign((message: Uint8Array) => sha512Family(sha2Constants().h384, 48, message), { blockBytes: 128 });

import { sha2Constants } from "./constants.js";
function padMessage(message, blockBytes) {
  const lengthBytes = blockBytes / 8;
  const paddedLength = Math.ceil((message.length + 1 + lengthBytes) / blockBytes) * blockBytes;
  const padded = new Uint8Array(paddedLength);
  padded.set(message);
  padded[message.length] = 128;
  const view = new DataView(padded.buffer);
  const bits = message.length * 8;
  view.setUint32(paddedLength - 8, Math.floor(bits / 4294967296));
  view.setUint32(paddedLength - 4, bits >>> 0);
  return padded;
}
function rotateLeft(value, count) {
  return value << count | value >>> 32 - count;
}
function wordsToBytes(words) {
  const bytes = new Uint8Array(words.length * 4);
  const view = new DataView(bytes.buffer);
  words.forEach((word, index) => view.setInt32(index * 4, word));
  return bytes;
}
const SHA1_ROUND_CONSTANTS = Int32Array.of(1518500249, 1859775393, 2400959708, 3395469782);
function sha1Digest(message) {
  const state = Int32Array.of(1732584193, 4023233417, 2562383102, 271733878, 3285377520);
  const padded = padMessage(message, 64);
  const view = new DataView(padded.buffer);
  const schedule = new Int32Array(80);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let t = 0; t < 16; t++) schedule[t] = view.getInt32(offset + t * 4);
    for (let t = 16; t < 80; t++)
      schedule[t] = rotateLeft(schedule[t - 3] ^ schedule[t - 8] ^ schedule[t - 14] ^ schedule[t - 16], 1);
    let a = state[0];
    let b = state[1];
    let c = state[2];
    let d = state[3];
    let e = state[4];
    for (let t = 0; t < 80; t++) {
      const stage = t < 20 ? 0 : t < 40 ? 1 : t < 60 ? 2 : 3;
      const mixed = stage === 0 ? b & c | ~b & d : stage === 2 ? b & c | b & d | c & d : b ^ c ^ d;
      const next = rotateLeft(a, 5) + mixed + e + SHA1_ROUND_CONSTANTS[stage] + schedule[t] | 0;
      e = d;
      d = c;
      c = rotateLeft(b, 30);
      b = a;
      a = next;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
  }
  return wordsToBytes(state);
}
function rotateRight(value, count) {
  return value >>> count | value << 32 - count;
}
function expandSha256Schedule(view, offset, schedule) {
  for (let t = 0; t < 16; t++) schedule[t] = view.getInt32(offset + t * 4);
  for (let t = 16; t < 64; t++) {
    const w15 = schedule[t - 15];
    const w2 = schedule[t - 2];
    const sigma0 = rotateRight(w15, 7) ^ rotateRight(w15, 18) ^ w15 >>> 3;
    const sigma1 = rotateRight(w2, 17) ^ rotateRight(w2, 19) ^ w2 >>> 10;
    schedule[t] = schedule[t - 16] + sigma0 + schedule[t - 7] + sigma1 | 0;
  }
}
function sha256Digest(message) {
  const { k256, h256 } = sha2Constants();
  const state = Int32Array.from(h256);
  const padded = padMessage(message, 64);
  const view = new DataView(padded.buffer);
  const schedule = new Int32Array(64);
  for (let offset = 0; offset < padded.length; offset += 64) {
    expandSha256Schedule(view, offset, schedule);
    let a = state[0];
    let b = state[1];
    let c = state[2];
    let d = state[3];
    let e = state[4];
    let f = state[5];
    let g = state[6];
    let h = state[7];
    for (let t = 0; t < 64; t++) {
      const sum1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
      const temp1 = h + sum1 + (e & f ^ ~e & g) + k256[t] + schedule[t] | 0;
      const sum0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
      const temp2 = sum0 + (a & b ^ a & c ^ b & c) | 0;
      h = g;
      g = f;
      f = e;
      e = d + temp1 | 0;
      d = c;
      c = b;
      b = a;
      a = temp1 + temp2 | 0;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
  }
  return wordsToBytes(state);
}
const sha1 = Object.assign(sha1Digest, { blockBytes: 64 });
const sha256 = Object.assign(sha256Digest, { blockBytes: 64 });
export {
  padMessage,
  sha1,
  sha256
};

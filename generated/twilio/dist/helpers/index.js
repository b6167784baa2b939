var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// copied:helpers/jwt/index.ts
var jwt_exports = {};
__export(jwt_exports, {
  AccessToken: () => AccessToken
});

// copied:helpers/crypto/encoding.ts
var BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function utf8(text) {
  return new TextEncoder().encode(text);
}
function fromUtf8(bytes) {
  return new TextDecoder().decode(bytes);
}
function base64(bytes) {
  let text = "";
  for (let index = 0; index < bytes.length; index += 3) {
    const chunk = (bytes[index] ?? 0) << 16 | (bytes[index + 1] ?? 0) << 8 | (bytes[index + 2] ?? 0);
    const available = Math.min(3, bytes.length - index);
    for (let sextet = 0; sextet < 4; sextet++) {
      text += sextet <= available ? BASE64_ALPHABET.charAt(chunk >>> 18 - sextet * 6 & 63) : "=";
    }
  }
  return text;
}
function base64Url(bytes) {
  return base64(bytes).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}
function hex(bytes) {
  let text = "";
  for (const byte of bytes) text += byte.toString(16).padStart(2, "0");
  return text;
}
function constantTimeEqual(left, right) {
  if (left.length !== right.length) return false;
  let difference = 0;
  for (let index = 0; index < left.length; index++) difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  return difference === 0;
}

// copied:helpers/crypto/constants.ts
function firstPrimes(count) {
  const primes = [];
  for (let candidate = 2; primes.length < count; candidate++) {
    if (primes.every((prime) => candidate % prime !== 0)) primes.push(candidate);
  }
  return primes;
}
function integerRoot(value, degree) {
  let estimate = BigInt(1) << BigInt(Math.ceil(value.toString(2).length / Number(degree)) + 1);
  for (; ; ) {
    const next = ((degree - BigInt(1)) * estimate + value / estimate ** (degree - BigInt(1))) / degree;
    if (next >= estimate) return estimate;
    estimate = next;
  }
}
function rootFractions(primes, degree, bits) {
  const scale = BigInt(bits * degree);
  const mask = (BigInt(1) << BigInt(bits)) - BigInt(1);
  return primes.map((prime) => integerRoot(BigInt(prime) << scale, BigInt(degree)) & mask);
}
function splitHalves(values) {
  const halves = new Int32Array(values.length * 2);
  values.forEach((value, index) => {
    halves[index * 2] = Number(value >> BigInt(32));
    halves[index * 2 + 1] = Number(value & BigInt(4294967295));
  });
  return halves;
}
var cached;
function sha2Constants() {
  if (cached !== void 0) return cached;
  const primes = firstPrimes(80);
  cached = {
    k256: Int32Array.from(rootFractions(primes.slice(0, 64), 3, 32), Number),
    h256: Int32Array.from(rootFractions(primes.slice(0, 8), 2, 32), Number),
    k512: splitHalves(rootFractions(primes, 3, 64)),
    h512: splitHalves(rootFractions(primes.slice(0, 8), 2, 64)),
    h384: splitHalves(rootFractions(primes.slice(8, 16), 2, 64))
  };
  return cached;
}

// copied:helpers/crypto/sha.ts
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
var SHA1_ROUND_CONSTANTS = Int32Array.of(1518500249, 1859775393, 2400959708, 3395469782);
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
var sha1 = Object.assign(sha1Digest, { blockBytes: 64 });
var sha256 = Object.assign(sha256Digest, { blockBytes: 64 });

// copied:helpers/crypto/sha512.ts
var Adder = class {
  high = 0;
  low = 0;
  reset(high, low) {
    this.high = high;
    this.low = low;
    return this;
  }
  add(high, low) {
    const sum = (this.low >>> 0) + (low >>> 0);
    this.high = this.high + high + Math.floor(sum / 4294967296) | 0;
    this.low = sum | 0;
    return this;
  }
};
function rotrHigh(high, low, count) {
  return count < 32 ? high >>> count | low << 32 - count : low >>> count - 32 | high << 64 - count;
}
function rotrLow(high, low, count) {
  return count < 32 ? low >>> count | high << 32 - count : high >>> count - 32 | low << 64 - count;
}
function bigSigmaHigh(high, low, first, second, third) {
  return rotrHigh(high, low, first) ^ rotrHigh(high, low, second) ^ rotrHigh(high, low, third);
}
function bigSigmaLow(high, low, first, second, third) {
  return rotrLow(high, low, first) ^ rotrLow(high, low, second) ^ rotrLow(high, low, third);
}
function smallSigmaHigh(high, low, first, second, shift) {
  return rotrHigh(high, low, first) ^ rotrHigh(high, low, second) ^ high >>> shift;
}
function smallSigmaLow(high, low, first, second, shift) {
  return rotrLow(high, low, first) ^ rotrLow(high, low, second) ^ (low >>> shift | high << 32 - shift);
}
function expandSchedule(view, offset, schedule, adder) {
  for (let t = 0; t < 32; t++) schedule[t] = view.getInt32(offset + t * 4);
  for (let t = 32; t < 160; t += 2) {
    const w15High = schedule[t - 30];
    const w15Low = schedule[t - 29];
    const w2High = schedule[t - 4];
    const w2Low = schedule[t - 3];
    adder.reset(schedule[t - 32], schedule[t - 31]).add(smallSigmaHigh(w15High, w15Low, 1, 8, 7), smallSigmaLow(w15High, w15Low, 1, 8, 7)).add(schedule[t - 14], schedule[t - 13]).add(smallSigmaHigh(w2High, w2Low, 19, 61, 6), smallSigmaLow(w2High, w2Low, 19, 61, 6));
    schedule[t] = adder.high;
    schedule[t + 1] = adder.low;
  }
}
function round(working, t, schedule, constants, adder) {
  const eHigh = working[8];
  const eLow = working[9];
  const fHigh = working[10];
  const fLow = working[11];
  const gHigh = working[12];
  const gLow = working[13];
  adder.reset(working[14], working[15]).add(bigSigmaHigh(eHigh, eLow, 14, 18, 41), bigSigmaLow(eHigh, eLow, 14, 18, 41)).add(eHigh & fHigh ^ ~eHigh & gHigh, eLow & fLow ^ ~eLow & gLow).add(constants[t * 2], constants[t * 2 + 1]).add(schedule[t * 2], schedule[t * 2 + 1]);
  const temp1High = adder.high;
  const temp1Low = adder.low;
  const aHigh = working[0];
  const aLow = working[1];
  const bHigh = working[2];
  const bLow = working[3];
  const cHigh = working[4];
  const cLow = working[5];
  adder.reset(temp1High, temp1Low).add(bigSigmaHigh(aHigh, aLow, 28, 34, 39), bigSigmaLow(aHigh, aLow, 28, 34, 39)).add(aHigh & bHigh ^ aHigh & cHigh ^ bHigh & cHigh, aLow & bLow ^ aLow & cLow ^ bLow & cLow);
  working.copyWithin(2, 0, 14);
  working[0] = adder.high;
  working[1] = adder.low;
  adder.reset(working[8], working[9]).add(temp1High, temp1Low);
  working[8] = adder.high;
  working[9] = adder.low;
}
function sha512Family(initial, outputBytes, message) {
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
      adder.reset(state[index], state[index + 1]).add(working[index], working[index + 1]);
      state[index] = adder.high;
      state[index + 1] = adder.low;
    }
  }
  const digest2 = new Uint8Array(64);
  const out = new DataView(digest2.buffer);
  state.forEach((half, index) => out.setInt32(index * 4, half));
  return digest2.slice(0, outputBytes);
}
var sha512 = Object.assign(
  (message) => sha512Family(sha2Constants().h512, 64, message),
  { blockBytes: 128 }
);
var sha384 = Object.assign(
  (message) => sha512Family(sha2Constants().h384, 48, message),
  { blockBytes: 128 }
);

// copied:helpers/crypto/hmac.ts
var HASHES = {
  "SHA-1": sha1,
  "SHA-256": sha256,
  "SHA-384": sha384,
  "SHA-512": sha512
};
function digest(hash, message) {
  return HASHES[hash](message);
}
function hmac(hash, key, message) {
  const hashFunction = HASHES[hash];
  const blockKey = new Uint8Array(hashFunction.blockBytes);
  blockKey.set(key.length > hashFunction.blockBytes ? hashFunction(key) : key);
  const inner = new Uint8Array(hashFunction.blockBytes + message.length);
  const outerPad = new Uint8Array(hashFunction.blockBytes);
  for (let index = 0; index < blockKey.length; index++) {
    inner[index] = blockKey[index] ^ 54;
    outerPad[index] = blockKey[index] ^ 92;
  }
  inner.set(message, hashFunction.blockBytes);
  const innerDigest = hashFunction(inner);
  const outer = new Uint8Array(outerPad.length + innerDigest.length);
  outer.set(outerPad);
  outer.set(innerDigest, outerPad.length);
  return hashFunction(outer);
}

// copied:helpers/crypto/subtle.ts
function subtleCrypto() {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === void 0)
    throw new Error(
      "Web Crypto (globalThis.crypto.subtle) is not available in this runtime; use the synchronous helpers instead"
    );
  return subtle;
}
function ownBytes(bytes) {
  return new Uint8Array(bytes);
}
async function digestAsync(hash, message) {
  return new Uint8Array(await subtleCrypto().digest(hash, ownBytes(message)));
}
async function hmacAsync(hash, key, message) {
  const subtle = subtleCrypto();
  const keyBytes = key.length === 0 ? new Uint8Array(1) : ownBytes(key);
  const cryptoKey = await subtle.importKey("raw", keyBytes, { name: "HMAC", hash }, false, ["sign"]);
  return new Uint8Array(await subtle.sign("HMAC", cryptoKey, ownBytes(message)));
}

// copied:helpers/jwt/grants.ts
var Grant = class {
  key;
  constructor(key) {
    this.key = key;
  }
};
function presentFields(fields) {
  const payload = {};
  for (const [name, value] of fields) if (value) payload[name] = value;
  return payload;
}
var TaskRouterGrant = class extends Grant {
  workspaceSid;
  workerSid;
  role;
  constructor(options) {
    super("task_router");
    const given = options ?? {};
    this.workspaceSid = given.workspaceSid;
    this.workerSid = given.workerSid;
    this.role = given.role;
  }
  toPayload() {
    return presentFields([
      ["workspace_sid", this.workspaceSid],
      ["worker_sid", this.workerSid],
      ["role", this.role]
    ]);
  }
};
var ChatGrant = class extends Grant {
  serviceSid;
  endpointId;
  deploymentRoleSid;
  pushCredentialSid;
  constructor(options) {
    super("chat");
    const given = options ?? {};
    this.serviceSid = given.serviceSid;
    this.endpointId = given.endpointId;
    this.deploymentRoleSid = given.deploymentRoleSid;
    this.pushCredentialSid = given.pushCredentialSid;
  }
  toPayload() {
    return presentFields([
      ["service_sid", this.serviceSid],
      ["endpoint_id", this.endpointId],
      ["deployment_role_sid", this.deploymentRoleSid],
      ["push_credential_sid", this.pushCredentialSid]
    ]);
  }
};
var VideoGrant = class extends Grant {
  room;
  constructor(options) {
    super("video");
    const given = options ?? {};
    this.room = given.room;
  }
  toPayload() {
    return presentFields([["room", this.room]]);
  }
};
var SyncGrant = class extends Grant {
  serviceSid;
  endpointId;
  constructor(options) {
    super("data_sync");
    const given = options ?? {};
    this.serviceSid = given.serviceSid;
    this.endpointId = given.endpointId;
  }
  toPayload() {
    return presentFields([
      ["service_sid", this.serviceSid],
      ["endpoint_id", this.endpointId]
    ]);
  }
};
var VoiceGrant = class extends Grant {
  incomingAllow;
  outgoingApplicationSid;
  outgoingApplicationParams;
  pushCredentialSid;
  endpointId;
  constructor(options) {
    super("voice");
    const given = options ?? {};
    this.incomingAllow = given.incomingAllow;
    this.outgoingApplicationSid = given.outgoingApplicationSid;
    this.outgoingApplicationParams = given.outgoingApplicationParams;
    this.pushCredentialSid = given.pushCredentialSid;
    this.endpointId = given.endpointId;
  }
  toPayload() {
    const outgoing = this.outgoingApplicationSid ? presentFields([
      ["application_sid", this.outgoingApplicationSid],
      ["params", this.outgoingApplicationParams]
    ]) : void 0;
    return presentFields([
      // Only the literal `true` allows incoming calls; a truthy string does not.
      ["incoming", this.incomingAllow === true ? { allow: true } : void 0],
      ["outgoing", outgoing],
      ["push_credential_sid", this.pushCredentialSid],
      ["endpoint_id", this.endpointId]
    ]);
  }
};
var PlaybackGrant = class extends Grant {
  grant;
  constructor(options) {
    super("player");
    const given = options ?? {};
    this.grant = given.grant;
  }
  toPayload() {
    return this.grant ?? {};
  }
};

// copied:helpers/jwt/access-token.ts
var HASH_OF = { HS256: "SHA-256", HS384: "SHA-384", HS512: "SHA-512" };
var AccessToken = class {
  static DEFAULT_ALGORITHM = "HS256";
  static ALGORITHMS = ["HS256", "HS384", "HS512"];
  static Grant = Grant;
  static TaskRouterGrant = TaskRouterGrant;
  static ChatGrant = ChatGrant;
  static VideoGrant = VideoGrant;
  static SyncGrant = SyncGrant;
  static VoiceGrant = VoiceGrant;
  static PlaybackGrant = PlaybackGrant;
  accountSid;
  keySid;
  secret;
  ttl;
  identity;
  nbf;
  region;
  grants = [];
  /**
   * @param accountSid the account the token grants access to (AC…)
   * @param keySid the API key that signs it (SK…)
   * @param secret that API key's secret
   */
  constructor(accountSid, keySid, secret, options) {
    if (!accountSid) throw new Error("accountSid is required");
    if (!keySid) throw new Error("keySid is required");
    if (!secret) throw new Error("secret is required");
    if (!options?.identity) throw new Error("identity is required to be specified in options");
    this.accountSid = accountSid;
    this.keySid = keySid;
    this.secret = secret;
    this.ttl = options.ttl || 3600;
    this.identity = options.identity;
    this.nbf = options.nbf;
    this.region = options.region;
  }
  addGrant(grant) {
    this.grants.push(grant);
  }
  /** The signed token, computed synchronously as twilio-node's is. */
  toJwt(algorithm) {
    const chosen = checkedAlgorithm(algorithm);
    const signingInput = encodeUnsigned(this.content(chosen));
    return `${signingInput}.${base64Url(hmac(HASH_OF[chosen], utf8(this.secret), utf8(signingInput)))}`;
  }
  /** The same token as toJwt, signed through Web Crypto. */
  async toJwtAsync(algorithm) {
    const chosen = checkedAlgorithm(algorithm);
    const signingInput = encodeUnsigned(this.content(chosen));
    return `${signingInput}.${base64Url(await hmacAsync(HASH_OF[chosen], utf8(this.secret), utf8(signingInput)))}`;
  }
  content(algorithm) {
    if (!Number.isInteger(this.ttl))
      throw new Error('"expiresIn" should be a number of seconds or string representing a timespan');
    const now = Math.floor(Date.now() / 1e3);
    const grants = {};
    const identity = this.identity;
    if (typeof identity === "string" || Number.isInteger(identity)) grants["identity"] = String(identity);
    for (const grant of this.grants) grants[String(grant.key)] = grant.toPayload();
    const payload = { jti: `${this.keySid}-${now}`, grants };
    if (typeof this.nbf === "number") payload["nbf"] = this.nbf;
    Object.assign(payload, { iat: now, exp: now + this.ttl, iss: this.keySid, sub: this.accountSid });
    const header = { alg: algorithm, typ: "JWT", cty: "twilio-fpa;v=1" };
    if (this.region && typeof this.region === "string") header["twr"] = this.region;
    return { header, payload };
  }
};
function checkedAlgorithm(algorithm) {
  const chosen = algorithm || AccessToken.DEFAULT_ALGORITHM;
  if (!AccessToken.ALGORITHMS.includes(chosen) || !Object.hasOwn(HASH_OF, chosen)) {
    throw new Error(`Algorithm not supported. Allowed values are ${AccessToken.ALGORITHMS.join(", ")}`);
  }
  return chosen;
}
function encodeUnsigned({ header, payload }) {
  return `${base64Url(utf8(JSON.stringify(header)))}.${base64Url(utf8(JSON.stringify(payload)))}`;
}

// copied:helpers/webhooks/legacy-query.ts
var MAX_PIECES = 1e3;
var ESCAPE = /%[0-9A-Fa-f]{2}/;
function decodeComponent(text, encoded) {
  const spaced = text.replace(/\+/g, " ");
  if (!encoded || spaced === "") return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    const bytes = new Uint8Array(spaced.length);
    let length = 0;
    for (let index = 0; index < spaced.length; index++) {
      const pair = spaced.slice(index + 1, index + 3);
      if (spaced[index] === "%" && /^[0-9A-Fa-f]{2}$/.test(pair)) {
        bytes[length++] = parseInt(pair, 16);
        index += 2;
      } else {
        bytes[length++] = spaced.charCodeAt(index) & 255;
      }
    }
    return new TextDecoder().decode(bytes.subarray(0, length));
  }
}
function splitPiece(piece) {
  const separator = piece.indexOf("=");
  const rawKey = separator === -1 ? piece : piece.slice(0, separator);
  const rawValue = separator === -1 ? "" : piece.slice(separator + 1);
  const keyEscape = ESCAPE.exec(rawKey);
  const keyTail = keyEscape === null ? "" : rawKey.slice(keyEscape.index + 3);
  const valueEncoded = ESCAPE.test(keyTail.replace(/\+/g, "")) || ESCAPE.test(rawValue.replace(/\+/g, ""));
  return [decodeComponent(rawKey, keyEscape !== null), decodeComponent(rawValue, valueEncoded)];
}
function parseLegacyQuery(query) {
  const order = /* @__PURE__ */ Object.create(null);
  const values = /* @__PURE__ */ new Map();
  for (const piece of query.split("&").slice(0, MAX_PIECES)) {
    if (piece === "") continue;
    const [key, value] = splitPiece(piece);
    order[key] = true;
    const seen = values.get(key);
    if (seen === void 0) values.set(key, [value]);
    else seen.push(value);
  }
  return new Map(Object.keys(order).map((key) => [key, values.get(key) ?? []]));
}
function reencodeLegacyQuery(query) {
  const pieces = [];
  for (const [key, values] of parseLegacyQuery(query)) {
    for (const value of values) pieces.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  }
  return pieces.join("&");
}

// copied:helpers/webhooks/url-variants.ts
function splitUrl(url) {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i.exec(url);
  if (match === null) return void 0;
  const [prefix, scheme = "", authority = ""] = match;
  const hostStart = authority.lastIndexOf("@") + 1;
  const hostAndPort = authority.slice(hostStart);
  const portStart = hostAndPort.indexOf(":", hostAndPort.lastIndexOf("]") + 1);
  return {
    scheme,
    userInfo: authority.slice(0, hostStart),
    host: portStart === -1 ? hostAndPort : hostAndPort.slice(0, portStart),
    port: portStart === -1 ? "" : hostAndPort.slice(portStart),
    rest: url.slice(prefix.length)
  };
}
function withoutPort(url) {
  const parts = splitUrl(url);
  return parts === void 0 ? url : parts.scheme + parts.userInfo + parts.host + parts.rest;
}
function withDefaultPort(url) {
  const parts = splitUrl(url);
  if (parts === void 0 || parts.port !== "") return url;
  const port = parts.scheme.toLowerCase() === "https://" ? ":443" : ":80";
  return parts.scheme + parts.userInfo + parts.host + port + parts.rest;
}
function withLegacyQuery(url) {
  const queryStart = url.indexOf("?");
  if (queryStart === -1 || queryStart === url.length - 1) return url;
  return `${url.slice(0, queryStart)}?${reencodeLegacyQuery(url.slice(queryStart + 1))}`;
}
function asReceivedVariants(url) {
  return [withoutPort(url), withDefaultPort(url)];
}
function normalizedVariants(url) {
  let normalized;
  try {
    normalized = new URL(url).toString();
  } catch {
    return [];
  }
  const bare = withoutPort(normalized);
  const ported = withDefaultPort(normalized);
  return [bare, ported, withLegacyQuery(bare), withLegacyQuery(ported)];
}

// copied:helpers/webhooks/signature.ts
function parameterText(name, value) {
  if (!Array.isArray(value)) return name + value;
  return Array.from(new Set(value)).sort().map((item) => parameterText(name, item)).join("");
}
function signedText(url, params) {
  const fields = params ?? {};
  return Object.keys(fields).sort().reduce((text, name) => text + parameterText(name, fields[name]), url);
}
function* candidateUrls(url) {
  yield* asReceivedVariants(url);
  yield* normalizedVariants(url);
}
function bodyHashOf(url) {
  try {
    return new URL(url).searchParams.get("bodySHA256") ?? "";
  } catch {
    return void 0;
  }
}
function hashBytes(bodyHash) {
  return typeof bodyHash === "string" ? utf8(bodyHash) : Uint8Array.from(bodyHash);
}
function bodyBytes(body) {
  return typeof body === "string" ? utf8(body) : body;
}
function getExpectedTwilioSignature(authToken, url, params) {
  return base64(hmac("SHA-1", utf8(authToken), utf8(signedText(url, params))));
}
function getExpectedBodyHash(body) {
  return hex(digest("SHA-256", bodyBytes(body)));
}
function validateRequest(authToken, twilioHeader, url, params) {
  const received = utf8(twilioHeader ?? "");
  for (const candidate of candidateUrls(url)) {
    if (constantTimeEqual(received, utf8(getExpectedTwilioSignature(authToken, candidate, params)))) return true;
  }
  return false;
}
function validateBody(body, bodyHash) {
  return constantTimeEqual(hashBytes(bodyHash), utf8(getExpectedBodyHash(body)));
}
function validateRequestWithBody(authToken, twilioHeader, url, body) {
  const bodyHash = bodyHashOf(url);
  return bodyHash !== void 0 && validateRequest(authToken, twilioHeader, url, {}) && validateBody(body, bodyHash);
}
async function getExpectedTwilioSignatureAsync(authToken, url, params) {
  return base64(await hmacAsync("SHA-1", utf8(authToken), utf8(signedText(url, params))));
}
async function getExpectedBodyHashAsync(body) {
  return hex(await digestAsync("SHA-256", bodyBytes(body)));
}
async function validateRequestAsync(authToken, twilioHeader, url, params) {
  const received = utf8(twilioHeader ?? "");
  for (const candidate of candidateUrls(url)) {
    if (constantTimeEqual(received, utf8(await getExpectedTwilioSignatureAsync(authToken, candidate, params))))
      return true;
  }
  return false;
}
async function validateBodyAsync(body, bodyHash) {
  return constantTimeEqual(hashBytes(bodyHash), utf8(await getExpectedBodyHashAsync(body)));
}
async function validateRequestWithBodyAsync(authToken, twilioHeader, url, body) {
  const bodyHash = bodyHashOf(url);
  return bodyHash !== void 0 && await validateRequestAsync(authToken, twilioHeader, url, {}) && await validateBodyAsync(body, bodyHash);
}

// copied:helpers/webhooks/incoming.ts
var SIGNATURE_HEADER = "X-Twilio-Signature";
function headerOf(request, name) {
  if (typeof request.header === "function") return request.header(name) ?? void 0;
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : value;
}
function webhookUrlOf(request, options = {}) {
  if (options.url) return options.url;
  const secure = request.socket?.encrypted === true;
  const protocol = (options.protocol || request.protocol || (secure ? "https" : "http")).replace(/:$/, "");
  const host = options.host || headerOf(request, "host") || "";
  const path = (request.originalUrl ?? request.url ?? "/").replace(/#/g, "%23");
  return `${protocol}://${host}${path}`;
}
function rawText(value) {
  if (typeof value === "string") return value;
  if (value instanceof Uint8Array) return fromUtf8(value);
  return void 0;
}
function isFormRequest(request) {
  return /^application\/x-www-form-urlencoded\b/i.test(headerOf(request, "content-type") ?? "");
}
function parseForm(text) {
  const fields = /* @__PURE__ */ Object.create(null);
  new URLSearchParams(text).forEach((value, name) => {
    const seen = fields[name];
    if (seen === void 0) fields[name] = value;
    else if (Array.isArray(seen)) seen.push(value);
    else fields[name] = [seen, value];
  });
  return fields;
}
function paramsOf(request) {
  const raw = rawText(request.body);
  if (raw !== void 0) return isFormRequest(request) ? parseForm(raw) : {};
  return typeof request.body === "object" && request.body !== null ? request.body : {};
}
function validateIncomingRequest(request, authToken, options) {
  const url = webhookUrlOf(request, options);
  const signature = headerOf(request, SIGNATURE_HEADER) ?? "";
  if (url.indexOf("bodySHA256") > 0) {
    const body = rawText(request.rawBody) ?? rawText(request.body) ?? "{}";
    return validateRequestWithBody(authToken, signature, url, body);
  }
  return validateRequest(authToken, signature, url, paramsOf(request));
}
function validateExpressRequest(request, authToken, options) {
  return validateIncomingRequest(request, authToken, options);
}

// copied:helpers/webhooks/responses.ts
var MESSAGES = {
  noSignature: "No signature header error - X-Twilio-Signature header does not exist, maybe this request is not coming from Twilio.",
  noToken: "Webhook Error - we attempted to validate this request without first configuring our auth token.",
  invalid: "Twilio Request Validation Failed.",
  tooLarge: "Webhook Error - the request body is larger than this webhook accepts.",
  unreadable: "Webhook Error - the request body could not be read."
};
var MAX_BODY_BYTES = 1024 * 1024;
function reportMissingToken() {
  globalThis.console?.error?.(
    "[Twilio]: Error - Twilio auth token is required for webhook request validation."
  );
}

// copied:helpers/webhooks/hono.ts
function isHonoContext(value) {
  const request = value?.req;
  return typeof request?.header === "function" && typeof Request === "function" && request.raw instanceof Request && typeof value.text === "function";
}
function requestedUrl(received, options) {
  if (options.url) return options.url;
  if (!options.host && !options.protocol) return received;
  const parsed = new URL(received);
  const protocol = (options.protocol || parsed.protocol).replace(/:$/, "");
  return `${protocol}://${options.host || parsed.host}${parsed.pathname}${parsed.search}`;
}
function bindingToken(context) {
  const token = context.env?.TWILIO_AUTH_TOKEN;
  return typeof token === "string" && token !== "" ? token : void 0;
}
async function boundedText(request) {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return void 0;
  const reader = request.clone().body?.getReader();
  if (reader === void 0) return "";
  const chunks = [];
  let size = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return void 0;
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  return new TextDecoder().decode(whole);
}
function signatureMatches(context, authToken, signature, options, body) {
  const url = requestedUrl(context.req.url, options);
  if (url.indexOf("bodySHA256") > 0) return validateRequestWithBodyAsync(authToken, signature, url, body);
  const isForm = /^application\/x-www-form-urlencoded\b/i.test(context.req.header("content-type") ?? "");
  return validateRequestAsync(authToken, signature, url, isForm ? parseForm(body) : {});
}
async function handleHono(options, context, next) {
  if (!options.validate) return next();
  const signature = context.req.header("X-Twilio-Signature");
  if (!signature) return context.text(MESSAGES.noSignature, 400);
  const authToken = options.authToken || bindingToken(context);
  if (!authToken) {
    reportMissingToken();
    return context.text(MESSAGES.noToken, 500);
  }
  const body = await boundedText(context.req.raw);
  if (body === void 0) return context.text(MESSAGES.tooLarge, 413);
  if (!await signatureMatches(context, authToken, signature, options, body))
    return context.text(MESSAGES.invalid, 403);
  return next();
}

// copied:helpers/webhooks/middleware.ts
function refuse(response, status, message) {
  if (typeof response.status === "function" && typeof response.send === "function") {
    response.type?.("text/plain");
    response.status(status).send?.(message);
    return;
  }
  response.statusCode = status;
  response.setHeader?.("Content-Type", "text/plain; charset=utf-8");
  response.end?.(message);
}
function environmentVariable(name) {
  try {
    return globalThis.process?.env?.[name];
  } catch {
    return void 0;
  }
}
function resolveOptions(first, second) {
  const options = {};
  let token;
  for (const argument of [first, second]) {
    if (typeof argument === "string") token = argument;
    else if (typeof argument === "object" && argument !== null) Object.assign(options, argument);
  }
  options.authToken = token || options.authToken || environmentVariable("TWILIO_AUTH_TOKEN");
  options.validate ??= true;
  return options;
}
function isStream(request) {
  return typeof request.on === "function" && request.readableEnded !== true;
}
function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on("data", (chunk) => {
      const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
      size += bytes.length;
      if (size <= MAX_BODY_BYTES) chunks.push(bytes);
    });
    request.on("error", (error) => reject(error instanceof Error ? error : new Error(String(error))));
    request.on("end", () => {
      if (size > MAX_BODY_BYTES) return resolve(false);
      const whole = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        whole.set(chunk, offset);
        offset += chunk.length;
      }
      const text = rawText(whole) ?? "";
      request.rawBody = text;
      request.body = /^application\/x-www-form-urlencoded\b/i.test(headerOf(request, "content-type") ?? "") ? parseForm(text) : text;
      resolve(true);
    });
  });
}
function handleNode(options, request, response, next) {
  if (!options.validate) return next?.();
  if (!headerOf(request, SIGNATURE_HEADER)) return refuse(response, 400, MESSAGES.noSignature);
  const authToken = options.authToken;
  if (!authToken) {
    reportMissingToken();
    return refuse(response, 500, MESSAGES.noToken);
  }
  const decide = () => {
    if (validateIncomingRequest(request, authToken, options)) next?.();
    else refuse(response, 403, MESSAGES.invalid);
  };
  if (request.body !== void 0 || request.rawBody !== void 0 || !isStream(request)) return decide();
  return readBody(request).then(
    (complete) => complete ? decide() : refuse(response, 413, MESSAGES.tooLarge),
    () => refuse(response, 400, MESSAGES.unreadable)
  );
}
function webhook(opts, authToken) {
  const options = resolveOptions(opts, authToken);
  function hook(first, second, third) {
    if (third === void 0 && isHonoContext(first)) return handleHono(options, first, second);
    return handleNode(
      options,
      first,
      second,
      typeof third === "function" ? third : void 0
    );
  }
  return hook;
}
export {
  getExpectedBodyHash,
  getExpectedBodyHashAsync,
  getExpectedTwilioSignature,
  getExpectedTwilioSignatureAsync,
  jwt_exports as jwt,
  validateBody,
  validateBodyAsync,
  validateExpressRequest,
  validateIncomingRequest,
  validateRequest,
  validateRequestAsync,
  validateRequestWithBody,
  validateRequestWithBodyAsync,
  webhook
};

import { base64Url, utf8 } from "../crypto/encoding.js";
import { hmac } from "../crypto/hmac.js";
import { hmacAsync } from "../crypto/subtle.js";
import { ChatGrant, Grant, PlaybackGrant, SyncGrant, TaskRouterGrant, VideoGrant, VoiceGrant } from "./grants.js";
const HASH_OF = { HS256: "SHA-256", HS384: "SHA-384", HS512: "SHA-512" };
class AccessToken {
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
    const grants2 = {};
    const identity = this.identity;
    if (typeof identity === "string" || Number.isInteger(identity)) grants2["identity"] = String(identity);
    for (const grant of this.grants) grants2[String(grant.key)] = grant.toPayload();
    const payload = { jti: `${this.keySid}-${now}`, grants: grants2 };
    if (typeof this.nbf === "number") payload["nbf"] = this.nbf;
    Object.assign(payload, { iat: now, exp: now + this.ttl, iss: this.keySid, sub: this.accountSid });
    const header = { alg: algorithm, typ: "JWT", cty: "twilio-fpa;v=1" };
    if (this.region && typeof this.region === "string") header["twr"] = this.region;
    return { header, payload };
  }
}
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
export {
  AccessToken
};

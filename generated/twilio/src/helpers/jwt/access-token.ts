/**
 * Twilio Access Tokens: HMAC-signed JWTs (RFC 7519) that client SDKs (Conversations, Voice,
 * Video, Sync) present to Twilio. The claims and header are those twilio-node 6.2.0 writes, in
 * the same key order, so the same inputs at the same second give the very same token.
 */
import { base64Url, utf8 } from "../crypto/encoding.js";
import { hmac, type HashName } from "../crypto/hmac.js";
import { hmacAsync } from "../crypto/subtle.js";
import * as grants from "./grants.js";
import { ChatGrant, Grant, PlaybackGrant, SyncGrant, TaskRouterGrant, VideoGrant, VoiceGrant } from "./grants.js";

export type Algorithm = "HS256" | "HS384" | "HS512";

const HASH_OF: Readonly<Record<Algorithm, HashName>> = { HS256: "SHA-256", HS384: "SHA-384", HS512: "SHA-512" };

export interface AccessTokenOptions {
  /** Seconds the token is valid for, from when it is signed. Default 3600. */
  ttl?: number;
  /** The user the token is for. Required. */
  identity: string;
  /** Not before: seconds since the epoch. */
  nbf?: number;
  /** The region the account's data lives in, such as `us1` or `ie1`, sent in the header as `twr`. */
  region?: string;
}

/**
 * Any grant, as twilio-node types `AccessToken.grants`: `Grant<any, any, any>`. Here `unknown`
 * would refuse twilio-typed code that reads a payload, such as `token.grants[0].toPayload().room`.
 */
export type AnyGrant = Grant<any, any, any>;

/** Lets the namespace below name the options interface without naming itself. */
type OptionsOfAccessToken = AccessTokenOptions;

interface TokenContent {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

export class AccessToken implements AccessTokenOptions {
  static DEFAULT_ALGORITHM: "HS256" = "HS256";
  static ALGORITHMS: string[] = ["HS256", "HS384", "HS512"];
  static Grant: typeof Grant = Grant;
  static TaskRouterGrant: typeof TaskRouterGrant = TaskRouterGrant;
  static ChatGrant: typeof ChatGrant = ChatGrant;
  static VideoGrant: typeof VideoGrant = VideoGrant;
  static SyncGrant: typeof SyncGrant = SyncGrant;
  static VoiceGrant: typeof VoiceGrant = VoiceGrant;
  static PlaybackGrant: typeof PlaybackGrant = PlaybackGrant;

  accountSid: string;
  keySid: string;
  secret: string;
  ttl: number;
  identity: string;
  nbf?: number;
  region?: string;
  grants: AnyGrant[] = [];

  /**
   * @param accountSid the account the token grants access to (AC…)
   * @param keySid the API key that signs it (SK…)
   * @param secret that API key's secret
   */
  constructor(accountSid: string, keySid: string, secret: string, options: AccessTokenOptions) {
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

  addGrant<T extends Grant<unknown, unknown, unknown>>(grant: T): void {
    this.grants.push(grant);
  }

  /** The signed token, computed synchronously as twilio-node's is. */
  toJwt(algorithm?: Algorithm): string {
    const chosen = checkedAlgorithm(algorithm);
    const signingInput = encodeUnsigned(this.content(chosen));
    return `${signingInput}.${base64Url(hmac(HASH_OF[chosen], utf8(this.secret), utf8(signingInput)))}`;
  }

  /** The same token as toJwt, signed through Web Crypto. */
  async toJwtAsync(algorithm?: Algorithm): Promise<string> {
    const chosen = checkedAlgorithm(algorithm);
    const signingInput = encodeUnsigned(this.content(chosen));
    return `${signingInput}.${base64Url(await hmacAsync(HASH_OF[chosen], utf8(this.secret), utf8(signingInput)))}`;
  }

  private content(algorithm: Algorithm): TokenContent {
    if (!Number.isInteger(this.ttl))
      throw new Error('"expiresIn" should be a number of seconds or string representing a timespan');
    const now = Math.floor(Date.now() / 1000);
    const grants: Record<string, unknown> = {};
    // twilio-node also takes an integer identity, as text.
    const identity: unknown = this.identity;
    if (typeof identity === "string" || Number.isInteger(identity)) grants["identity"] = String(identity);
    for (const grant of this.grants) grants[String(grant.key)] = grant.toPayload();
    const payload: Record<string, unknown> = { jti: `${this.keySid}-${now}`, grants };
    if (typeof this.nbf === "number") payload["nbf"] = this.nbf;
    Object.assign(payload, { iat: now, exp: now + this.ttl, iss: this.keySid, sub: this.accountSid });
    const header: Record<string, unknown> = { alg: algorithm, typ: "JWT", cty: "twilio-fpa;v=1" };
    if (this.region && typeof this.region === "string") header["twr"] = this.region;
    return { header, payload };
  }
}

function checkedAlgorithm(algorithm: Algorithm | undefined): Algorithm {
  const chosen = algorithm || AccessToken.DEFAULT_ALGORITHM;
  if (!AccessToken.ALGORITHMS.includes(chosen) || !Object.hasOwn(HASH_OF, chosen)) {
    throw new Error(`Algorithm not supported. Allowed values are ${AccessToken.ALGORITHMS.join(", ")}`);
  }
  return chosen;
}

function encodeUnsigned({ header, payload }: TokenContent): string {
  return `${base64Url(utf8(JSON.stringify(header)))}.${base64Url(utf8(JSON.stringify(payload)))}`;
}

/**
 * The grant names as types too (`let grant: AccessToken.ChatGrant`), and their option and payload
 * interfaces, as twilio-node's `namespace AccessToken` declares them. Types only: the values are
 * the static members above.
 */
export declare namespace AccessToken {
  type Grant<TOptions, TPayload, TKey> = grants.Grant<TOptions, TPayload, TKey>;
  type TaskRouterGrant = grants.TaskRouterGrant;
  type TaskRouterGrantOptions = grants.TaskRouterGrantOptions;
  type TaskRouterGrantPayload = grants.TaskRouterGrantPayload;
  type ChatGrant = grants.ChatGrant;
  type ChatGrantOptions = grants.ChatGrantOptions;
  type ChatGrantPayload = grants.ChatGrantPayload;
  type VideoGrant = grants.VideoGrant;
  type VideoGrantOptions = grants.VideoGrantOptions;
  type VideoGrantPayload = grants.VideoGrantPayload;
  type SyncGrant = grants.SyncGrant;
  type SyncGrantOptions = grants.SyncGrantOptions;
  type SyncGrantPayload = grants.SyncGrantPayload;
  type VoiceGrant = grants.VoiceGrant;
  type VoiceGrantOptions = grants.VoiceGrantOptions;
  type VoiceGrantPayload = grants.VoiceGrantPayload;
  type PlaybackGrant = grants.PlaybackGrant;
  type PlaybackGrantOptions = grants.PlaybackGrantOptions;
  type PlaybackGrantPayload = grants.PlaybackGrantPayload;
  type AccessTokenOptions = OptionsOfAccessToken;
}

// Declarations of the runtime source with sha256 4a847da38633eeb2588a039f27ae6eb6c41b283a4e7419fdc453d2de3da32c63, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
import * as grants from "./grants.js";
import { ChatGrant, Grant, PlaybackGrant, SyncGrant, TaskRouterGrant, VideoGrant, VoiceGrant } from "./grants.js";
export type Algorithm = "HS256" | "HS384" | "HS512";
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
export declare class AccessToken implements AccessTokenOptions {
    static DEFAULT_ALGORITHM: "HS256";
    static ALGORITHMS: string[];
    static Grant: typeof Grant;
    static TaskRouterGrant: typeof TaskRouterGrant;
    static ChatGrant: typeof ChatGrant;
    static VideoGrant: typeof VideoGrant;
    static SyncGrant: typeof SyncGrant;
    static VoiceGrant: typeof VoiceGrant;
    static PlaybackGrant: typeof PlaybackGrant;
    accountSid: string;
    keySid: string;
    secret: string;
    ttl: number;
    identity: string;
    nbf?: number;
    region?: string;
    grants: AnyGrant[];
    /**
     * @param accountSid the account the token grants access to (AC…)
     * @param keySid the API key that signs it (SK…)
     * @param secret that API key's secret
     */
    constructor(accountSid: string, keySid: string, secret: string, options: AccessTokenOptions);
    addGrant<T extends Grant<unknown, unknown, unknown>>(grant: T): void;
    /** The signed token, computed synchronously as twilio-node's is. */
    toJwt(algorithm?: Algorithm): string;
    /** The same token as toJwt, signed through Web Crypto. */
    toJwtAsync(algorithm?: Algorithm): Promise<string>;
    private content;
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
export {};

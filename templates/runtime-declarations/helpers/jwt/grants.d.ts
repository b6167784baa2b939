// Declarations of the runtime source with sha256 869eda07002fc0149f44fd78c6d942c8cf05dd14ce1069775151f6eb033b2647, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/**
 * The grants an AccessToken carries, with twilio-node 6.2.0's names, option fields and payload
 * keys (https://www.twilio.com/docs/iam/access-tokens). A field that is empty or unset is left out
 * of the payload, as twilio-node leaves it out.
 */
/** Mirrors twilio-node's generic base, so custom grants written against it still compile. */
export declare abstract class Grant<TOptions, TPayload, TKey> {
    key: TKey;
    /** Only here so that TOptions takes part in the type, as it does in twilio-node's declaration. */
    protected readonly optionsType?: TOptions;
    protected constructor(key: TKey);
    abstract toPayload(): TPayload;
}
export interface TaskRouterGrantOptions {
    workspaceSid?: string;
    workerSid?: string;
    role?: string;
}
export interface TaskRouterGrantPayload {
    workspace_sid?: string;
    worker_sid?: string;
    role?: string;
}
export declare class TaskRouterGrant extends Grant<TaskRouterGrantOptions, TaskRouterGrantPayload, "task_router"> implements TaskRouterGrantOptions {
    workspaceSid?: string;
    workerSid?: string;
    role?: string;
    constructor(options?: TaskRouterGrantOptions | null);
    toPayload(): TaskRouterGrantPayload;
}
export interface ChatGrantOptions {
    serviceSid?: string;
    endpointId?: string;
    deploymentRoleSid?: string;
    pushCredentialSid?: string;
}
export interface ChatGrantPayload {
    service_sid?: string;
    endpoint_id?: string;
    deployment_role_sid?: string;
    push_credential_sid?: string;
}
/** Conversations and Chat: the grant every Conversations SDK token needs. */
export declare class ChatGrant extends Grant<ChatGrantOptions, ChatGrantPayload, "chat"> implements ChatGrantOptions {
    serviceSid?: string;
    endpointId?: string;
    deploymentRoleSid?: string;
    pushCredentialSid?: string;
    constructor(options?: ChatGrantOptions | null);
    toPayload(): ChatGrantPayload;
}
export interface VideoGrantOptions {
    room?: string;
}
export interface VideoGrantPayload {
    room?: string;
}
export declare class VideoGrant extends Grant<VideoGrantOptions, VideoGrantPayload, "video"> implements VideoGrantOptions {
    room?: string;
    constructor(options?: VideoGrantOptions | null);
    toPayload(): VideoGrantPayload;
}
export interface SyncGrantOptions {
    serviceSid?: string;
    endpointId?: string;
}
export interface SyncGrantPayload {
    service_sid?: string;
    endpoint_id?: string;
}
export declare class SyncGrant extends Grant<SyncGrantOptions, SyncGrantPayload, "data_sync"> implements SyncGrantOptions {
    serviceSid?: string;
    endpointId?: string;
    constructor(options?: SyncGrantOptions | null);
    toPayload(): SyncGrantPayload;
}
export interface VoiceGrantOptions {
    incomingAllow?: boolean;
    outgoingApplicationSid?: string;
    outgoingApplicationParams?: object;
    pushCredentialSid?: string;
    endpointId?: string;
}
export interface VoiceGrantPayload {
    incoming?: {
        allow: boolean;
    };
    outgoing?: {
        application_sid: string;
        params?: object;
    };
    push_credential_sid?: string;
    endpoint_id?: string;
}
export declare class VoiceGrant extends Grant<VoiceGrantOptions, VoiceGrantPayload, "voice"> implements VoiceGrantOptions {
    incomingAllow?: boolean;
    outgoingApplicationSid?: string;
    outgoingApplicationParams?: object;
    pushCredentialSid?: string;
    endpointId?: string;
    constructor(options?: VoiceGrantOptions | null);
    toPayload(): VoiceGrantPayload;
}
export interface PlaybackGrantOptions {
    grant?: object;
}
export interface PlaybackGrantPayload {
    grant?: object;
}
/** Player Streamer: `grant` is the object Twilio's PlaybackGrant API returns, passed through whole. */
export declare class PlaybackGrant extends Grant<PlaybackGrantOptions, PlaybackGrantPayload, "player"> implements PlaybackGrantOptions {
    grant?: object;
    constructor(options?: PlaybackGrantOptions | null);
    toPayload(): PlaybackGrantPayload;
}

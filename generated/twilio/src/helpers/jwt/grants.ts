/**
 * The grants an AccessToken carries, with twilio-node 6.2.0's names, option fields and payload
 * keys (https://www.twilio.com/docs/iam/access-tokens). A field that is empty or unset is left out
 * of the payload, as twilio-node leaves it out.
 */

/** Mirrors twilio-node's generic base, so custom grants written against it still compile. */
export abstract class Grant<TOptions, TPayload, TKey> {
  key: TKey;
  /** Only here so that TOptions takes part in the type, as it does in twilio-node's declaration. */
  declare protected readonly optionsType?: TOptions;

  protected constructor(key: TKey) {
    this.key = key;
  }

  abstract toPayload(): TPayload;
}

// Constructors take `null` as no options, as twilio-node's do.

/** Copies the fields whose value is truthy, under their payload names. */
function presentFields<TPayload>(fields: ReadonlyArray<readonly [string, unknown]>): TPayload {
  const payload: Record<string, unknown> = {};
  for (const [name, value] of fields) if (value) payload[name] = value;
  return payload as TPayload;
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

export class TaskRouterGrant
  extends Grant<TaskRouterGrantOptions, TaskRouterGrantPayload, "task_router">
  implements TaskRouterGrantOptions
{
  workspaceSid?: string;
  workerSid?: string;
  role?: string;

  constructor(options?: TaskRouterGrantOptions | null) {
    super("task_router");
    const given = options ?? {};
    this.workspaceSid = given.workspaceSid;
    this.workerSid = given.workerSid;
    this.role = given.role;
  }

  toPayload(): TaskRouterGrantPayload {
    return presentFields([
      ["workspace_sid", this.workspaceSid],
      ["worker_sid", this.workerSid],
      ["role", this.role],
    ]);
  }
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
export class ChatGrant extends Grant<ChatGrantOptions, ChatGrantPayload, "chat"> implements ChatGrantOptions {
  serviceSid?: string;
  endpointId?: string;
  deploymentRoleSid?: string;
  pushCredentialSid?: string;

  constructor(options?: ChatGrantOptions | null) {
    super("chat");
    const given = options ?? {};
    this.serviceSid = given.serviceSid;
    this.endpointId = given.endpointId;
    this.deploymentRoleSid = given.deploymentRoleSid;
    this.pushCredentialSid = given.pushCredentialSid;
  }

  toPayload(): ChatGrantPayload {
    return presentFields([
      ["service_sid", this.serviceSid],
      ["endpoint_id", this.endpointId],
      ["deployment_role_sid", this.deploymentRoleSid],
      ["push_credential_sid", this.pushCredentialSid],
    ]);
  }
}

export interface VideoGrantOptions {
  room?: string;
}

export interface VideoGrantPayload {
  room?: string;
}

export class VideoGrant extends Grant<VideoGrantOptions, VideoGrantPayload, "video"> implements VideoGrantOptions {
  room?: string;

  constructor(options?: VideoGrantOptions | null) {
    super("video");
    const given = options ?? {};
    this.room = given.room;
  }

  toPayload(): VideoGrantPayload {
    return presentFields([["room", this.room]]);
  }
}

export interface SyncGrantOptions {
  serviceSid?: string;
  endpointId?: string;
}

export interface SyncGrantPayload {
  service_sid?: string;
  endpoint_id?: string;
}

export class SyncGrant extends Grant<SyncGrantOptions, SyncGrantPayload, "data_sync"> implements SyncGrantOptions {
  serviceSid?: string;
  endpointId?: string;

  constructor(options?: SyncGrantOptions | null) {
    super("data_sync");
    const given = options ?? {};
    this.serviceSid = given.serviceSid;
    this.endpointId = given.endpointId;
  }

  toPayload(): SyncGrantPayload {
    return presentFields([
      ["service_sid", this.serviceSid],
      ["endpoint_id", this.endpointId],
    ]);
  }
}

export interface VoiceGrantOptions {
  incomingAllow?: boolean;
  outgoingApplicationSid?: string;
  outgoingApplicationParams?: object;
  pushCredentialSid?: string;
  endpointId?: string;
}

export interface VoiceGrantPayload {
  incoming?: { allow: boolean };
  outgoing?: { application_sid: string; params?: object };
  push_credential_sid?: string;
  endpoint_id?: string;
}

export class VoiceGrant extends Grant<VoiceGrantOptions, VoiceGrantPayload, "voice"> implements VoiceGrantOptions {
  incomingAllow?: boolean;
  outgoingApplicationSid?: string;
  outgoingApplicationParams?: object;
  pushCredentialSid?: string;
  endpointId?: string;

  constructor(options?: VoiceGrantOptions | null) {
    super("voice");
    const given = options ?? {};
    this.incomingAllow = given.incomingAllow;
    this.outgoingApplicationSid = given.outgoingApplicationSid;
    this.outgoingApplicationParams = given.outgoingApplicationParams;
    this.pushCredentialSid = given.pushCredentialSid;
    this.endpointId = given.endpointId;
  }

  toPayload(): VoiceGrantPayload {
    const outgoing = this.outgoingApplicationSid
      ? presentFields<{ application_sid: string; params?: object }>([
          ["application_sid", this.outgoingApplicationSid],
          ["params", this.outgoingApplicationParams],
        ])
      : undefined;
    return presentFields([
      // Only the literal `true` allows incoming calls; a truthy string does not.
      ["incoming", this.incomingAllow === true ? { allow: true } : undefined],
      ["outgoing", outgoing],
      ["push_credential_sid", this.pushCredentialSid],
      ["endpoint_id", this.endpointId],
    ]);
  }
}

export interface PlaybackGrantOptions {
  grant?: object;
}

export interface PlaybackGrantPayload {
  grant?: object;
}

/** Player Streamer: `grant` is the object Twilio's PlaybackGrant API returns, passed through whole. */
export class PlaybackGrant
  extends Grant<PlaybackGrantOptions, PlaybackGrantPayload, "player">
  implements PlaybackGrantOptions
{
  grant?: object;

  constructor(options?: PlaybackGrantOptions | null) {
    super("player");
    const given = options ?? {};
    this.grant = given.grant;
  }

  toPayload(): PlaybackGrantPayload {
    // twilio-node's declared payload type says `{ grant?: object }`, but what it sends is the
    // grant object itself; the wire form is what counts.
    return (this.grant ?? {}) as PlaybackGrantPayload;
  }
}

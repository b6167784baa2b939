class Grant {
  key;
  constructor(key) {
    this.key = key;
  }
}
function presentFields(fields) {
  const payload = {};
  for (const [name, value] of fields) if (value) payload[name] = value;
  return payload;
}
class TaskRouterGrant extends Grant {
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
}
class ChatGrant extends Grant {
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
}
class VideoGrant extends Grant {
  room;
  constructor(options) {
    super("video");
    const given = options ?? {};
    this.room = given.room;
  }
  toPayload() {
    return presentFields([["room", this.room]]);
  }
}
class SyncGrant extends Grant {
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
}
class VoiceGrant extends Grant {
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
}
class PlaybackGrant extends Grant {
  grant;
  constructor(options) {
    super("player");
    const given = options ?? {};
    this.grant = given.grant;
  }
  toPayload() {
    return this.grant ?? {};
  }
}
export {
  ChatGrant,
  Grant,
  PlaybackGrant,
  SyncGrant,
  TaskRouterGrant,
  VideoGrant,
  VoiceGrant
};

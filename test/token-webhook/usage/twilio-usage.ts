// Code written against twilio-node 6.2.0's published types, the way its docs use the helpers.
// It compiles as it is (the project's tsconfig checks it against `twilio`), and
// test/token-webhook/drop-in-types.test.ts compiles it again with only the import line changed
// to this project's helpers. The @ts-expect-error lines must be errors against both.
import twilio from "twilio";

const { AccessToken } = twilio.jwt;
const { ChatGrant, VoiceGrant, VideoGrant, SyncGrant, PlaybackGrant, TaskRouterGrant } = AccessToken;

export function conversationsToken(identity: string): string {
  const token = new AccessToken("AC00000000000000000000000000000000", "SK00000000000000000000000000000000", "secret", { identity, ttl: 3600, region: "ie1" });
  token.addGrant(new ChatGrant({ serviceSid: "IS00000000000000000000000000000000", pushCredentialSid: "CR1" }));
  token.addGrant(new VoiceGrant({ incomingAllow: true, outgoingApplicationSid: "AP1", outgoingApplicationParams: { mode: "x" } }));
  token.addGrant(new VideoGrant({ room: "standup" }));
  token.addGrant(new SyncGrant({ serviceSid: "IS1", endpointId: "e" }));
  token.addGrant(new PlaybackGrant({ grant: { playbackUrl: "https://x" } }));
  token.addGrant(new TaskRouterGrant({ workspaceSid: "WS1", role: "worker" }));
  const typed: twilio.jwt.AccessToken = token;
  const identityOut: string = typed.identity;
  const ttl: number = typed.ttl;
  const algorithm: "HS256" = AccessToken.DEFAULT_ALGORITHM;
  const chat = new AccessToken.ChatGrant();
  const key: "chat" = chat.key;
  const payload: { service_sid?: string } = chat.toPayload();
  const firstRoom: string | undefined = token.grants[0]?.toPayload().room;
  void [identityOut, ttl, algorithm, key, payload, firstRoom];
  // @ts-expect-error identity is required
  new AccessToken("AC1", "SK1", "secret", {});
  // @ts-expect-error only the HS algorithms
  token.toJwt("RS256");
  return token.toJwt("HS512");
}

export function checks(authToken: string, signature: string, url: string, params: Record<string, string>, body: string): boolean[] {
  const expected: string = twilio.getExpectedTwilioSignature(authToken, url, params);
  const hash: string = twilio.getExpectedBodyHash(body);
  const valid: boolean = twilio.validateRequest(authToken, signature, url, params);
  const validJson: boolean = twilio.validateRequestWithBody(authToken, signature, url, body);
  const validBody: boolean = twilio.validateBody(body, hash);
  const request = { protocol: "https", header: (name: string) => (name === "X-Twilio-Signature" ? expected : undefined), headers: { host: "example.com" }, originalUrl: "/sms", body: params };
  const validExpress: boolean = twilio.validateExpressRequest(request, authToken, { url });
  const validIncoming: boolean = twilio.validateIncomingRequest(request, authToken, { host: "example.com", protocol: "https" });
  // @ts-expect-error the parameters are required
  twilio.validateRequest(authToken, signature, url);
  if (twilio.validateRequest(authToken, signature, url, params)) return [true];
  return [valid, validJson, validBody, validExpress, validIncoming];
}

type Handler = (request: unknown, response: unknown, next: () => void) => void;

export function middlewares(): Handler[] {
  // twilio-node's declared type, as code written for it holds it.
  const declared: (req: any, res: any, next: any) => void = twilio.webhook();
  return [declared, twilio.webhook("token"), twilio.webhook({ validate: false }), twilio.webhook({ host: "hooks.example.com", protocol: "https" }), twilio.webhook("token", { url: "https://hooks.example.com/sms" }), twilio.webhook({ authToken: "token", includeHelpers: false })];
}

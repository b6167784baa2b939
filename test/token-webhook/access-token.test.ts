import { createHmac } from "node:crypto";
import { createRequire } from "node:module";
import fc from "fast-check";
import twilio from "twilio";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { jwt } from "../../templates/helpers/index.ts";

const { AccessToken } = jwt;
const TwilioAccessToken = twilio.jwt.AccessToken;
// twilio-node's own JWT library, resolved from twilio's install, as an independent verifier.
const jsonwebtoken = createRequire(require.resolve("twilio"))("jsonwebtoken") as {
  verify(token: string, secret: string, options?: { algorithms?: string[]; clockTimestamp?: number }): Record<string, unknown>;
};

const ACCOUNT = "AC00000000000000000000000000000000";
const KEY = "SK00000000000000000000000000000000";
const SECRET = "s3cr3t-ünïcode";
const NOW_MS = 1_750_000_000_500;

type Options = { identity: string; ttl?: number; nbf?: number; region?: string };
type GrantSpec = [kind: "ChatGrant" | "VoiceGrant" | "VideoGrant" | "SyncGrant" | "PlaybackGrant" | "TaskRouterGrant", options: Record<string, unknown>];

/** Builds the same token with either implementation, from the same description. */
function build<T extends typeof TwilioAccessToken | typeof AccessToken>(implementation: T, options: Options, grants: GrantSpec[], secret = SECRET): InstanceType<T> {
  const token = new implementation(ACCOUNT, KEY, secret, options) as InstanceType<typeof AccessToken>;
  const grantClasses = implementation as unknown as Record<string, new (options: Record<string, unknown>) => never>;
  for (const [kind, grantOptions] of grants) token.addGrant(new grantClasses[kind]!(grantOptions));
  return token as InstanceType<T>;
}

function decode(token: string): { header: unknown; payload: unknown } {
  const [header, payload] = token.split(".").slice(0, 2).map((part) => JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as unknown);
  return { header, payload };
}

const text = fc.string({ minLength: 1, maxLength: 16, unit: "grapheme" });
const grantSpec: fc.Arbitrary<GrantSpec> = fc.oneof(
  fc.record({ serviceSid: text, endpointId: text, deploymentRoleSid: text, pushCredentialSid: text }, { requiredKeys: [] }).map((options): GrantSpec => ["ChatGrant", options]),
  fc.record({ incomingAllow: fc.boolean(), outgoingApplicationSid: text, outgoingApplicationParams: fc.dictionary(text, text), pushCredentialSid: text, endpointId: text }, { requiredKeys: [] }).map((options): GrantSpec => ["VoiceGrant", options]),
  fc.record({ room: text }, { requiredKeys: [] }).map((options): GrantSpec => ["VideoGrant", options]),
  fc.record({ serviceSid: text, endpointId: text }, { requiredKeys: [] }).map((options): GrantSpec => ["SyncGrant", options]),
  fc.record({ grant: fc.dictionary(text, fc.oneof(text, fc.integer())) }, { requiredKeys: [] }).map((options): GrantSpec => ["PlaybackGrant", options]),
  fc.record({ workspaceSid: text, workerSid: text, role: text }, { requiredKeys: [] }).map((options): GrantSpec => ["TaskRouterGrant", options]),
);
const tokenOptions: fc.Arbitrary<Options> = fc.record(
  { identity: text, ttl: fc.integer({ min: 0, max: 86_400 }), nbf: fc.integer({ min: 0, max: 2_000_000_000 }), region: fc.constantFrom("us1", "ie1", "au1", "") },
  { requiredKeys: ["identity"] },
);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW_MS);
});
afterEach(() => vi.useRealTimers());

describe("AccessToken, against twilio-node 6.2.0", () => {
  it("writes the very same token for the same inputs at the same second, for every algorithm", async () => {
    await fc.assert(
      fc.asyncProperty(tokenOptions, fc.array(grantSpec, { maxLength: 4 }), fc.constantFrom("HS256", "HS384", "HS512") as fc.Arbitrary<"HS256" | "HS384" | "HS512">, async (options, grants, algorithm) => {
        const theirs = build(TwilioAccessToken, options, grants).toJwt(algorithm);
        expect(build(AccessToken, options, grants).toJwt(algorithm)).toBe(theirs);
        expect(await build(AccessToken, options, grants).toJwtAsync(algorithm)).toBe(theirs);
      }),
      { numRuns: 200 },
    );
  });

  it("decodes to twilio-node's claims for a Conversations token with every grant", () => {
    const grants: GrantSpec[] = [
      ["ChatGrant", { serviceSid: "IS00000000000000000000000000000000", pushCredentialSid: "CR1" }],
      ["VoiceGrant", { incomingAllow: true, outgoingApplicationSid: "AP1", outgoingApplicationParams: { mode: "x" } }],
      ["VideoGrant", { room: "standup" }],
      ["SyncGrant", { serviceSid: "IS2" }],
      ["PlaybackGrant", { grant: { requestCredentials: null, playbackUrl: "https://x" } }],
    ];
    const options = { identity: "ada@example.com", ttl: 600, nbf: 1_749_999_000, region: "ie1" };
    const ours = decode(build(AccessToken, options, grants).toJwt());
    expect(ours).toEqual(decode(build(TwilioAccessToken, options, grants).toJwt()));
    expect(ours.header).toEqual({ alg: "HS256", typ: "JWT", cty: "twilio-fpa;v=1", twr: "ie1" });
    expect(ours.payload).toMatchObject({ iss: KEY, sub: ACCOUNT, iat: Math.floor(NOW_MS / 1000), exp: Math.floor(NOW_MS / 1000) + 600, nbf: 1_749_999_000, jti: `${KEY}-${Math.floor(NOW_MS / 1000)}` });
    expect((ours.payload as { grants: unknown }).grants).toMatchObject({ identity: "ada@example.com", chat: { service_sid: "IS00000000000000000000000000000000" }, video: { room: "standup" } });
  });

  it("verifies with twilio-node's JWT library and the key secret, and not with another secret", () => {
    const token = build(AccessToken, { identity: "ada" }, [["ChatGrant", { serviceSid: "IS1" }]]).toJwt();
    expect(jsonwebtoken.verify(token, SECRET, { algorithms: ["HS256"] })).toMatchObject({ iss: KEY, sub: ACCOUNT });
    expect(() => jsonwebtoken.verify(token, "other", { algorithms: ["HS256"] })).toThrow(/invalid signature/);
    const [header, payload] = token.split(".");
    expect(token.split(".")[2]).toBe(createHmac("sha256", SECRET).update(`${header}.${payload}`).digest("base64url"));
  });

  it("refuses tampered tokens: a changed claim, a changed signature, a changed header", () => {
    const token = build(AccessToken, { identity: "ada" }, [["ChatGrant", {}]]).toJwt();
    const [header = "", payload = "", signature = ""] = token.split(".");
    const forged = Buffer.from(Buffer.from(payload, "base64url").toString("utf8").replace('"ada"', '"eve"')).toString("base64url");
    const forgedHeader = Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url");
    for (const tampered of [`${header}.${forged}.${signature}`, `${header}.${payload}.${signature.slice(0, -2)}AA`, `${forgedHeader}.${payload}.${signature}`]) {
      expect(() => jsonwebtoken.verify(tampered, SECRET, { algorithms: ["HS256"] })).toThrow();
    }
  });

  it("expires after its ttl, and is not valid before nbf, as twilio-node's tokens are", () => {
    const now = Math.floor(NOW_MS / 1000);
    for (const implementation of [AccessToken, TwilioAccessToken]) {
      const token = build(implementation, { identity: "ada", ttl: 60, nbf: now + 30 }, []).toJwt();
      expect(() => jsonwebtoken.verify(token, SECRET, { clockTimestamp: now + 10 })).toThrow(/jwt not active/);
      expect(jsonwebtoken.verify(token, SECRET, { clockTimestamp: now + 40 })).toMatchObject({ exp: now + 60 });
      expect(() => jsonwebtoken.verify(token, SECRET, { clockTimestamp: now + 61 })).toThrow(/jwt expired/);
    }
  });

  it("defaults as twilio-node does: ttl 3600 (also for 0), no nbf, no region header, HS256", () => {
    for (const ttl of [undefined, 0]) {
      const ours = decode(build(AccessToken, { identity: "ada", ttl }, []).toJwt());
      expect(ours).toEqual(decode(build(TwilioAccessToken, { identity: "ada", ttl }, []).toJwt()));
      expect((ours.payload as { exp: number; iat: number }).exp - (ours.payload as { iat: number }).iat).toBe(3600);
      expect(ours.header).toEqual({ alg: "HS256", typ: "JWT", cty: "twilio-fpa;v=1" });
    }
    expect(AccessToken.DEFAULT_ALGORITHM).toBe(TwilioAccessToken.DEFAULT_ALGORITHM);
    expect(AccessToken.ALGORITHMS).toEqual(TwilioAccessToken.ALGORITHMS);
  });

  it("keeps the last of two grants of one kind, and an integer identity as text, as twilio-node does", () => {
    const grants: GrantSpec[] = [["VideoGrant", { room: "a" }], ["ChatGrant", {}], ["VideoGrant", { room: "b" }]];
    const options = { identity: 42 as unknown as string };
    expect(build(AccessToken, options, grants).toJwt()).toBe(build(TwilioAccessToken, options, grants).toJwt());
  });

  it("fails with twilio-node's messages for missing arguments, an unknown algorithm and a fractional ttl", () => {
    const attempts: Array<(implementation: typeof AccessToken) => unknown> = [
      (implementation) => new implementation("", KEY, SECRET, { identity: "a" }),
      (implementation) => new implementation(ACCOUNT, "", SECRET, { identity: "a" }),
      (implementation) => new implementation(ACCOUNT, KEY, "", { identity: "a" }),
      (implementation) => new implementation(ACCOUNT, KEY, SECRET, { identity: "" }),
      (implementation) => new implementation(ACCOUNT, KEY, SECRET, undefined as unknown as Options),
      (implementation) => new implementation(ACCOUNT, KEY, SECRET, { identity: "a" }).toJwt("RS256" as "HS256"),
      (implementation) => new implementation(ACCOUNT, KEY, SECRET, { identity: "a", ttl: 1.5 }).toJwt(),
    ];
    for (const attempt of attempts) {
      const message = (() => {
        try {
          attempt(TwilioAccessToken as unknown as typeof AccessToken);
        } catch (error) {
          return (error as Error).message;
        }
        return "no error";
      })();
      expect(message).not.toBe("no error");
      expect(() => attempt(AccessToken)).toThrow(message);
    }
  });

  it("exposes the grants as static members and their payloads as twilio-node's do", () => {
    for (const kind of ["ChatGrant", "VoiceGrant", "VideoGrant", "SyncGrant", "PlaybackGrant", "TaskRouterGrant"] as const) {
      const theirs = new TwilioAccessToken[kind]();
      const ours = new AccessToken[kind]();
      expect(ours.key).toBe(theirs.key);
      expect(ours.toPayload()).toEqual(theirs.toPayload());
      expect(new AccessToken[kind](null as never).toPayload()).toEqual({});
    }
  });
});

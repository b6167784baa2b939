import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AGGREGATE_PACKAGE } from "../../generator/names.ts";
import { HttpStub, json } from "../helpers/http-stub.ts";
import { consumerProject } from "../helpers/installed-packages.ts";

const ACCOUNT = `AC${"a".repeat(32)}`;

interface Aggregate {
  default: ((sid?: string, token?: string, options?: object) => Client) & { Twilio: new (sid?: string, token?: string, options?: object) => Client };
  RestException: new (...args: never[]) => Error;
}
type Client = Record<string, unknown> & {
  conversations: { v1: { users: { list(options?: object): Promise<unknown[]> } }; users: { list(options?: object): Promise<unknown[]> } };
  flexApi: { v1: { interaction(sid: string): { fetch(): Promise<unknown> } } };
};

describe("the aggregate package", () => {
  const stub = new HttpStub();
  let baseUrl = "";
  let aggregate: Aggregate;

  beforeAll(async () => {
    baseUrl = await stub.start();
    stub.handler = (request, response) => {
      if (request.url.startsWith("/v1/Users")) return json(response, 200, { users: [{ sid: `US${"1".repeat(32)}`, identity: "ada" }], meta: { key: "users", next_page_url: null } });
      json(response, 404, { code: 20404, message: "not here", status: 404 });
    };
    const project = consumerProject("aggregate", { type: "module" });
    aggregate = (await import(pathToFileURL(join(project, "node_modules", ...AGGREGATE_PACKAGE.name.split("/"), "dist/index.js")).href)) as Aggregate;
  });
  afterAll(() => stub.stop());

  it("constructs without building any domain; a domain is built on first read, and once", () => {
    const client = aggregate.default(ACCOUNT, "token", { baseUrl });
    const cached = Object.keys(client).filter((key) => key.startsWith("_"));
    expect(cached.length).toBeGreaterThan(1);
    for (const key of cached) expect(client[key], key).toBeUndefined();
    const conversations = client.conversations;
    expect(client["_conversations"]).toBe(conversations);
    expect(client.conversations).toBe(conversations);
    for (const key of cached.filter((name) => name !== "_conversations")) expect(client[key], key).toBeUndefined();
    // Within the domain, the version is built on first read too.
    expect(Object.getOwnPropertyDescriptor(conversations, "v1")?.get).toBeTypeOf("function");
    void conversations.v1;
    expect(Object.getOwnPropertyDescriptor(conversations, "v1")?.value).toBe(conversations.v1);
  });

  it("is twilio-node's callable and class: twilio(...) is a Twilio, and new Twilio(...) works alike", async () => {
    const called = aggregate.default(ACCOUNT, "token", { baseUrl });
    const constructed = new aggregate.default.Twilio(ACCOUNT, "token", { baseUrl });
    expect(called).toBeInstanceOf(aggregate.default.Twilio);
    expect(await constructed.conversations.v1.users.list()).toHaveLength(1);
  });

  it("serves twilio-node's deprecated shortcuts with one deprecation notice per name and client", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const client = aggregate.default(ACCOUNT, "token", { baseUrl });
      expect(client.conversations.users).toBe(client.conversations.v1.users);
      expect(await client.conversations.users.list()).toHaveLength(1);
      expect(warn.mock.calls).toEqual([["users is deprecated. Use v1.users instead."]]);
    } finally {
      warn.mockRestore();
    }
  });

  it("answers instanceof RestException for an error from any API's package", async () => {
    const client = aggregate.default(ACCOUNT, "token", { baseUrl });
    const error = await client.flexApi.v1.interaction(`KD${"1".repeat(32)}`).fetch().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(aggregate.RestException);
    expect(error).toMatchObject({ status: 404, code: 20404 });
    expect(new Error("plain")).not.toBeInstanceOf(aggregate.RestException);
  });

  it("checks credentials when constructed, as twilio-node does, and reads them from the environment", () => {
    vi.stubEnv("TWILIO_ACCOUNT_SID", "");
    vi.stubEnv("TWILIO_AUTH_TOKEN", "");
    try {
      expect(() => aggregate.default()).toThrow(/account SID or API key is required/);
      vi.stubEnv("TWILIO_ACCOUNT_SID", ACCOUNT);
      vi.stubEnv("TWILIO_AUTH_TOKEN", "from-env");
      expect(aggregate.default()).toMatchObject({ accountSid: ACCOUNT, password: "from-env" });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

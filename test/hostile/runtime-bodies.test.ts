import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import twilio, { ResponseParseError, RestException } from "../../generated/conversations-v1/dist/index.js";
import { HttpStub } from "../helpers/http-stub.ts";

const stub = new HttpStub();
let baseUrl = "";
const SID = `US${"a".repeat(32)}`;

beforeAll(async () => {
  baseUrl = await stub.start();
});
afterAll(() => stub.stop());
beforeEach(() => {
  stub.requests.length = 0;
});

const client = (options: { timeout?: number } = {}) => twilio(`AC${"a".repeat(32)}`, "token", { baseUrl, ...options });
const raw = (status: number, body: string) => (stub.handler = (_, response) => response.writeHead(status, { "Content-Type": "application/json" }).end(body));

describe("hostile response bodies", () => {
  it("a body that is not JSON is a typed ResponseParseError, not a crash", async () => {
    raw(200, "<html>surprise</html>");
    await expect(client().conversations.v1.users(SID).fetch()).rejects.toBeInstanceOf(ResponseParseError);
  });

  it("a truncated body is a typed ResponseParseError", async () => {
    raw(200, '{"sid": "US1", "identity": "ada", "links": {"conversa');
    await expect(client().conversations.v1.users(SID).fetch()).rejects.toMatchObject({ name: "ResponseParseError", status: 200 });
  });

  it("a huge body (a 20 MB page) is read into plain instances", async () => {
    const users = Array.from({ length: 60_000 }, (_, index) => ({ sid: `US${String(index).padStart(32, "0")}`, identity: "x".repeat(300) }));
    raw(200, JSON.stringify({ users, meta: { key: "users", next_page_url: null } }));
    const page = await client({ timeout: 60_000 }).conversations.v1.users.page({ pageSize: 50 });
    expect(page.instances).toHaveLength(60_000);
    expect(Object.getPrototypeOf(Object.getPrototypeOf(page.instances[0]))).toBe(Object.prototype);
  });

  it("__proto__ keys in a body never pollute prototypes, and the instance keeps its methods", async () => {
    raw(200, JSON.stringify({ sid: SID, __proto__: { polluted: true, fetch: "not a function" }, links: { __proto__: { polluted: true } } }).replace('"sid"', '"__proto__": {"polluted": true}, "sid"'));
    const user = await client().conversations.v1.users(SID).fetch();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect((user as unknown as { polluted?: unknown }).polluted).toBeUndefined();
    expect(typeof user.fetch).toBe("function");
    raw(200, JSON.stringify({ sid: SID }));
    await expect(user.fetch()).resolves.toMatchObject({ sid: SID });
  });

  it("an error body with __proto__ keys still becomes a plain RestException", async () => {
    raw(400, '{"__proto__": {"polluted": true}, "code": 20001, "message": "bad", "details": {"__proto__": {"polluted": true}}}');
    const error = await client().conversations.v1.users(SID).fetch().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RestException);
    expect(error).toMatchObject({ status: 400, code: 20001, message: "bad" });
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("a timeout in the middle of a body is respected", async () => {
    stub.handler = (_, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.write('{"sid": "US');
      setTimeout(() => response.end('1"}'), 3_000).unref();
    };
    await expect(client({ timeout: 200 }).conversations.v1.users(SID).fetch()).rejects.toMatchObject({ name: "TimeoutError" });
  });

  it("an abort in the middle of a body is respected", async () => {
    stub.handler = (_, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.write('{"sid": "US');
      setTimeout(() => response.end('1"}'), 3_000).unref();
    };
    const controller = new AbortController();
    const call = client().conversations.v1.users(SID).fetch({ signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
  });

  it("a list page whose items are not objects is read as no items, not a crash", async () => {
    raw(200, JSON.stringify({ users: [null, 1, "x", [], { sid: SID }], meta: { key: "users", next_page_url: 42 } }));
    const users = await client().conversations.v1.users.list();
    expect(users.map((user) => user.sid)).toEqual([SID]);
  });
});


import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import twilio, { RequestValidationError, type HttpClientRequest, type UserInstance } from "../../generated/conversations-v1/dist/index.js";
import { HttpStub, json } from "../helpers/http-stub.ts";

// twilio-node's runtime behaviour, on the generated Conversations client against a real HTTP stub.
const stub = new HttpStub();
let baseUrl = "";
const ACCOUNT = `AC${"a".repeat(32)}`;
const SID = `US${"a".repeat(32)}`;
const user = (sid = SID) => ({ sid, identity: "ada", date_created: "2019-12-16T22:18:37Z", links: { user_conversations: "https://example.com" } });

beforeAll(async () => {
  baseUrl = await stub.start();
});
afterAll(() => stub.stop());
beforeEach(() => {
  stub.requests.length = 0;
  stub.handler = (request, response) => {
    if (request.method === "DELETE") return void response.writeHead(204, { "X-Request-Id": "RQ1" }).end();
    if (request.method === "GET" && request.url.startsWith("/v1/Users") && !request.url.startsWith(`/v1/Users/${SID}`)) return json(response, 200, { users: [user()], meta: { key: "users", next_page_url: null } }, { "X-Request-Id": "RQ1" });
    if (request.url.includes("/Conversations")) return json(response, 200, { conversations: [], meta: { key: "conversations", next_page_url: null } });
    json(response, request.method === "POST" && request.url === "/v1/Users" ? 201 : 200, user(), { "X-Request-Id": "RQ1" });
  };
});

const client = () => twilio(ACCOUNT, "token", { baseUrl });
const users = () => client().conversations.v1.users;
const sent = () => stub.requests.map((request) => `${request.method} ${request.url}${request.body === "" ? "" : ` ${request.body}`}`);

describe("required options", () => {
  it("a missing one is a rejection naming it, and nothing is sent", async () => {
    await expect(users().create({} as never)).rejects.toThrow(new RequestValidationError(`Required parameter "params['identity']" missing.`));
    await expect(users().create(undefined as never)).rejects.toThrow(new RequestValidationError('Required parameter "params" missing.'));
    await expect(users().create({ identity: null } as never)).rejects.toBeInstanceOf(RequestValidationError);
    expect(stub.requests).toHaveLength(0);
  });
});

describe("values on the wire", () => {
  it("null goes out as an empty value, which clears the field", async () => {
    await users()(SID).update({ friendlyName: null, attributes: "{}" } as never);
    expect(sent()).toEqual([`POST /v1/Users/${SID} FriendlyName=&Attributes=%7B%7D`]);
  });

  it("a Date keeps twilio-node's forms: no milliseconds for date-time parameters, toISOString() for string ones", async () => {
    const when = new Date("2024-05-06T07:08:09.123Z");
    await client().conversations.v1.conversations.create({ dateCreated: when });
    await client().conversations.v1.conversations("CH1").participants("MB1").update({ lastReadTimestamp: when as never });
    expect(sent()).toEqual(["POST /v1/Conversations DateCreated=2024-05-06T07%3A08%3A09Z", "POST /v1/Conversations/CH1/Participants/MB1 LastReadTimestamp=2024-05-06T07%3A08%3A09.123Z"]);
  });
});

describe("limit", () => {
  it.each([-1, 0, 1.5, Number.NaN])("list({ limit: %s }) is refused before anything is sent", async (limit) => {
    await expect(users().list({ limit })).rejects.toThrow("Parameter limit must be a positive integer");
    await expect(users().iterate({ limit }).next()).rejects.toThrow("Parameter limit must be a positive integer");
    expect(stub.requests).toHaveLength(0);
  });

  it("each({ limit: -1 }) hands the error to done and resolves, as twilio's each returns nothing to catch", async () => {
    let error: Error | undefined;
    await users().each({ limit: -1, done: (failure) => (error = failure) }, () => undefined);
    expect(error).toBeInstanceOf(TypeError);
    await expect(users().each({ limit: -1 }, () => undefined)).rejects.toBeInstanceOf(TypeError);
    expect(stub.requests).toHaveLength(0);
  });
});

describe("callback forms call back", () => {
  it("list(cb), page(cb), update(cb), fetch(cb), remove(cb), and create(params, cb)", async () => {
    const calls: string[] = [];
    const record = (name: string) => (error: Error | null, result?: unknown) => calls.push(`${name} ${error === null ? "ok" : error.name} ${Array.isArray(result) ? "array" : typeof result}`);
    await users().list(record("list"));
    await users().page(record("page"));
    await users()(SID).update(record("update"));
    await users()(SID).fetch(record("fetch"));
    await users()(SID).remove(record("remove"));
    await users().create({ identity: "ada" }, record("create"));
    expect(calls).toEqual(["list ok array", "page ok object", "update ok object", "fetch ok object", "remove ok boolean", "create ok object"]);
  });

  it("a failed call calls back with the error, and the promise a callback-only caller ignores raises no unhandled rejection", async () => {
    stub.handler = (_, response) => json(response, 404, { code: 20404, message: "not found" });
    const error = await new Promise<Error | null>((resolve) => void users()(SID).fetch((failure) => resolve(failure)));
    expect(error?.name).toBe("RestException");
  });
});

describe("*WithHttpInfo", () => {
  it("returns the status and headers with the result", async () => {
    const created = await users().createWithHttpInfo({ identity: "ada" });
    expect(created.statusCode).toBe(201);
    expect(created.headers["x-request-id"]).toBe("RQ1");
    expect(created.body.sid).toBe(SID);
    const removed = await users()(SID).removeWithHttpInfo();
    expect([removed.statusCode, removed.body]).toEqual([204, true]);
    const listed = await users().listWithHttpInfo({ limit: 1 });
    expect([listed.statusCode, listed.headers["x-request-id"], listed.body.length]).toEqual([200, "RQ1", 1]);
    const page = await users().pageWithHttpInfo();
    expect(page.body.instances[0]?.sid).toBe(SID);
  });
});

describe("instances", () => {
  it("carry child accessors as methods, from fetch, create, list, page and each", async () => {
    const fromEach = await new Promise<UserInstance>((resolve) => void users().each((item) => resolve(item)));
    const instances = [await users()(SID).fetch(), await users().create({ identity: "ada" }), (await users().list())[0]!, (await users().page()).instances[0]!, fromEach];
    stub.requests.length = 0;
    for (const instance of instances) await instance.userConversations().list();
    expect(sent()).toEqual(instances.map(() => `GET /v1/Users/${SID}/Conversations`));
  });

  it("toJSON(): an instance gives its fields, a context and a list their path values", async () => {
    const instance = await users()(SID).fetch();
    expect(instance.toJSON()).toEqual({ sid: SID, identity: "ada", dateCreated: new Date("2019-12-16T22:18:37Z"), links: { user_conversations: "https://example.com" } });
    expect(JSON.parse(JSON.stringify(instance))).toEqual({ sid: SID, identity: "ada", dateCreated: "2019-12-16T22:18:37.000Z", links: { user_conversations: "https://example.com" } });
    expect(users()(SID).toJSON()).toEqual({ sid: SID });
    expect(users()(SID).userConversations.toJSON()).toEqual({ userSid: SID });
    expect(users().toJSON()).toEqual({});
  });
});

describe("twilio-node's client options", () => {
  it("httpClient: each request goes through its request() in twilio-node's shape", async () => {
    const seen: HttpClientRequest[] = [];
    const httpClient = {
      request: async (options: HttpClientRequest) => (seen.push(options), { statusCode: 201, body: JSON.stringify(user()), headers: { "x-request-id": "RQ2" } }),
    };
    const created = await twilio(ACCOUNT, "token", { httpClient }).conversations.v1.users.createWithHttpInfo({ identity: "ada", friendlyName: "Ada" });
    expect([created.statusCode, created.headers["x-request-id"], created.body.identity]).toEqual([201, "RQ2", "ada"]);
    expect(seen).toMatchObject([{ method: "POST", uri: "https://conversations.twilio.com/v1/Users", username: ACCOUNT, password: "token", params: {}, data: { Identity: "ada", FriendlyName: "Ada" } }]);
    expect(stub.requests).toHaveLength(0);
  });

  it("env: credentials and TWILIO_BASE_URL come from it instead of process.env", async () => {
    const fromEnv = twilio(undefined, undefined, { env: { TWILIO_ACCOUNT_SID: ACCOUNT, TWILIO_AUTH_TOKEN: "secret", TWILIO_BASE_URL: baseUrl } });
    await fromEnv.conversations.v1.users(SID).fetch();
    expect(stub.requests[0]?.headers.authorization).toBe(`Basic ${btoa(`${ACCOUNT}:secret`)}`);
  });

  it("accepts the options that only tune twilio-node's own HTTP agent", () => {
    expect(() => twilio(ACCOUNT, "token", { lazyLoading: true, logLevel: "debug", keepAlive: true, maxSockets: 5, maxRetryDelay: 1_000 })).not.toThrow();
  });
});

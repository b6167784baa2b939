import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import twilio, { RequestValidationError, RestException } from "../../generated/conversations-v1/dist/index.js";
import flexTwilio from "../../generated/flex-v1/dist/index.js";
import { HttpStub, json } from "../helpers/http-stub.ts";
import { projectRoot } from "../helpers/project.ts";

const stub = new HttpStub();
let baseUrl = "";
const SID = `US${"a".repeat(32)}`;
const user = (sid = SID, extra: Record<string, unknown> = {}) => ({ sid, identity: "ada", date_created: "2019-12-16T22:18:37Z", ...extra });

beforeAll(async () => {
  baseUrl = await stub.start();
});
afterAll(() => stub.stop());
beforeEach(() => {
  stub.requests.length = 0;
  stub.handler = (request, response) => {
    if (request.method === "DELETE") return void response.writeHead(204).end();
    if (request.url.startsWith("/v1/Users?") || request.url === "/v1/Users") {
      const page = Number(new URL(request.url, "http://x").searchParams.get("Page") ?? "0");
      const next = page < 2 ? `https://conversations.twilio.com/v1/Users?PageSize=2&Page=${page + 1}` : null;
      if (request.method === "GET") return json(response, 200, { users: [user(`US${page}${"b".repeat(31)}`), user(`US${page}${"c".repeat(31)}`)], meta: { key: "users", next_page_url: next } });
    }
    json(response, request.method === "POST" && request.url === "/v1/Users" ? 201 : 200, user());
  };
});

const client = () => twilio("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "token", { baseUrl });

describe("path parameters are percent-encoded", () => {
  it.each([
    ["a/b", "/v1/Users/a%2Fb"],
    ["a#b", "/v1/Users/a%23b"],
    ["a?b", "/v1/Users/a%3Fb"],
  ])("users(%j).fetch() requests %s", async (value, path) => {
    await client().conversations.v1.users(value).fetch();
    expect(stub.requests.map((request) => request.url)).toEqual([path]);
  });

  it("rejects '..' as a promise and sends nothing", async () => {
    const call = client().conversations.v1.users("..").fetch();
    expect(call).toBeInstanceOf(Promise);
    await expect(call).rejects.toBeInstanceOf(RequestValidationError);
    expect(stub.requests).toHaveLength(0);
  });
});

describe("instances can act on themselves", () => {
  it("from create: fetch, update, remove and children use the returned sid", async () => {
    const created = await client().conversations.v1.users.create({ identity: "ada" });
    await created.fetch();
    await created.update({ friendlyName: "Ada" });
    await expect(created.remove()).resolves.toBe(true);
    await created.userConversations().list();
    expect(stub.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      "POST /v1/Users",
      `GET /v1/Users/${SID}`,
      `POST /v1/Users/${SID}`,
      `DELETE /v1/Users/${SID}`,
      `GET /v1/Users/${SID}/Conversations`,
    ]);
  });

  it("from list, page and each", async () => {
    const [first] = await client().conversations.v1.users.list({ limit: 1 });
    const page = await client().conversations.v1.users.page({ pageSize: 2 });
    let fromEach: { fetch(): Promise<unknown> } | undefined;
    await client().conversations.v1.users.each({ limit: 1 }, (item) => (fromEach = item));
    stub.requests.length = 0;
    await first!.fetch();
    await page.instances[1]!.fetch();
    await fromEach!.fetch();
    expect(stub.requests.map((request) => request.url)).toEqual([`/v1/Users/US0${"b".repeat(31)}`, `/v1/Users/US0${"c".repeat(31)}`, `/v1/Users/US0${"b".repeat(31)}`]);
  });

  it("serialize to their fields only", () => {
    return client()
      .conversations.v1.users.create({ identity: "ada" })
      .then((created) => expect(JSON.parse(JSON.stringify(created))).toEqual({ sid: SID, identity: "ada", dateCreated: "2019-12-16T22:18:37.000Z" }));
  });
});

describe("responses", () => {
  it("keep a missing date undefined instead of 'now'", async () => {
    stub.handler = (_, response) => json(response, 200, { sid: SID });
    const fetched = await client().conversations.v1.users(SID).fetch();
    expect(fetched.dateCreated).toBeUndefined();
    expect(fetched.dateUpdated).toBeUndefined();
  });

  it("reject Twilio errors with RestException", async () => {
    stub.handler = (_, response) => json(response, 404, { code: 20404, message: "not found", more_info: "https://www.twilio.com/docs/errors/20404", status: 404 });
    await expect(client().conversations.v1.users(SID).fetch()).rejects.toMatchObject({ name: "RestException", status: 404, code: 20404 });
    await expect(client().conversations.v1.users(SID).fetch()).rejects.toBeInstanceOf(RestException);
  });

  it("also call back, twilio-node style", async () => {
    const result = await new Promise<unknown>((resolve) => void client().conversations.v1.users(SID).fetch((error, item) => resolve(error ?? item?.sid)));
    expect(result).toBe(SID);
  });
});

describe("lists", () => {
  it("stop fetching pages when a for-await loop breaks", async () => {
    const seen: string[] = [];
    for await (const item of client().conversations.v1.users.iterate({ pageSize: 2 })) {
      seen.push(item.sid!);
      if (seen.length === 3) break;
    }
    expect(stub.requests.map((request) => request.url)).toEqual(["/v1/Users?PageSize=2", "/v1/Users?PageSize=2&Page=1"]);
  });

  it("cap a page size derived from limit at the list's maximum", async () => {
    await client().conversations.v1.users.list({ limit: 500 });
    expect(stub.requests[0]!.url).toBe("/v1/Users?PageSize=50");
  });

  it("send filters as query parameters with twilio-node's names", async () => {
    await client().conversations.v1.conversations.page({ state: "active", startDate: "2024-01-01", pageNumber: 2, pageToken: "PT1" });
    expect(stub.requests[0]!.url).toBe("/v1/Conversations?StartDate=2024-01-01&State=active&Page=2&PageToken=PT1");
  });
});

describe("the wire format", () => {
  it("puts form fields in spec order: dotted names, booleans, dates, repeated keys; header params as headers", async () => {
    await client().conversations.v1.conversations.create({ "timers.inactive": "PT1M", friendlyName: "Ops", dateCreated: new Date("2024-05-01T10:20:30.456Z"), xTwilioWebhookEnabled: "true" });
    await client().conversations.v1.addressConfigurations.create({ type: "sms", address: "+15005550006", "autoCreation.enabled": true, "autoCreation.webhookFilters": ["onMessageAdded", "onParticipantAdded"] });
    const [conversation, address] = stub.requests;
    expect(conversation!.body).toBe("FriendlyName=Ops&DateCreated=2024-05-01T10%3A20%3A30Z&Timers.Inactive=PT1M");
    expect(conversation!.headers["x-twilio-webhook-enabled"]).toBe("true");
    expect(address!.body).toBe("Type=sms&Address=%2B15005550006&AutoCreation.Enabled=true&AutoCreation.WebhookFilters=onMessageAdded&AutoCreation.WebhookFilters=onParticipantAdded");
  });

  it("sends flex's object form fields as JSON strings and its JSON operations as JSON", async () => {
    const flex = flexTwilio("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "token", { baseUrl });
    await flex.flexApi.v1.interaction.create({ channel: { type: "sms", initiated_by: "customer" }, routing: { properties: { workspace_sid: "WS1" } } });
    await flex.flexApi.v1.interaction("KDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").channels("UOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").transfers.create({ from: "WK1", to: "WK2", type: "warm" });
    const [interaction, transfer] = stub.requests;
    expect(new URLSearchParams(interaction!.body).get("Channel")).toBe('{"type":"sms","initiated_by":"customer"}');
    expect(new URLSearchParams(interaction!.body).get("Routing")).toBe('{"properties":{"workspace_sid":"WS1"}}');
    expect(transfer!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(transfer!.body)).toEqual({ from: "WK1", to: "WK2", type: "warm" });
  });
});

describe("the package", () => {
  const manifest = JSON.parse(readFileSync(join(projectRoot, "generated/conversations-v1/package.json"), "utf8")) as Record<string, unknown>;

  it("is ESM with no runtime dependencies", () => {
    expect(manifest["type"]).toBe("module");
    expect(manifest["dependencies"]).toBeUndefined();
    expect(manifest).toMatchObject({ name: "@twilio-codegen/conversations-v1", types: "./dist/index.d.ts", sideEffects: false });
    // The code, and the tables a server package reads from its installed client.
    expect(manifest["files"]).toEqual(["dist", "src", "calls.json", "mcp.json", "mcp.bindings.json", "routes.json"]);
  });

  it("imports nothing outside itself", () => {
    const dist = join(projectRoot, "generated/conversations-v1/dist");
    const importsOf = (file: string) => {
      const code = readFileSync(join(dist, file), "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
      return [...code.matchAll(/(?:from|import)\s*"([^"]+)"/g)].map((match) => match[1]!);
    };
    const entry = importsOf("index.js");
    expect(entry).toContain("./runtime/index.js");
    for (const specifier of entry) expect(specifier.startsWith("./"), `index.js imports ${specifier}`).toBe(true);
    // The runtime ships as one module with its files inlined, so it imports nothing at all.
    expect(importsOf("runtime/index.js")).toEqual([]);
  });
});

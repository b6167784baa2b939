import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { collectItems, eachItem, effectivePageSize, iterateItems, Page } from "../../templates/runtime/paging.ts";
import { toInstanceFields } from "../../templates/runtime/instances.ts";
import { DEFAULT_RETRY, retryDelayMs } from "../../templates/runtime/retry.ts";
import { Transport } from "../../templates/runtime/transport.ts";
import { HttpStub, json } from "../helpers/http-stub.ts";

const stub = new HttpStub();
let baseUrl = "";
const PAGES = 4;

beforeAll(async () => {
  baseUrl = await stub.start();
});
afterAll(() => stub.stop());
beforeEach(() => {
  stub.requests.length = 0;
  // Pages link to the real host, as Twilio's do: the client must rewrite them to baseUrl.
  stub.handler = (request, response) => {
    const page = Number(new URL(request.url, "http://x").searchParams.get("Page") ?? "0");
    const next = page + 1 < PAGES ? `https://conversations.twilio.com/v1/Users?PageSize=2&Page=${page + 1}` : null;
    json(response, 200, { users: [{ sid: `US${page}a` }, { sid: `US${page}b` }], meta: { key: "users", page, page_size: 2, next_page_url: next } });
  };
});

function firstPage(): Promise<Page<{ sid: string }>> {
  const transport = new Transport("AC1", "token", { baseUrl }, "test");
  const load = async (url: string, query: Array<[string, string]> = []): Promise<Page<{ sid: string }>> =>
    new Page(await transport.request({ method: "GET", url, query }), "users", (raw) => ({ sid: String(raw["sid"]) }), (next) => load(next));
  return load("https://conversations.twilio.com/v1/Users", [["PageSize", "2"]]);
}

describe("pagination", () => {
  it("follows next_page_url across all pages, rewritten to the base URL", async () => {
    const items = await collectItems(firstPage);
    expect(items.map((item) => item.sid)).toEqual(["US0a", "US0b", "US1a", "US1b", "US2a", "US2b", "US3a", "US3b"]);
    expect(stub.requests.map((request) => request.url)).toEqual(["/v1/Users?PageSize=2", "/v1/Users?PageSize=2&Page=1", "/v1/Users?PageSize=2&Page=2", "/v1/Users?PageSize=2&Page=3"]);
  });

  it("stops at limit without fetching further pages", async () => {
    expect((await collectItems(firstPage, 3)).map((item) => item.sid)).toEqual(["US0a", "US0b", "US1a"]);
    expect(stub.requests).toHaveLength(2);
  });

  it("stops fetching when a for-await loop breaks", async () => {
    const seen: string[] = [];
    for await (const item of iterateItems(firstPage)) {
      seen.push(item.sid);
      if (item.sid === "US1a") break;
    }
    expect(seen).toEqual(["US0a", "US0b", "US1a"]);
    expect(stub.requests).toHaveLength(2);
  });

  it("lets each() stop early with done()", async () => {
    const seen: string[] = [];
    let finished = false;
    await eachItem(firstPage, { callback: (item, done) => (seen.push(item.sid), item.sid === "US0b" && done()), done: () => (finished = true) });
    expect(seen).toEqual(["US0a", "US0b"]);
    expect(finished).toBe(true);
    expect(stub.requests).toHaveLength(1);
  });

  it("derives a page size from limit, capped at the list's maximum", () => {
    expect(effectivePageSize({ limit: 500 }, 50)).toBe(50);
    expect(effectivePageSize({ limit: 20 }, 50)).toBe(20);
    expect(effectivePageSize({ limit: 500, pageSize: 70 }, 50)).toBe(70);
    expect(effectivePageSize({}, 50)).toBeUndefined();
  });
});

describe("instance fields", () => {
  const dates = new Set(["date_created", "date_updated"]);

  it("are camelCase with Date for date fields, and a missing date stays undefined", () => {
    const fields = toInstanceFields({ sid: "US1", friendly_name: "Ada", date_created: "2016-03-24T21:05:50Z", date_updated: null, links: { conversations: "u" } }, dates);
    expect(fields).toEqual({ sid: "US1", friendlyName: "Ada", dateCreated: new Date("2016-03-24T21:05:50Z"), dateUpdated: null, links: { conversations: "u" } });
    expect(toInstanceFields({ sid: "US1" }, dates)["dateCreated"]).toBeUndefined();
  });

  it("parse api.twilio.com's RFC 2822 dates", () => {
    expect(toInstanceFields({ date_created: "Wed, 18 Aug 2010 20:01:40 +0000" }, dates)["dateCreated"]).toEqual(new Date("2010-08-18T20:01:40Z"));
  });

  it("never pollute prototypes from a __proto__ key", () => {
    const fields = toInstanceFields(JSON.parse('{"__proto__": {"polluted": true}, "sid": "US1"}') as Record<string, unknown>, dates);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect((fields as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("keep a field named __proto__ as a plain own property, with the prototype untouched", () => {
    const prototype = { fetch() {} };
    const fields = toInstanceFields(JSON.parse('{"__proto__": {"polluted": true}, "sid": "US1"}') as Record<string, unknown>, dates, (key) => key, Object.create(prototype) as object);
    expect(Object.getPrototypeOf(fields)).toBe(prototype);
    expect(Object.getOwnPropertyDescriptor(fields, "__proto__")).toEqual({ value: { polluted: true }, enumerable: true, writable: true, configurable: true });
    expect(Object.keys(fields)).toEqual(["__proto__", "sid"]);
  });
});

describe("backoff", () => {
  const policy = { ...DEFAULT_RETRY, autoRetry: true };

  it("is full-jitter exponential and capped", () => {
    expect(retryDelayMs(policy, 0, null, 0, () => 0.999)).toBe(99);
    expect(retryDelayMs(policy, 3, null, 0, () => 0.5)).toBe(400);
    expect(retryDelayMs(policy, 30, null, 0, () => 0.999)).toBeLessThanOrEqual(policy.maxDelayMs);
  });

  it("takes Retry-After in seconds or as a date, within the cap", () => {
    expect(retryDelayMs(policy, 0, "2", 0)).toBe(2000);
    expect(retryDelayMs(policy, 0, new Date(5_000).toUTCString(), 0)).toBe(5000);
    expect(retryDelayMs(policy, 0, "3600", 0)).toBe(policy.maxDelayMs);
  });
});

import { describe, expect, it } from "vitest";
import { expandPath, formBody, toWirePairs, type WireParameter } from "../../templates/runtime/serialize.ts";
import { RequestValidationError } from "../../templates/runtime/errors.ts";
import { rewriteUrl } from "../../templates/runtime/hosts.ts";

const parameters: WireParameter[] = [
  { key: "friendlyName", wire: "FriendlyName", kind: "string" },
  { key: "timers.inactive", wire: "Timers.Inactive", kind: "string" },
  { key: "enabled", wire: "Enabled", kind: "boolean" },
  { key: "filters", wire: "Filters", kind: "string", array: true },
  { key: "dateCreated", wire: "DateCreated", kind: "date-time" },
  { key: "day", wire: "Day", kind: "date" },
  { key: "channel", wire: "Channel", kind: "json" },
  { key: "count", wire: "Count", kind: "number" },
];

describe("form and query serialization", () => {
  it("keeps spec order and applies Twilio's wire formats", () => {
    const pairs = toWirePairs(parameters, {
      count: 3,
      channel: { type: "sms", initiated_by: "customer" },
      day: new Date("2024-05-01T00:00:00Z"),
      dateCreated: new Date("2024-05-01T10:20:30.456Z"),
      filters: ["onMessageAdded", "onConversationRemoved"],
      enabled: false,
      "timers.inactive": "PT1M",
      friendlyName: "Ada & Bob",
    });
    expect(pairs).toEqual([
      ["FriendlyName", "Ada & Bob"],
      ["Timers.Inactive", "PT1M"],
      ["Enabled", "false"],
      ["Filters", "onMessageAdded"],
      ["Filters", "onConversationRemoved"],
      ["DateCreated", "2024-05-01T10:20:30Z"],
      ["Day", "2024-05-01"],
      ["Channel", '{"type":"sms","initiated_by":"customer"}'],
      ["Count", "3"],
    ]);
    expect(formBody(pairs.slice(0, 1))).toBe("FriendlyName=Ada+%26+Bob");
  });

  it("leaves out absent values and passes JSON strings through", () => {
    expect(toWirePairs(parameters, { friendlyName: undefined, enabled: null, channel: '{"a":1}' })).toEqual([["Channel", '{"a":1}']]);
  });

  it("ignores inherited keys such as __proto__ tricks", () => {
    const options = JSON.parse('{"__proto__": {"friendlyName": "polluted"}}') as Record<string, unknown>;
    expect(toWirePairs(parameters, options)).toEqual([]);
  });
});

describe("path parameters are percent-encoded and cannot change the resource", () => {
  it.each([
    ["a/b", "/v1/Users/a%2Fb"],
    ["a#b", "/v1/Users/a%23b"],
    ["a?b", "/v1/Users/a%3Fb"],
    ["a..b", "/v1/Users/a..b"],
    ["US123", "/v1/Users/US123"],
  ])("%s", (value, expected) => {
    expect(expandPath("/v1/Users/{Sid}", { Sid: value })).toBe(expected);
    expect(new URL(`https://example.test${expected}`).pathname).toBe(expected);
  });

  it.each([[".."], ["."], [""]])("refuses %j", (value) => {
    expect(() => expandPath("/v1/Users/{Sid}", { Sid: value })).toThrow(RequestValidationError);
  });
});

describe("edge, region and baseUrl", () => {
  it.each([
    [{ edge: "sydney" }, "https://conversations.sydney.us1.twilio.com/v1/Users?PageSize=5"],
    [{ region: "au1" }, "https://conversations.au1.twilio.com/v1/Users?PageSize=5"],
    [{ edge: "dublin", region: "ie1" }, "https://conversations.dublin.ie1.twilio.com/v1/Users?PageSize=5"],
    [{ baseUrl: "http://127.0.0.1:4010" }, "http://127.0.0.1:4010/v1/Users?PageSize=5"],
    [{ baseUrl: "http://127.0.0.1:4010/proxy/", edge: "sydney" }, "http://127.0.0.1:4010/proxy/v1/Users?PageSize=5"],
    [{}, "https://conversations.twilio.com/v1/Users?PageSize=5"],
  ])("%j", (options, expected) => {
    expect(rewriteUrl("https://conversations.twilio.com/v1/Users?PageSize=5", options)).toBe(expected);
  });
});

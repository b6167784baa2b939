import { describe, expect, it } from "vitest";
import { checkLimit, checkRequired, splitArguments } from "../../templates/runtime/calls.ts";
import { RequestValidationError } from "../../templates/runtime/errors.ts";
import { fetchThrough, type HttpClientRequest } from "../../templates/runtime/http-client.ts";
import { toWirePairs } from "../../templates/runtime/serialize.ts";

const callback = () => undefined;
const signal = new AbortController().signal;

describe("twilio-node's argument forms", () => {
  it.each([
    ["(params, callback)", true, [{ a: 1 }, callback], { params: { a: 1 }, given: true, call: {}, callback }],
    ["(params, callOptions)", true, [{ a: 1 }, { signal }], { params: { a: 1 }, given: true, call: { signal }, callback: undefined }],
    ["(callback) first", true, [callback], { params: {}, given: false, call: {}, callback }],
    ["() with no params", true, [], { params: {}, given: false, call: {}, callback: undefined }],
    ["(callback) on a call without options", false, [callback], { params: {}, given: false, call: {}, callback }],
    ["(params, headers, callback) of a JSON body", true, [{ a: 1 }, { "X-A": "b" }, callback], { params: { a: 1 }, given: true, call: {}, callback, headers: { "X-A": "b" } }],
  ])("%s", (_, takesParams, args, expected) => {
    expect(splitArguments(takesParams as boolean, args as unknown[])).toEqual(expected);
  });
});

describe("refusals before anything is sent", () => {
  const operation = { method: "POST" as const, path: "/v1/Users", required: ["identity"] };

  it("names a missing required option as twilio-node does", () => {
    expect(() => checkRequired(operation, splitArguments(true, [{}]))).toThrow(new RequestValidationError(`Required parameter "params['identity']" missing.`));
    expect(() => checkRequired(operation, splitArguments(true, [{ identity: null }]))).toThrow(RequestValidationError);
    expect(() => checkRequired(operation, splitArguments(true, [callback]))).toThrow('Required parameter "params" missing.');
    expect(() => checkRequired(operation, splitArguments(true, [{ identity: "" }]))).not.toThrow();
  });

  it.each([0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, "5"])("refuses limit %s", (limit) => {
    expect(() => checkLimit({ limit })).toThrow(TypeError);
  });

  it("accepts a positive integer limit, or none", () => {
    expect(() => checkLimit({ limit: 1 })).not.toThrow();
    expect(() => checkLimit({})).not.toThrow();
  });
});

describe("null and Dates on the wire", () => {
  const parameters = [
    { key: "friendlyName", wire: "FriendlyName", kind: "string" as const },
    { key: "dateCreated", wire: "DateCreated", kind: "date-time" as const },
  ];

  it("null is an empty value in query and form, and left out of headers", () => {
    expect(toWirePairs(parameters, { friendlyName: null }, true)).toEqual([["FriendlyName", ""]]);
    expect(toWirePairs(parameters, { friendlyName: null })).toEqual([]);
  });

  it("a Date for a string parameter is toISOString(), for a date-time one has no milliseconds", () => {
    const when = new Date("2024-05-06T07:08:09.123Z");
    expect(toWirePairs(parameters, { friendlyName: when, dateCreated: when })).toEqual([
      ["FriendlyName", "2024-05-06T07:08:09.123Z"],
      ["DateCreated", "2024-05-06T07:08:09Z"],
    ]);
  });
});

describe("fetchThrough: a twilio-node httpClient behind fetch", () => {
  it("hands over method, uri, params, form data and credentials, and reads back the answer", async () => {
    const seen: HttpClientRequest[] = [];
    const fetchImpl = fetchThrough({ request: async (options) => (seen.push(options), { statusCode: 200, body: { ok: true }, headers: { "x-a": ["1", "2"] } }) });
    const response = await fetchImpl("https://api.example/v1/Things?A=1&A=2&B=3", {
      method: "POST",
      headers: { Authorization: `Basic ${btoa("AC1:secret")}`, "Content-Type": "application/x-www-form-urlencoded" },
      body: "Name=x&Tag=a&Tag=b",
    });
    expect(seen).toEqual([
      {
        method: "POST",
        uri: "https://api.example/v1/Things",
        params: { A: ["1", "2"], B: "3" },
        data: { Name: "x", Tag: ["a", "b"] },
        headers: { authorization: `Basic ${btoa("AC1:secret")}`, "content-type": "application/x-www-form-urlencoded" },
        username: "AC1",
        password: "secret",
        allowRedirects: false,
      },
    ]);
    expect([response.status, response.headers.get("x-a"), await response.json()]).toEqual([200, "1, 2", { ok: true }]);
  });

  it("answers a 204 with no body, and passes JSON bodies through as text", async () => {
    const seen: HttpClientRequest[] = [];
    const fetchImpl = fetchThrough({ request: async (options) => (seen.push(options), { statusCode: 204, body: "" }) });
    const response = await fetchImpl("https://api.example/v1/Things", { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"a":1}' });
    expect([response.status, await response.text(), seen[0]?.data]).toEqual([204, "", '{"a":1}']);
  });
});

import { describe, expect, it } from "vitest";
import { createDomain, type ApiFactory } from "../../templates/aggregate/domains.ts";
import { sharedRestException } from "../../templates/aggregate/errors.ts";
import { RestException } from "../../templates/runtime/errors.ts";

/** Stands in for a per-API package's `twilio()`: it records each call and returns `{ [domain]: { [version]: root } }`. */
function factory(domain: string, version: string, calls: unknown[][]): ApiFactory {
  return (...args) => {
    calls.push(args);
    return { [domain]: { [version]: { users: { list: "users of " + version } } } };
  };
}

describe("createDomain", () => {
  it("builds each version on first read, once, with the client's credentials", () => {
    const v1: unknown[][] = [];
    const v2: unknown[][] = [];
    const options = { timeout: 5 };
    const domain = createDomain({ name: "chat", versions: { v1: factory("chat", "v1", v1), v2: factory("chat", "v2", v2) }, shortcuts: {} }, { accountSid: "AC1", authToken: "token", options }, () => undefined) as Record<string, unknown>;
    expect([v1.length, v2.length]).toEqual([0, 0]);
    const first = domain["v2"];
    expect(domain["v2"]).toBe(first);
    expect(v2).toEqual([["AC1", "token", options]]);
    expect(v1).toEqual([]);
  });

  it("reads a shortcut through its version and warns once per name", () => {
    const warnings: string[] = [];
    const domain = createDomain({ name: "chat", versions: { v2: factory("chat", "v2", []) }, shortcuts: { users: "v2" } }, { accountSid: "AC1", authToken: "t", options: {} }, (text) => warnings.push(text)) as Record<string, { list: string }>;
    expect(domain["users"]!.list).toBe("users of v2");
    expect(domain["users"]!.list).toBe("users of v2");
    expect(warnings).toEqual(["users is deprecated. Use v2.users instead."]);
    expect(Object.keys(domain)).toEqual(["v2"]);
  });

  it("names the version when a package does not provide it", () => {
    const domain = createDomain({ name: "chat", versions: { v3: factory("chat", "v2", []) }, shortcuts: {} }, { accountSid: "AC1", authToken: "t", options: {} }, () => undefined) as Record<string, unknown>;
    expect(() => domain["v3"]).toThrow("twilio: the package for chat.v3 did not provide it");
  });
});

describe("sharedRestException", () => {
  it("answers instanceof for an error of any package's class, and nothing else", () => {
    class OtherPackageRestException extends Error {
      readonly status = 404;
      readonly code = 20404;
      readonly moreInfo = undefined;
      readonly details = undefined;
    }
    const Shared = sharedRestException(RestException, [RestException, OtherPackageRestException]);
    expect(new RestException(404, { code: 20404 }, "")).toBeInstanceOf(Shared);
    expect(new OtherPackageRestException("x")).toBeInstanceOf(Shared);
    expect(new Error("plain")).not.toBeInstanceOf(Shared);
    expect(new Shared(429, { code: 20429 }, "")).toMatchObject({ status: 429, code: 20429, name: "RestException" });
  });
});

import { describe, expect, it } from "vitest";
import { baseUrlVariable, credentialsFromEnvironment } from "../../templates/server/shared/credentials.ts";

const SID = `AC${"1".repeat(32)}`;
const KEY = `SK${"2".repeat(32)}`;

describe("credentials from the variables a capability names", () => {
  it.each([
    ["declared basic variables win when both are set", { ACME_USER: SID, ACME_PASS: "p", TWILIO_ACCOUNT_SID: `AC${"9".repeat(32)}`, TWILIO_AUTH_TOKEN: "t" }, { username: "ACME_USER", password: "ACME_PASS" }, { username: SID, password: "p" }],
    ["half-set declared variables fall back to the standard ones", { ACME_USER: SID, TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: "t" }, { username: "ACME_USER", password: "ACME_PASS" }, { username: SID, password: "t" }],
    ["an API key in a declared variable takes its account from TWILIO_ACCOUNT_SID", { ACME_USER: KEY, ACME_PASS: "s", TWILIO_ACCOUNT_SID: SID }, { username: "ACME_USER", password: "ACME_PASS" }, { username: KEY, password: "s", accountSid: SID }],
    ["a declared bearer token becomes the client's access token", { ACME_TOKEN: "tok" }, { token: "ACME_TOKEN" }, { username: "", password: "", accessToken: "tok" }],
  ])("%s", (_, environment, declared, expected) => {
    expect(credentialsFromEnvironment(environment, declared)).toEqual(expected);
  });

  it("refuses an API key without its account, naming the variable", () => {
    expect(() => credentialsFromEnvironment({ ACME_USER: KEY, ACME_PASS: "s" }, { username: "ACME_USER", password: "ACME_PASS" })).toThrow(/ACME_USER holds an API key, which also needs TWILIO_ACCOUNT_SID/);
  });

  it("gives each API its own upstream when TWILIO_BASE_URL_<API> is set, and the rest TWILIO_BASE_URL", () => {
    const environment = { TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: "t", TWILIO_BASE_URL: "http://127.0.0.1:1", [baseUrlVariable("flex-v1")]: "http://127.0.0.1:2" };
    expect(baseUrlVariable("flex-v1")).toBe("TWILIO_BASE_URL_FLEX_V1");
    expect(credentialsFromEnvironment(environment, undefined, ["conversations-v1", "flex-v1"])).toEqual({ username: SID, password: "t", baseUrl: "http://127.0.0.1:1", baseUrls: { "flex-v1": "http://127.0.0.1:2" } });
  });
});

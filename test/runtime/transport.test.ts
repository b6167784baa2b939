import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RestException, ResponseParseError } from "../../templates/runtime/errors.ts";
import { Transport, type ClientOptions } from "../../templates/runtime/transport.ts";
import { HttpStub, json } from "../helpers/http-stub.ts";

const stub = new HttpStub();
let baseUrl = "";

beforeAll(async () => {
  baseUrl = await stub.start();
});
afterAll(() => stub.stop());
beforeEach(() => {
  stub.requests.length = 0;
  stub.handler = (_, response) => json(response, 200, { sid: "US1" });
});

const transport = (options: ClientOptions = {}) => new Transport("ACxxxxxxxx", "token", { baseUrl, ...options }, "test-client/1.0.0");
const USERS = "https://conversations.twilio.com/v1/Users";

describe("requests", () => {
  it("send Basic auth, a User-Agent that names the client, and a form body", async () => {
    const body = await transport({ userAgentExtensions: ["my-app/2"] }).request({ method: "POST", url: USERS, form: [["Identity", "ada"], ["Filters", "a"], ["Filters", "b"]], headers: [["X-Twilio-Webhook-Enabled", "true"]] });
    expect(body).toEqual({ sid: "US1" });
    const [request] = stub.requests;
    expect(request).toMatchObject({ method: "POST", url: "/v1/Users", body: "Identity=ada&Filters=a&Filters=b" });
    expect(request!.headers["authorization"]).toBe(`Basic ${Buffer.from("ACxxxxxxxx:token").toString("base64")}`);
    expect(request!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(request!.headers["x-twilio-webhook-enabled"]).toBe("true");
    expect(request!.headers["user-agent"]).toMatch(/^test-client\/1\.0\.0 node\/v\d+.* my-app\/2$/);
  });

  it("put query parameters in the query string and send JSON bodies as JSON", async () => {
    await transport().request({ method: "GET", url: USERS, query: [["PageSize", "5"]] });
    await transport().request({ method: "POST", url: USERS, json: { a: [1, 2] } });
    expect(stub.requests[0]!.url).toBe("/v1/Users?PageSize=5");
    expect(stub.requests[1]!.headers["content-type"]).toBe("application/json");
    expect(stub.requests[1]!.body).toBe('{"a":[1,2]}');
  });

  it("use the fetch option when given", async () => {
    const seen: string[] = [];
    const fetchSpy: typeof fetch = (input, init) => {
      seen.push(String(input));
      return fetch(input, init);
    };
    await transport({ fetch: fetchSpy }).request({ method: "GET", url: USERS });
    expect(seen).toEqual([`${baseUrl}/v1/Users`]);
  });

  it("require accountSid with an API key", () => {
    expect(() => new Transport("SKxxxx", "secret", {}, "c")).toThrow(/accountSid is required/);
    expect(new Transport("SKxxxx", "secret", { accountSid: "AC1" }, "c").accountSid).toBe("AC1");
  });
});

describe("errors are rejected promises", () => {
  it("turn Twilio error bodies into RestException", async () => {
    stub.handler = (_, response) => json(response, 404, { code: 20404, message: "The requested resource was not found", more_info: "https://www.twilio.com/docs/errors/20404", status: 404, details: { hint: "x" } });
    const call = transport().request({ method: "GET", url: `${USERS}/US404` });
    await expect(call).rejects.toBeInstanceOf(RestException);
    await expect(call).rejects.toMatchObject({ status: 404, code: 20404, message: "The requested resource was not found", moreInfo: "https://www.twilio.com/docs/errors/20404", details: { hint: "x" } });
  });

  it("keep a non-JSON error body readable", async () => {
    stub.handler = (_, response) => {
      response.writeHead(502, { "Content-Type": "text/html" });
      response.end("<html>Bad gateway</html>");
    };
    await expect(transport().request({ method: "GET", url: USERS })).rejects.toMatchObject({ name: "RestException", status: 502, message: "<html>Bad gateway</html>" });
  });

  it("reject a 2xx body that is not JSON with a typed error", async () => {
    stub.handler = (_, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end('{"sid": "US1", "trunc');
    };
    await expect(transport().request({ method: "GET", url: USERS })).rejects.toBeInstanceOf(ResponseParseError);
  });

  it("resolve an empty 204 as undefined", async () => {
    stub.handler = (_, response) => {
      response.writeHead(204);
      response.end();
    };
    await expect(transport().request({ method: "DELETE", url: `${USERS}/US1` })).resolves.toBeUndefined();
  });
});

describe("time limits", () => {
  it("time out a slow answer", async () => {
    stub.handler = (_, response) => setTimeout(() => json(response, 200, {}), 2_000).unref();
    await expect(transport({ timeout: 100 }).request({ method: "GET", url: USERS })).rejects.toMatchObject({ name: "TimeoutError" });
  });

  it("time out in the middle of a body", async () => {
    stub.handler = (_, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.write('{"sid": ');
      setTimeout(() => response.end('"US1"}'), 2_000).unref();
    };
    await expect(transport({ timeout: 150 }).request({ method: "GET", url: USERS })).rejects.toMatchObject({ name: "TimeoutError" });
  });

  it("honour an AbortSignal", async () => {
    stub.handler = (_, response) => setTimeout(() => json(response, 200, {}), 2_000).unref();
    const controller = new AbortController();
    const call = transport().request({ method: "GET", url: USERS, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe("retries", () => {
  const failingThen = (statuses: number[], retryAfter?: string) => {
    let calls = 0;
    stub.handler = (_, response) => {
      const status = statuses[calls++] ?? 200;
      json(response, status, status === 200 ? { ok: true } : { code: 20429, message: "Too many requests" }, retryAfter === undefined ? {} : { "Retry-After": retryAfter });
    };
  };

  it("are off by default", async () => {
    failingThen([429]);
    await expect(transport().request({ method: "GET", url: USERS })).rejects.toMatchObject({ status: 429 });
    expect(stub.requests).toHaveLength(1);
  });

  it("retry 429 with backoff until success", async () => {
    failingThen([429, 429]);
    await expect(transport({ autoRetry: true }).request({ method: "POST", url: USERS, form: [] })).resolves.toEqual({ ok: true });
    expect(stub.requests).toHaveLength(3);
  });

  it("honour Retry-After", async () => {
    failingThen([429], "1");
    const started = Date.now();
    await transport({ autoRetry: true }).request({ method: "GET", url: USERS });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("retry 503 only on idempotent requests", async () => {
    failingThen([503]);
    await expect(transport({ autoRetry: true }).request({ method: "GET", url: USERS })).resolves.toEqual({ ok: true });
    failingThen([503]);
    stub.requests.length = 0;
    await expect(transport({ autoRetry: true }).request({ method: "POST", url: USERS, form: [] })).rejects.toMatchObject({ status: 503 });
    expect(stub.requests).toHaveLength(1);
  });

  it("stop after maxRetries", async () => {
    failingThen([429, 429, 429, 429]);
    await expect(transport({ autoRetry: true, maxRetries: 2 }).request({ method: "GET", url: USERS })).rejects.toMatchObject({ status: 429 });
    expect(stub.requests).toHaveLength(3);
  });
});

describe("OAuth2 access tokens", () => {
  it("are sent as a bearer token, with no account SID or auth token needed", async () => {
    await new Transport("", "", { baseUrl, accessToken: "tok-123" }, "test").request({ method: "GET", url: USERS });
    expect(stub.requests.at(-1)!.headers["authorization"]).toBe("Bearer tok-123");
  });
});

describe("redirects, which are never followed", () => {
  it("resolve a GET answered 3xx with a JSON body, as OAuth's authorize answers by its spec", async () => {
    stub.handler = (_, response) => json(response, 302, { redirect_to: "https://www.twilio.com/authorize?state=x" }, { Location: "https://www.twilio.com/authorize?state=x" });
    await expect(transport().request({ method: "GET", url: USERS })).resolves.toEqual({ redirect_to: "https://www.twilio.com/authorize?state=x" });
    expect(stub.requests).toHaveLength(1);
  });

  it("reject a bare redirect, and any redirect of a write, without following it", async () => {
    stub.handler = (_, response) => response.writeHead(302, { Location: `${baseUrl}/elsewhere` }).end();
    await expect(transport().request({ method: "GET", url: USERS })).rejects.toMatchObject({ name: "RestException", status: 302, message: expect.stringContaining("not followed") });
    stub.handler = (_, response) => json(response, 307, { sid: "US1" }, { Location: `${baseUrl}/elsewhere` });
    await expect(transport().request({ method: "POST", url: USERS, form: [["Identity", "ada"]] })).rejects.toMatchObject({ status: 307 });
    expect(stub.requests.map((request) => request.url)).toEqual(["/v1/Users", "/v1/Users"]);
  });
});

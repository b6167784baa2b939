import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import twilio from "twilio";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { webhook } from "../../templates/helpers/index.ts";

const TOKEN = "12345678901234567890123456789012";

/** Express 5 as installed (no type package in this project): only the calls used here. */
interface ExpressApp extends RequestListener {
  post(path: string, ...handlers: unknown[]): void;
}
interface ExpressModule {
  (): ExpressApp;
  urlencoded(options: object): unknown;
  json(options: object): unknown;
  text(options: object): unknown;
}
const express = createRequire(import.meta.url)("express") as ExpressModule;

const servers: Array<{ close(): unknown }> = [];
afterAll(() => servers.forEach((server) => server.close()));
afterEach(() => vi.unstubAllEnvs());

async function listen(listener: RequestListener): Promise<string> {
  const server: Server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push({ close: () => (server.closeAllConnections(), server.close()) });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

interface Sent {
  status: number;
  text: string;
}

/** One POST, bounded in time; `sign` says which URL and parameters the signature covers. */
async function post(url: string, body: string, contentType: string, signature: string | undefined): Promise<Sent> {
  const headers: Record<string, string> = { "Content-Type": contentType };
  if (signature !== undefined) headers["X-Twilio-Signature"] = signature;
  const response = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(10_000) });
  return { status: response.status, text: await response.text() };
}

const form = (fields: Record<string, string | string[]>) => {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) search.append(name, item);
  return search.toString();
};

const FIELDS = { Body: "Grüße 👋 & more", From: "+15005550006", MediaUrl: ["b", "a"] };
const JSON_BODY = JSON.stringify({ EventType: "onMessageAdded", Body: "naïve 🎉" });

interface Case {
  name: string;
  path: string;
  body: string;
  type: string;
  /** The URL and parameters to sign, or no signature header. */
  sign?: { url: string; params: object };
}

/** The requests every flavour must answer as twilio-node's middleware does. */
function cases(base: string, path: string): Case[] {
  const formUrl = `${base}${path}?a=1`;
  const jsonUrl = `${base}${path}?bodySHA256=${twilio.getExpectedBodyHash(JSON_BODY)}`;
  return [
    { name: "a signed form post", path: `${path}?a=1`, body: form(FIELDS), type: "application/x-www-form-urlencoded", sign: { url: formUrl, params: FIELDS } },
    { name: "no signature header", path: `${path}?a=1`, body: form(FIELDS), type: "application/x-www-form-urlencoded" },
    { name: "a signature for other parameters", path: `${path}?a=1`, body: form({ ...FIELDS, Body: "changed" }), type: "application/x-www-form-urlencoded", sign: { url: formUrl, params: FIELDS } },
    { name: "a signature for another URL", path: `${path}?a=2`, body: form(FIELDS), type: "application/x-www-form-urlencoded", sign: { url: formUrl, params: FIELDS } },
    { name: "a signed JSON post", path: jsonUrl.slice(base.length), body: JSON_BODY, type: "application/json", sign: { url: jsonUrl, params: {} } },
    { name: "a JSON post whose body was changed", path: jsonUrl.slice(base.length), body: JSON_BODY.replace("naïve", "naive"), type: "application/json", sign: { url: jsonUrl, params: {} } },
  ];
}

async function send(base: string, testCase: Case): Promise<Sent> {
  const signature = testCase.sign && twilio.getExpectedTwilioSignature(TOKEN, testCase.sign.url, testCase.sign.params);
  return post(`${base}${testCase.path}`, testCase.body, testCase.type, signature);
}

const EXPECTED_STATUS: Record<string, number> = {
  "a signed form post": 200,
  "no signature header": 400,
  "a signature for other parameters": 403,
  "a signature for another URL": 403,
  "a signed JSON post": 200,
  "a JSON post whose body was changed": 403,
};

describe("webhook() in Express, side by side with twilio-node's", () => {
  let base = "";
  beforeAll(async () => {
    const app = express();
    const rawBody = { verify: (request: { rawBody?: string }, _: unknown, buffer: Uint8Array) => (request.rawBody = Buffer.from(buffer).toString("utf8")) };
    const parsers = [express.urlencoded({ extended: false, ...rawBody }), express.json(rawBody)];
    const done = (request: { body?: unknown }, response: ServerResponse & { send(body: string): void }) => response.send(`ok ${JSON.stringify(request.body)}`);
    app.post("/theirs{/*rest}", ...parsers, twilio.webhook(TOKEN), done);
    app.post("/ours{/*rest}", ...parsers, webhook(TOKEN), done);
    app.post("/ours-unparsed", webhook(TOKEN), done);
    app.post("/ours-text", express.text({ type: "*/*" }), webhook(TOKEN), done);
    app.post("/ours-throws", webhook(TOKEN), () => {
      throw new Error("handler failed");
    });
    base = await listen(app);
  });

  it("answers every case with twilio-node's status and text", async () => {
    for (const path of ["/ours", "/ours-unparsed", "/ours-text"]) {
      for (const [index, testCase] of cases(base, path).entries()) {
        const theirs = await send(base, cases(base, "/theirs")[index]!);
        const ours = await send(base, testCase);
        expect(theirs.status, `${testCase.name} (twilio-node)`).toBe(EXPECTED_STATUS[testCase.name]);
        expect({ status: ours.status, text: ours.status === 200 ? "ok" : ours.text }, `${path}: ${testCase.name}`).toEqual({ status: theirs.status, text: theirs.status === 200 ? "ok" : theirs.text });
      }
    }
  });

  it("passes an error thrown after it read the body to Express's error handling, as async middleware does", async () => {
    const [signedForm] = cases(base, "/ours-throws");
    const answer = await send(base, signedForm!);
    expect(answer.status).toBe(500);
    expect(answer.text).toContain("handler failed");
  });

  it("keeps a %3F in the path as received, where twilio-node's rebuilt URL turns it into a second ?", async () => {
    const path = (prefix: string) => `${prefix}/a%3Fb?c=1`;
    const signedFor = (prefix: string) => twilio.getExpectedTwilioSignature(TOKEN, `${base}${path(prefix)}`, FIELDS);
    expect((await post(`${base}${path("/ours")}`, form(FIELDS), "application/x-www-form-urlencoded", signedFor("/ours"))).status).toBe(200);
    expect((await post(`${base}${path("/theirs")}`, form(FIELDS), "application/x-www-form-urlencoded", signedFor("/theirs"))).status).toBe(403);
  });

  it("leaves the form fields it read from an unparsed body on req.body", async () => {
    const [signedForm] = cases(base, "/ours-unparsed");
    const answer = await send(base, signedForm!);
    expect(JSON.parse(answer.text.slice(3))).toEqual(FIELDS);
  });
});

describe("webhook() options and environment, as twilio-node reads them", () => {
  async function serveWith(middleware: (request: IncomingMessage, response: ServerResponse, next: () => void) => void): Promise<string> {
    return listen((request, response) => middleware(request, response, () => response.end("ok")));
  }

  it("takes TWILIO_AUTH_TOKEN from the environment when no token is given, and answers 500 without one", async () => {
    vi.stubEnv("TWILIO_AUTH_TOKEN", TOKEN);
    const withEnvironment = await serveWith(webhook());
    vi.stubEnv("TWILIO_AUTH_TOKEN", "");
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const without = await serveWith(webhook({ validate: true }));
    const [signed] = cases(withEnvironment, "/x");
    expect((await send(withEnvironment, signed!)).status).toBe(200);
    const answer = await send(without, cases(without, "/x")[0]!);
    expect(answer).toEqual({ status: 500, text: "Webhook Error - we attempted to validate this request without first configuring our auth token." });
    expect(errors).toHaveBeenCalledOnce();
  });

  it("validates against the configured url, or host and protocol, instead of the request's", async () => {
    const viaUrl = await serveWith(webhook(TOKEN, { url: "https://hooks.example.com/sms" }));
    const viaHost = await serveWith(webhook({ host: "hooks.example.com", protocol: "https", authToken: TOKEN }));
    const signature = twilio.getExpectedTwilioSignature(TOKEN, "https://hooks.example.com/sms", FIELDS);
    expect((await post(`${viaUrl}/anything`, form(FIELDS), "application/x-www-form-urlencoded", signature)).status).toBe(200);
    expect((await post(`${viaHost}/sms`, form(FIELDS), "application/x-www-form-urlencoded", signature)).status).toBe(200);
    expect((await post(`${viaHost}/other`, form(FIELDS), "application/x-www-form-urlencoded", signature)).status).toBe(403);
  });

  it("validates a GET webhook, whose signature covers the URL and its query alone", async () => {
    const server = await serveWith(webhook(TOKEN));
    const url = `${server}/voice?CallSid=CA1&From=%2B15005550006&Digits=1%232`;
    const signature = twilio.getExpectedTwilioSignature(TOKEN, url, {});
    const get = (candidate: string) => fetch(url, { headers: { "X-Twilio-Signature": candidate }, signal: AbortSignal.timeout(10_000) }).then((response) => response.status);
    expect(await get(signature)).toBe(200);
    expect(await get(twilio.getExpectedTwilioSignature(TOKEN, url.replace("Digits=1", "Digits=9"), {}))).toBe(403);
  });

  it("hands every request on with validate: false", async () => {
    const open = await serveWith(webhook({ validate: false }));
    expect(await post(`${open}/x`, "a=1", "application/x-www-form-urlencoded", undefined)).toEqual({ status: 200, text: "ok" });
  });

  it("refuses a body over 1 MiB without buffering it all", async () => {
    const server = await serveWith(webhook(TOKEN));
    const answer = await post(`${server}/x`, `Body=${"x".repeat(1024 * 1024 + 1)}`, "application/x-www-form-urlencoded", "sig");
    expect(answer.status).toBe(413);
  });
});

describe("webhook() as Hono middleware", () => {
  let base = "";
  const app = new Hono<{ Bindings: { TWILIO_AUTH_TOKEN?: string } }>();
  app.post("/hook", webhook(TOKEN), async (c) => c.text(`ok ${JSON.stringify(c.req.header("content-type")?.includes("json") ? await c.req.json() : await c.req.parseBody({ all: true }))}`));
  // No token configured, whatever the environment of the test run holds.
  vi.stubEnv("TWILIO_AUTH_TOKEN", "");
  app.use("/bound", webhook());
  app.post("/bound", (c) => c.text("ok"));

  beforeAll(async () => {
    base = await new Promise<string>((resolve) => {
      const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => resolve(`http://127.0.0.1:${info.port}`));
      servers.push(server);
    });
  });

  it("answers every case as twilio-node's Express middleware does, over real HTTP", async () => {
    for (const testCase of cases(base, "/hook")) {
      const answer = await send(base, testCase);
      expect(answer.status, testCase.name).toBe(EXPECTED_STATUS[testCase.name]);
    }
  });

  it("leaves the body readable for the handler", async () => {
    const [signedForm, , , , signedJson] = cases(base, "/hook");
    expect(JSON.parse((await send(base, signedForm!)).text.slice(3))).toEqual(FIELDS);
    expect(JSON.parse((await send(base, signedJson!)).text.slice(3))).toEqual(JSON.parse(JSON_BODY));
  });

  it("validates against a configured host and protocol, or url, when a proxy stands in front", async () => {
    const proxied = new Hono();
    proxied.post("/a/*", webhook(TOKEN, { host: "hooks.example.com", protocol: "https" }), (c) => c.text("ok"));
    proxied.post("/b/*", webhook({ authToken: TOKEN, url: "https://hooks.example.com/fixed" }), (c) => c.text("ok"));
    const request = (path: string, signedUrl: string) =>
      proxied.request(`http://127.0.0.1:8080${path}`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": twilio.getExpectedTwilioSignature(TOKEN, signedUrl, FIELDS) }, body: form(FIELDS) });
    expect((await request("/a/sms?x=1", "https://hooks.example.com/a/sms?x=1")).status).toBe(200);
    expect((await request("/a/sms?x=1", "http://127.0.0.1:8080/a/sms?x=1")).status).toBe(403);
    expect((await request("/b/anything", "https://hooks.example.com/fixed")).status).toBe(200);
  });

  it("refuses a body over 1 MiB, with or without a Content-Length", async () => {
    const large = `Body=${"x".repeat(1024 * 1024 + 1)}`;
    expect((await post(`${base}/hook`, large, "application/x-www-form-urlencoded", "sig")).status).toBe(413);
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < 17; index++) controller.enqueue(new Uint8Array(64 * 1024).fill(120));
        controller.close();
      },
    });
    const init = { method: "POST", headers: { "X-Twilio-Signature": "sig" }, body: streamed, duplex: "half" } as RequestInit;
    expect((await app.request("http://127.0.0.1/hook", init)).status).toBe(413);
  });

  it("finds the auth token in the Workers bindings when none was configured", async () => {
    const url = "http://127.0.0.1/bound";
    const signature = twilio.getExpectedTwilioSignature(TOKEN, url, FIELDS);
    const init = { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature }, body: form(FIELDS) };
    expect((await app.request(url, init, { TWILIO_AUTH_TOKEN: TOKEN })).status).toBe(200);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect((await app.request(url, init, {})).status).toBe(500);
  });
});

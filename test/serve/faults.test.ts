import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTarget } from "../../templates/server/shared/target.ts";
import { HttpStub, json } from "../helpers/http-stub.ts";
import { projectRoot } from "../helpers/project.ts";
import { MCP_HEADERS, startMcp, startRest, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, toolCall, type RunningServer } from "../helpers/servers.ts";

const gc = (globalThis as { gc?: () => void }).gc;
const TIMEOUT_MS = 2_000;
/** A call that hangs must fail the test, not stall the suite. */
const HANG_LIMIT_MS = 15_000;
const target = loadTarget(join(projectRoot, "generated"), "conversations-users");
const fetchRoute = target.routes.find((route) => route.operation.operationId === "FetchUser")!;
const fetchTool = Object.entries(target.bindings).find(([, binding]) => binding.operationId === "FetchUser")![0];
const USER = "USaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

/** An upstream that accepts every request and never answers it. */
class HangingUpstream {
  private readonly server: Server = createServer(() => {});
  readonly held: ServerResponse[] = [];
  async start(): Promise<string> {
    this.server.on("request", (_, response) => this.held.push(response));
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Forces collections while a call waits: the time limit must fire all the same. */
async function underCollections<T>(call: Promise<T>): Promise<{ outcome: T | Error; elapsedMs: number }> {
  const started = performance.now();
  const collector = setInterval(() => gc!(), 50);
  try {
    const outcome = await call.catch((error: unknown) => error as Error);
    return { outcome, elapsedMs: performance.now() - started };
  } finally {
    clearInterval(collector);
  }
}

function restFetch(server: RunningServer, signal?: AbortSignal): Promise<Response> {
  return fetch(`${server.url}${fetchRoute.path.replace("{sid}", USER)}`, signal ? { signal } : {});
}

async function mcpFetch(server: RunningServer, id = 1): Promise<{ isError?: boolean; text: string }> {
  const response = await fetch(server.url, { method: "POST", headers: MCP_HEADERS, body: toolCall(fetchTool, { Sid: USER }, id) });
  const message = (await response.json()) as { result?: { isError?: boolean; content: Array<{ text: string }> } };
  return { isError: message.result?.isError, text: message.result?.content.map((part) => part.text).join("\n") ?? JSON.stringify(message) };
}

describe("an upstream that never answers, with garbage collections forced while waiting", () => {
  const upstream = new HangingUpstream();
  let upstreamUrl = "";

  beforeAll(async () => {
    expect(gc, "vitest runs with --expose-gc").toBeTypeOf("function");
    upstreamUrl = await upstream.start();
  });
  afterAll(() => upstream.stop());

  it("the client rejects with a time-out within 3 s, though the caller passed { signal }", async () => {
    const module = (await import(pathToFileURL(join(projectRoot, "generated/conversations-v1/dist/index.js")).href)) as { default: (sid: string, token: string, options: object) => { conversations: { v1: { users: (sid: string) => { fetch: (call: object) => Promise<unknown> } } } } };
    const client = module.default(TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, { baseUrl: upstreamUrl, timeout: TIMEOUT_MS });
    const { outcome, elapsedMs } = await underCollections(client.conversations.v1.users(USER).fetch({ signal: new AbortController().signal }));
    expect(outcome).toMatchObject({ name: "TimeoutError" });
    expect(elapsedMs).toBeLessThan(3_000);
  }, HANG_LIMIT_MS);

  it("the REST adapter answers 504 within 3 s", async () => {
    const server = await startRest({ upstreamUrl, timeoutMs: TIMEOUT_MS });
    try {
      const { outcome, elapsedMs } = await underCollections(restFetch(server, new AbortController().signal));
      expect((outcome as Response).status).toBe(504);
      expect(elapsedMs).toBeLessThan(3_000);
    } finally {
      await server.close();
    }
  }, HANG_LIMIT_MS);

  it("the MCP server answers isError saying it timed out within 3 s", async () => {
    const server = await startMcp({ upstreamUrl, timeoutMs: TIMEOUT_MS });
    try {
      const { outcome, elapsedMs } = await underCollections(mcpFetch(server));
      expect(outcome).toMatchObject({ isError: true, text: expect.stringContaining("timed out") });
      expect(elapsedMs).toBeLessThan(3_000);
    } finally {
      await server.close();
    }
  }, HANG_LIMIT_MS);

  it.each(["rest", "mcp"] as const)("%s: 50 concurrent calls all answer within timeout + 1 s, and memory stays flat", async (kind) => {
    const server = kind === "rest" ? await startRest({ upstreamUrl, timeoutMs: TIMEOUT_MS }) : await startMcp({ upstreamUrl, timeoutMs: TIMEOUT_MS });
    try {
      const call = () => (kind === "rest" ? restFetch(server).then((response) => response.status) : mcpFetch(server).then((result) => result.text));
      // One call first, so the measured ones do not pay for loading and compiling the server's code.
      await call();
      gc!();
      const before = process.memoryUsage().heapUsed;
      const timed = () => {
        const sent = performance.now();
        return call().then((answer) => ({ answer, elapsedMs: performance.now() - sent }));
      };
      const answers = await Promise.all(Array.from({ length: 50 }, timed));
      for (const { answer, elapsedMs } of answers) {
        expect(answer).toEqual(kind === "rest" ? 504 : expect.stringContaining("timed out"));
        expect(elapsedMs).toBeLessThan(TIMEOUT_MS + 1_000);
      }
      gc!();
      expect(process.memoryUsage().heapUsed - before).toBeLessThan(32 * 1024 * 1024);
    } finally {
      await server.close();
    }
  }, HANG_LIMIT_MS);
});

describe("an upstream killed in mid-load, then restarted on the same port", () => {
  it.each(["rest", "mcp"] as const)("%s recovers by itself", async (kind) => {
    const first = new HttpStub();
    first.handler = (_, response) => json(response, 200, { sid: USER });
    const upstreamUrl = await first.start();
    const server = kind === "rest" ? await startRest({ upstreamUrl, timeoutMs: TIMEOUT_MS }) : await startMcp({ upstreamUrl, timeoutMs: TIMEOUT_MS });
    const call = async (): Promise<"ok" | "failed"> => (kind === "rest" ? ((await restFetch(server)).status === 200 ? "ok" : "failed") : (await mcpFetch(server)).isError ? "failed" : "ok");
    try {
      expect(await Promise.all(Array.from({ length: 10 }, call))).toEqual(Array(10).fill("ok"));
      const load = Array.from({ length: 20 }, call);
      await first.stop();
      const during = await Promise.all([...load, ...Array.from({ length: 10 }, call)]);
      expect(during).toContain("failed");
      const restarted = new HttpStub();
      restarted.handler = first.handler;
      await restarted.start(Number(new URL(upstreamUrl).port));
      try {
        expect(await Promise.all(Array.from({ length: 10 }, call))).toEqual(Array(10).fill("ok"));
      } finally {
        await restarted.stop();
      }
    } finally {
      await server.close();
    }
  });
});

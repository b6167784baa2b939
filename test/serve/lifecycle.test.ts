import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTarget } from "../../templates/server/shared/target.ts";
import { HttpStub, json } from "../helpers/http-stub.ts";
import { freePort } from "../helpers/prism.ts";
import { projectRoot } from "../helpers/project.ts";
import { TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, waitFor } from "../helpers/servers.ts";

/** The server commands as an operator runs them: start-up failures, and shutdown while busy. */
const generated = join(projectRoot, "generated");
const fetchRoute = loadTarget(generated, "conversations-users").routes.find((route) => route.operation.operationId === "FetchUser")!;

interface Command {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

function command(protocol: "mcp" | "rest", args: string[], upstream = "http://127.0.0.1:9"): Command {
  const child = spawn(process.execPath, ["--import", "tsx", join(projectRoot, `templates/server/${protocol}/cli.ts`), "conversations-users", "--dir", generated, ...args], {
    env: { PATH: process.env["PATH"] ?? "", TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_BASE_URL: upstream },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, stderr: () => stderr, exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))) };
}


describe.each(["mcp", "rest"] as const)("%s command", (protocol) => {
  const listening = protocol === "mcp" ? ["--http"] : [];
  const occupied = createServer();
  let port = 0;

  beforeAll(async () => {
    port = await freePort();
    await new Promise<void>((resolve) => occupied.listen(port, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => occupied.close(() => resolve())));

  it("says in one line that the port is in use, and exits 1", async () => {
    const run = command(protocol, [...listening, "--port", String(port)]);
    expect(await run.exited).toBe(1);
    const lines = run.stderr().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(`${protocol}: port ${port} on 127.0.0.1 is already in use; pass --port N (0 picks a free one)`);
  });

  it("refuses to listen off loopback without a token, in one line, with exit 1", async () => {
    const run = command(protocol, [...listening, "--host", "0.0.0.0", "--port", "0"]);
    expect(await run.exited).toBe(1);
    expect(run.stderr().trim()).toMatch(/^(mcp|rest): listening on 0\.0\.0\.0 needs a bearer token: set (MCP|REST)_BEARER_TOKEN/);
  });
});

describe("REST adapter on SIGTERM", () => {
  const upstream = new HttpStub();
  let upstreamUrl = "";

  beforeAll(async () => {
    upstreamUrl = await upstream.start();
    upstream.handler = (_, response) => setTimeout(() => json(response, 200, { sid: "USaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" }), 1_000);
  });
  afterAll(() => upstream.stop());

  it("finishes the request in flight, then exits 0", async () => {
    const port = await freePort();
    const run = command("rest", ["--port", String(port)], upstreamUrl);
    await waitFor(() => run.stderr().includes("routes at"), run.stderr);
    const inFlight = fetch(`http://127.0.0.1:${port}${fetchRoute.path.replace("{sid}", "USaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")}`);
    await waitFor(() => upstream.requests.length > 0, run.stderr);
    run.child.kill("SIGTERM");
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await run.exited).toBe(0);
    expect(run.stderr()).toContain("SIGTERM: draining in-flight requests");
  });
});

import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, PrismServer } from "../helpers/prism.ts";
import { projectRoot, specDirectory, temporaryDirectory } from "../helpers/project.ts";
import { TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, waitFor } from "../helpers/servers.ts";

/**
 * A team installs the generated server and client packages into an empty
 * directory, without this repository or its generator, and runs the commands.
 */
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const generated = join(projectRoot, "generated");
const packages = ["conversations-v1", "capabilities/conversations-users", "servers/conversations-v1"];
const manifestOf = (folder: string) => JSON.parse(readFileSync(join(generated, folder, "package.json"), "utf8")) as { name: string; bin?: Record<string, string> };

function run(command: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(command, args, { cwd, timeout: 240_000, env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" } }, (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

function startBin(binary: string, args: string[], cwd: string, upstream: string): { child: ChildProcess; stderr: () => string } {
  const child = spawn(binary, args, { cwd, env: { PATH: process.env["PATH"] ?? "", TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_BASE_URL: upstream }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, stderr: () => stderr };
}


describe("the server packages, installed into an empty project", () => {
  const prism = new PrismServer(join(specDirectory(), "twilio_conversations_v1.json"));
  const consumer = temporaryDirectory("server-package");
  const running: ChildProcess[] = [];
  let upstream = "";

  beforeAll(async () => {
    upstream = await prism.start();
    const tarballs: string[] = [];
    for (const folder of packages) {
      const packed = await run(NPM, ["pack", "--json", "--pack-destination", consumer], join(generated, folder));
      expect(packed.code, packed.stderr).toBe(0);
      tarballs.push(join(consumer, (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]!.filename));
    }
    writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true }));
    const installed = await run(NPM, ["install", "--prefer-offline", "--no-save", ...tarballs], consumer);
    expect(installed.code, installed.stderr).toBe(0);
  }, 300_000);
  afterAll(async () => {
    for (const child of running) child.kill("SIGTERM");
    await prism.stop();
  });

  it.each(["capabilities/conversations-users", "servers/conversations-v1"])("%s: the MCP command serves tools/list and tools/call to the SDK client", async (folder) => {
    const bin = Object.keys(manifestOf(folder).bin ?? {}).find((name) => name.endsWith("-mcp"))!;
    const port = await freePort();
    // API servers default to discover mode above 40 operations; this checks the one-tool-per-operation list.
    const server = startBin(join(consumer, "node_modules/.bin", bin), ["--http", "--port", String(port), "--tools", "all"], consumer, upstream);
    running.push(server.child);
    await waitFor(() => server.stderr().includes("tools at"), server.stderr);
    const client = new Client({ name: "package-test", version: "1.0.0" });
    await client.connect(new StreamableHTTPClientTransport(new URL(`http://127.0.0.1:${port}/mcp`)));
    const { tools } = await client.listTools();
    const tables = folder.startsWith("servers/") ? join(generated, folder.slice("servers/".length)) : join(generated, folder);
    expect(tools.map((tool) => tool.name)).toEqual((JSON.parse(readFileSync(join(tables, "mcp.json"), "utf8")) as { tools: Array<{ name: string }> }).tools.map((tool) => tool.name));
    const list = tools.find((tool) => tool.annotations?.readOnlyHint && !JSON.stringify(tool.inputSchema.required ?? []).includes("Sid"))!;
    const result = await client.callTool({ name: list.name, arguments: {} });
    expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
    await client.close();
    expect(server.stderr()).not.toContain(TEST_AUTH_TOKEN);
  });

  it("the REST command answers plain HTTP with Twilio's body", async () => {
    const folder = "capabilities/conversations-users";
    const bin = Object.keys(manifestOf(folder).bin ?? {}).find((name) => name.endsWith("-rest"))!;
    const port = await freePort();
    const server = startBin(join(consumer, "node_modules/.bin", bin), ["--port", String(port)], consumer, upstream);
    running.push(server.child);
    await waitFor(() => server.stderr().includes("routes at"), server.stderr);
    const routes = (JSON.parse(readFileSync(join(generated, folder, "routes.json"), "utf8")) as { routes: Array<{ method: string; path: string }> }).routes;
    const list = routes.find((route) => route.method === "GET" && !route.path.includes("{"))!;
    const response = await fetch(`http://127.0.0.1:${port}${list.path}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveProperty("meta");
  });
});

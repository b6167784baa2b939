import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { StdioClientTransport } from "@modelcontextprotocol/client/stdio";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismServer } from "../helpers/prism.ts";
import { projectRoot, specDirectory } from "../helpers/project.ts";
import { startMcp, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, type RunningServer } from "../helpers/servers.ts";

const prism = new PrismServer(join(specDirectory(), "twilio_conversations_v1.json"));
let prismUrl = "";
beforeAll(async () => {
  prismUrl = await prism.start();
});
afterAll(() => prism.stop());

type Result = Awaited<ReturnType<Client["callTool"]>>;
const structured = (result: Result) => result.structuredContent as Record<string, unknown>;
const text = (result: Result) => (result.content as Array<{ text?: string }>).map((part) => part.text ?? "").join("\n");

/** `npm run mcp` as a child process on stdio, in the given mode. */
async function stdioClient(mode: string, negotiation: { mode: "legacy" } | { mode: { pin: string } }): Promise<{ client: Client; stderr: () => string }> {
  let stderr = "";
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ["--import", "tsx", join(projectRoot, "templates/server/mcp/cli.ts"), "conversations-v1", "--dir", join(projectRoot, "generated"), "--tools", mode],
    cwd: projectRoot,
    env: { PATH: process.env["PATH"] ?? "", TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_BASE_URL: prismUrl },
    stderr: "pipe",
  });
  transport.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const client = new Client({ name: "stdio-test", version: "1.0.0" }, { versionNegotiation: negotiation });
  await client.connect(transport);
  return { client, stderr: () => stderr };
}

describe("tool modes over stdio (npm run mcp -- --tools …)", () => {
  it("discover, MCP 2026-07-28: search, describe, then call a list, a create and a fetch", async () => {
    const { client, stderr } = await stdioClient("discover", { mode: { pin: "2026-07-28" } });
    expect(client.getNegotiatedProtocolVersion()).toBe("2026-07-28");
    for (const [query, args] of [["list conversations", { PageSize: 1 }], ["create a conversation", { FriendlyName: "demo" }], ["fetch a conversation", { Sid: `CH${"0".repeat(32)}` }]] as const) {
      const [first] = structured(await client.callTool({ name: "search_operations", arguments: { query } }))["results"] as Array<{ name: string }>;
      const described = structured(await client.callTool({ name: "describe_operation", arguments: { name: first!.name } }));
      expect(described["inputSchema"]).toBeTypeOf("object");
      const called = await client.callTool({ name: "call_operation", arguments: { name: first!.name, arguments: args } });
      expect(called.isError, `${query}: ${text(called)}`).toBeFalsy();
    }
    await client.close();
    expect(stderr()).not.toContain(TEST_AUTH_TOKEN);
  });

  it("code, MCP 2025-11-25: a script creates a conversation, adds a participant, posts a message and pages messages", async () => {
    const { client, stderr } = await stdioClient("code", { mode: "legacy" });
    const script = `const c = await client.conversations.v1.conversations.create({ friendlyName: "demo" });
      await client.conversations.v1.conversations(c.sid).participants.create({ identity: "ada" });
      await client.conversations.v1.conversations(c.sid).messages.create({ author: "ada", body: "hi" });
      const page = await client.conversations.v1.conversations(c.sid).messages.page({ pageSize: 1 });
      return { conversation: c.sid, messages: page.instances.length, more: typeof page.nextPage };`;
    const result = await client.callTool({ name: "execute", arguments: { code: script } });
    expect(result.isError, text(result)).toBeFalsy();
    expect(structured(result)["value"]).toMatchObject({ conversation: expect.stringMatching(/^CH/), more: "function" });
    await client.close();
    expect(stderr()).not.toContain(TEST_AUTH_TOKEN);
  });
});

describe("code mode refuses sandbox escapes and keeps serving (Streamable HTTP)", () => {
  let server: RunningServer;
  let client: Client;
  beforeAll(async () => {
    server = await startMcp({ target: "conversations-v1", upstreamUrl: prismUrl, mode: "code" });
    client = new Client({ name: "escape-test", version: "1.0.0" });
    await client.connect(new StreamableHTTPClientTransport(new URL(server.url)));
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  it.each([
    ["process", "return process.env.TWILIO_AUTH_TOKEN;", /process' is not defined/],
    ["require", "return require('node:fs').readFileSync('/etc/passwd', 'utf8');", /require' is not defined/],
    ["import()", "return (await import('node:child_process')).execSync('id').toString();", /could not load module/],
    ["globalThis.fetch to a foreign host", "return await globalThis.fetch('http://example.com/');", /not a function/],
    ["a client call out of the client", "return await client.constructor.constructor('return process')();", /only a resource accessor can be called|malformed call chain/],
    ["an infinite loop", "for (;;) {}", /CPU time/],
    ["a memory bomb", "const hoard = []; for (;;) hoard.push({ n: hoard.length, s: 'x'.repeat(64) + hoard.length });", /memory|CPU time/],
  ])("%s: refused with a clear error in bounded time; the next call works", async (_, code, message) => {
    const started = performance.now();
    const result = await client.callTool({ name: "execute", arguments: { code } });
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(message);
    expect(text(result)).not.toContain(TEST_AUTH_TOKEN);
    expect(performance.now() - started).toBeLessThan(20_000);
    const after = await client.callTool({ name: "execute", arguments: { code: "return (await client.conversations.v1.conversations.list({ limit: 1 })).length;" } });
    expect(after.isError, text(after)).toBeFalsy();
  });
});

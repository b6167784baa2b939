import { Client, InMemoryTransport } from "@modelcontextprotocol/client";
import { Client as LegacyClient } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { loadTarget, type ServeTarget } from "../../templates/server/shared/target.ts";
import { Upstream } from "../../templates/server/shared/upstream.ts";
import { targetBackend } from "../../templates/server/mcp/backend.ts";
import { TOOL_MODES, type ToolMode } from "../../templates/server/mcp/tool-modes.ts";
import { toolServerFactory } from "../../templates/server/mcp/tool-server.ts";
import { PrismServer } from "../../test/helpers/prism.ts";
import type { BenchContext, Row } from "../lib/context.ts";
import { single } from "../lib/context.ts";

/** A rough token count for JSON: about four bytes a token. Good enough to compare two lists. */
const tokens = (bytes: number) => Math.round(bytes / 4);

interface Listing {
  tools: number;
  bytes: number;
  enums: number;
  annotated: number;
}

function describe(result: { tools: Array<Record<string, unknown>> }): Listing {
  const text = JSON.stringify({ tools: result.tools });
  return { tools: result.tools.length, bytes: Buffer.byteLength(text), enums: (text.match(/"enum":/g) ?? []).length, annotated: result.tools.filter((tool) => tool["annotations"] !== undefined).length };
}

/** A client and the number of requests it has sent: the round trips an agent pays for. */
interface CountingClient {
  client: Client;
  requests: number;
}

async function connect(target: ServeTarget, directory: string, mode: ToolMode, baseUrl: string): Promise<CountingClient> {
  const credentials = { username: `AC${"a".repeat(32)}`, password: "unused", baseUrl };
  const upstream = new Upstream(target, credentials);
  const backend = targetBackend(target, { name: `twilio-${target.id}`, version: "bench", call: (binding, args, signal) => upstream.call(binding as never, args, signal), credentials, docsDirectories: [directory], log: () => {} });
  const server = toolServerFactory(backend, { mode })();
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const counted: CountingClient = { client: new Client({ name: "bench", version: "1" }), requests: 0 };
  const send = clientSide.send.bind(clientSide);
  clientSide.send = (message, options) => {
    if ("method" in message && "id" in message) counted.requests += 1;
    return send(message, options);
  };
  await counted.client.connect(clientSide);
  counted.requests = 0;
  return counted;
}

/** `@twilio-alpha/mcp` over stdio, offline: dummy credentials are enough to list tools. */
async function anchorListing(context: BenchContext, service: string): Promise<Listing> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [join(context.root, "node_modules/@twilio-alpha/mcp/build/index.js"), `AC${"a".repeat(32)}/SK${"a".repeat(32)}:secret`, "--services", service],
    stderr: "ignore",
  });
  const client = new LegacyClient({ name: "bench", version: "1" });
  await client.connect(transport);
  const listing = describe(await client.listTools());
  await client.close();
  return listing;
}

/** The largest document of the pinned spec package, generated into the scratch folder. */
function generateLargest(context: BenchContext): { generated: string; id: string; service: string; file: string } {
  const file = join(context.root, "node_modules/@twilio-alpha/mcp/twilio-oai/spec/json/twilio_api_v2010.json");
  const generated = join(context.scratch, "mcp-largest");
  execFileSync(process.execPath, [join(context.root, "generator/launch.mjs"), join(context.root, "generator/cli.ts"), "--spec", file, "--out", generated, "--quiet"], { stdio: "ignore" });
  return { generated, id: "api-v2010", service: "twilio_api_v2010", file };
}

async function listingRows(context: BenchContext, apis: Array<{ id: string; generated: string; service: string }>): Promise<Row[]> {
  const rows: Row[] = [];
  for (const api of apis) {
    const target = loadTarget(api.generated, api.id);
    const anchor = await anchorListing(context, api.service);
    const sizes = new Map<ToolMode, Listing>();
    for (const mode of TOOL_MODES) {
      const { client } = await connect(target, join(api.generated, api.id), mode, "http://127.0.0.1:9");
      sizes.set(mode, describe((await client.listTools()) as { tools: Array<Record<string, unknown>> }));
      await client.close();
    }
    const all = sizes.get("all")!;
    for (const mode of TOOL_MODES) {
      const ours = sizes.get(mode)!;
      const ratio = ours.bytes / anchor.bytes;
      const row: Row = {
        section: "MCP",
        subject: `tools/list of ${api.id}, --tools ${mode}`,
        unit: "bytes",
        ours: single(ours.bytes),
        peer: { name: "@twilio-alpha/mcp 0.7.0", value: single(anchor.bytes) },
        ratio,
        note: `${ours.tools} tools, ~${tokens(ours.bytes)} tokens, ${ours.enums} enums, ${ours.annotated} annotated; theirs: ${anchor.tools} tools, ~${tokens(anchor.bytes)} tokens, ${anchor.enums} enums, ${anchor.annotated} annotated`,
      };
      if (mode === "all") row.target = { text: "≤ 0.8, keeping enums, formats and annotations", met: ratio <= 0.8 };
      else {
        row.note = `${row.note}; ${((100 * ours.bytes) / all.bytes).toFixed(2)}% of --tools all`;
        row.target = { text: "≤ 3% of --tools all", met: ours.bytes <= 0.03 * all.bytes };
      }
      rows.push(row);
    }
  }
  return rows;
}

type Step = (client: Client) => Promise<unknown>;

const call = (name: string, args: Record<string, unknown>): Step => async (client) => {
  const result = await client.callTool({ name, arguments: args });
  if (result.isError) throw new Error(`${name}: ${JSON.stringify(result.content)}`);
  return result.structuredContent;
};

const USER = "USaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const CONVERSATION = "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

/**
 * One scripted task set (create a user, list their conversations, post a
 * message), as an agent would do it in each mode: in discover mode it
 * searches and reads each operation before calling it; in code mode it reads
 * the docs once and runs one script.
 */
const TASKS: Record<ToolMode, Step[]> = {
  all: [(client) => client.listTools(), call("create_user", { Identity: "ada" }), call("list_user_conversation", { UserSid: USER }), call("create_conversation_message", { ConversationSid: CONVERSATION, Author: "ada", Body: "hi" })],
  discover: [
    (client) => client.listTools(),
    ...(
      [
        ["create a user", "create_user", { Identity: "ada" }],
        ["conversations of a user", "list_user_conversation", { UserSid: USER }],
        ["post a message to a conversation", "create_conversation_message", { ConversationSid: CONVERSATION, Author: "ada", Body: "hi" }],
      ] as const
    ).flatMap(([query, name, args]) => [call("search_operations", { query }), call("describe_operation", { name }), call("call_operation", { name, arguments: args })]),
  ],
  code: [
    (client) => client.listTools(),
    call("search_docs", { query: "create user, list user conversations, create message" }),
    call("execute", {
      code: `const user = await client.conversations.v1.users.create({ identity: "ada" });
const mine = await client.conversations.v1.users(user.sid).userConversations.list({ limit: 20 });
const message = await client.conversations.v1.conversations(${JSON.stringify(CONVERSATION)}).messages.create({ author: "ada", body: "hi" });
return { user: user.sid, conversations: mine.length, message: message.sid };`,
    }),
  ],
};

async function roundTripRows(context: BenchContext): Promise<Row[]> {
  const prism = new PrismServer(context.conversationsSpec);
  const baseUrl = await prism.start();
  const rows: Row[] = [];
  try {
    const target = loadTarget(join(context.root, "generated"), "conversations-v1");
    for (const mode of TOOL_MODES) {
      const counted = await connect(target, join(context.root, "generated", "conversations-v1"), mode, baseUrl);
      for (const step of TASKS[mode]) await step(counted.client);
      rows.push({ section: "MCP", subject: `Round trips for create user, list their conversations, post a message: --tools ${mode}`, unit: "requests", ours: single(counted.requests), note: "after connecting; tools/list counted once" });
      await counted.client.close();
    }
  } finally {
    await prism.stop();
  }
  return rows;
}

export async function mcpRows(context: BenchContext): Promise<Row[]> {
  context.log("mcp: tools/list per tool mode, and of @twilio-alpha/mcp 0.7.0; round trips per mode against Prism");
  const largest = generateLargest(context);
  const generated = join(context.root, "generated");
  const rows = await listingRows(context, [
    { id: "conversations-v1", generated, service: "twilio_conversations_v1" },
    { id: "flex-v1", generated, service: "twilio_flex_v1" },
    { id: largest.id, generated: largest.generated, service: largest.service },
  ]);
  for (const capability of ["conversations-users", "flex-interactions"]) {
    const target = loadTarget(generated, capability);
    const { client } = await connect(target, join(generated, "capabilities", capability), "all", "http://127.0.0.1:9");
    const listing = describe((await client.listTools()) as { tools: Array<Record<string, unknown>> });
    await client.close();
    rows.push({ section: "MCP", subject: `tools/list of capabilities/${capability}`, unit: "bytes", ours: single(listing.bytes), note: `${listing.tools} tools, ~${tokens(listing.bytes)} tokens, ${listing.enums} enums, ${listing.annotated} annotated` });
  }
  rows.push(...(await roundTripRows(context)));
  return rows;
}

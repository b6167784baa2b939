import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { join } from "node:path";
import { createMcpServer, ToolSet } from "../../templates/server/mcp/server.ts";
import { loadTarget } from "../../templates/server/shared/target.ts";
import { Upstream } from "../../templates/server/shared/upstream.ts";
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
  const text = JSON.stringify(result);
  return { tools: result.tools.length, bytes: Buffer.byteLength(text), enums: (text.match(/"enum":/g) ?? []).length, annotated: result.tools.filter((tool) => tool["annotations"] !== undefined).length };
}

async function ourListing(context: BenchContext, target: string): Promise<Listing> {
  const loaded = loadTarget(join(context.root, "generated"), target);
  const server = createMcpServer(loaded, new ToolSet(loaded), new Upstream(loaded, { username: "AC1", password: "unused" }), () => {}, "bench");
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: "bench", version: "1" });
  await client.connect(clientSide);
  const listing = describe(await client.listTools());
  await client.close();
  return listing;
}

/** `@twilio-alpha/mcp` over stdio, offline: dummy credentials are enough to list tools. */
async function anchorListing(context: BenchContext, service: string): Promise<Listing> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [join(context.root, "node_modules/@twilio-alpha/mcp/build/index.js"), `AC${"a".repeat(32)}/SK${"a".repeat(32)}:secret`, "--services", service],
    stderr: "ignore",
  });
  const client = new Client({ name: "bench", version: "1" });
  await client.connect(transport);
  const listing = describe(await client.listTools());
  await client.close();
  return listing;
}

export async function mcpRows(context: BenchContext): Promise<Row[]> {
  context.log("mcp: tools/list of each manifest, and of @twilio-alpha/mcp 0.7.0");
  const rows: Row[] = [];
  const anchors: Record<string, string> = { "conversations-v1": "twilio_conversations_v1", "flex-v1": "twilio_flex_v1" };
  for (const target of ["capabilities/conversations-users", "capabilities/flex-interactions", "conversations-v1", "flex-v1"]) {
    const id = target.replace("capabilities/", "");
    const ours = await ourListing(context, id);
    const note = `${ours.tools} tools, ~${tokens(ours.bytes)} tokens, ${ours.enums} enums, ${ours.annotated} annotated`;
    const service = anchors[id];
    if (service === undefined) {
      rows.push({ section: "MCP", subject: `tools/list of ${target}/mcp.json`, unit: "bytes", ours: single(ours.bytes), note });
      continue;
    }
    const anchor = await anchorListing(context, service);
    const ratio = ours.bytes / anchor.bytes;
    rows.push({
      section: "MCP",
      subject: `tools/list of ${target}/mcp.json`,
      unit: "bytes",
      ours: single(ours.bytes),
      peer: { name: "@twilio-alpha/mcp 0.7.0", value: single(anchor.bytes) },
      ratio,
      target: { text: "≤ 0.8, keeping enums, formats and annotations", met: ratio <= 0.8 },
      note: `${note}; theirs: ${anchor.tools} tools, ~${tokens(anchor.bytes)} tokens, ${anchor.enums} enums, ${anchor.annotated} annotated`,
    });
  }
  return rows;
}

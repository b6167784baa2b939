import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DISCOVER_TOOLS, OperationCatalog, type CatalogEntry } from "../../templates/server/mcp/discover.ts";
import type { ManifestTool } from "../../templates/server/mcp/tool-types.ts";
import { projectRoot } from "../helpers/project.ts";

function catalog(api: string): OperationCatalog {
  const read = <T>(file: string) => JSON.parse(readFileSync(join(projectRoot, "generated", api, file), "utf8")) as T;
  const { tools } = read<{ tools: ManifestTool[] }>("mcp.json");
  const bindings = read<{ tools: Record<string, { operationId: string }> }>("mcp.bindings.json").tools;
  const calls = read<{ operations: Record<string, { method: string; path: string }> }>("calls.json").operations;
  const entries: CatalogEntry[] = tools.map((tool) => {
    const operationId = bindings[tool.name]!.operationId;
    return { tool, operationId, method: calls[operationId]!.method, path: calls[operationId]!.path };
  });
  return new OperationCatalog(entries);
}

describe("discover mode", () => {
  const conversations = catalog("conversations-v1");

  it.each([
    ["list messages of a conversation", "list_conversation_message"],
    ["create a user", "create_user"],
    ["add a participant to a conversation", "create_conversation_participant"],
    ["get conversation", "fetch_conversation"],
    ["remove a webhook from a conversation", "delete_conversation_scoped_webhook"],
    ["conversations of a user", "list_user_conversation"],
  ])("%j finds %s first", (query, expected) => {
    expect(conversations.search(query)[0]?.name).toBe(expected);
  });

  it("finds operations by a parameter name", () => {
    expect(conversations.search("MessagingServiceSid").map((hit) => hit.name)).toContain("create_conversation");
  });

  it("describes an operation with its full input and output schema", () => {
    const described = conversations.describe("create_conversation")!;
    expect(described).toMatchObject({ name: "create_conversation", method: "POST", path: "/v1/Conversations" });
    expect(Object.keys((described["inputSchema"] as { properties: object }).properties)).toContain("FriendlyName");
    expect((described["outputSchema"] as { type: string }).type).toBe("object");
    expect(conversations.describe("no_such_operation")).toBeUndefined();
  });

  it("keeps its tool list the same size whatever the API", () => {
    const flex = catalog("flex-v1");
    expect(flex.size).not.toBe(conversations.size);
    const bytes = Buffer.byteLength(JSON.stringify(DISCOVER_TOOLS));
    expect(bytes).toBeLessThan(1_500);
    for (const tool of DISCOVER_TOOLS) expect(tool.inputSchema["additionalProperties"]).toBe(false);
  });
});

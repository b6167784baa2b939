import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { packageDirectory } from "../../generator/manifest.ts";
import { summarizeApi } from "../../generator/model/summary.ts";
import type { ApiModel } from "../../generator/model/types.ts";
import { loadApi, manifestDocument, projectRoot, specOperationCount } from "../helpers/project.ts";

let api: ApiModel;
const document = manifestDocument("conversations-v1");

beforeAll(async () => {
  ({ api } = await loadApi(document.path, "twilio_conversations_v1.json"));
});

describe("Conversations v1 model", () => {
  it("has every operation of the document, each with a resource and a kind", () => {
    expect(api.operations).toHaveLength(specOperationCount(document.path));
    const keys = new Set(api.resources.map((resource) => resource.key));
    for (const operation of api.operations) {
      expect(keys.has(operation.resourceKey), operation.operationId).toBe(true);
      expect(["create", "fetch", "update", "patch", "remove", "list"]).toContain(operation.kind);
    }
  });

  it("matches the reviewed resource-tree summary", async () => {
    await expect(summarizeApi(api)).toMatchFileSnapshot("__snapshots__/conversations-v1.summary.txt");
  });

  it("mounts Twilio's nested and singleton resources where twilio-node does", () => {
    const summary = summarizeApi(api);
    for (const accessor of [
      "services/{sid}/conversations/{sid}/messages/{sid}/delivery_receipts  (list + instance",
      "users/{sid}/user_conversations  (list + instance",
      "configuration  (singleton",
      "configuration/webhooks  (singleton",
      "services/{sid}/configuration/notifications  (singleton",
    ]) {
      expect(summary).toContain(accessor);
    }
  });

  it("shares one named enum across every use", () => {
    const state = api.enums.find((candidate) => candidate.name === "conversation_enum_state");
    const spec = JSON.parse(readFileSync(document.path, "utf8")) as { components: { schemas: Record<string, { enum?: string[] }> } };
    expect(state?.values).toEqual(spec.components.schemas["conversation_enum_state"]!.enum);
    const create = api.operations.find((operation) => operation.operationId === "CreateConversation")!;
    expect(create.parameters.find((parameter) => parameter.name === "State")?.schema).toMatchObject({ type: "enum", name: "conversation_enum_state" });
    const header = create.parameters.find((parameter) => parameter.location === "header");
    expect(header).toMatchObject({ name: "X-Twilio-Webhook-Enabled", schema: { type: "enum", name: "conversation_enum_webhook_enabled_type" } });
  });

  it("keeps dotted form names, pagination and hints", () => {
    const create = api.operations.find((operation) => operation.operationId === "CreateConversation")!;
    expect(create.parameters.map((parameter) => parameter.name)).toContain("Timers.Inactive");
    const list = api.operations.find((operation) => operation.operationId === "ListConversationMessageReceipt")!;
    expect(list.pagination).toMatchObject({ itemsKey: "delivery_receipts", maxPageSize: 50 });
    const conversations = api.operations.find((operation) => operation.operationId === "ListConversation")!;
    expect(conversations.pagination).toMatchObject({ itemsKey: "conversations", maxPageSize: 100 });
    const remove = api.operations.find((operation) => operation.operationId === "DeleteUser")!;
    expect(remove.hints).toEqual({ readOnly: false, destructive: true, idempotent: true });
  });
});

/** Only @twilio-alpha/mcp ships both editions of one document. */
describe("the YAML edition of Conversations v1", () => {
  it("normalizes to the same model as the JSON edition", async () => {
    const editions = join(packageDirectory("@twilio-alpha/mcp", projectRoot), "twilio-oai/spec");
    const { api: fromYaml } = await loadApi(join(editions, "yaml/twilio_conversations_v1.yaml"), "twilio_conversations_v1.yaml");
    const { api: fromJson } = await loadApi(join(editions, "json/twilio_conversations_v1.json"), "twilio_conversations_v1.json");
    const { source: _yamlSource, ...yamlModel } = fromYaml;
    const { source: _jsonSource, ...jsonModel } = fromJson;
    expect(yamlModel).toEqual(jsonModel);
  });
});

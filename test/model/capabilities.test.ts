import { beforeAll, describe, expect, it } from "vitest";
import { RunContext } from "../../generator/context.ts";
import { readManifest } from "../../generator/manifest.ts";
import { buildModel } from "../../generator/load/index.ts";
import type { GenerationModel } from "../../generator/model/types.ts";
import { projectRoot } from "../helpers/project.ts";
import { join } from "node:path";

let model: GenerationModel;
let warnings: string[];

beforeAll(async () => {
  const ctx = new RunContext();
  model = await buildModel(ctx, readManifest(join(projectRoot, "specs/manifest.json"), projectRoot));
  warnings = ctx.formattedWarnings();
});

const capability = (id: string) => model.capabilities.find((candidate) => candidate.id === id)!;

describe("the user's capability files", () => {
  it("resolve every operation of conversations-users (9) and flex-interactions (5)", () => {
    expect(capability("conversations-users").operations.map((operation) => operation.operationId)).toEqual([
      "CreateUser", "ListUser", "UpdateUser", "DeleteUser", "FetchUser",
      "ListUserConversation", "UpdateUserConversation", "DeleteUserConversation", "FetchUserConversation",
    ]);
    expect(capability("flex-interactions").operations.map((operation) => operation.operationId)).toEqual([
      "CreateInteraction", "FetchInteraction", "ListInteractionChannel", "FetchInteractionChannel", "UpdateInteractionChannel",
    ]);
  });

  it("maps path parameters by position onto the spec's names", () => {
    const fetchChannel = capability("flex-interactions").operations.find((operation) => operation.name === "fetchinteractionchannel")!;
    expect(fetchChannel.arguments).toEqual([
      { argument: "InteractionSid", target: { kind: "parameter", parameter: "InteractionSid", location: "path" } },
      { argument: "ChannelSid", target: { kind: "parameter", parameter: "Sid", location: "path" } },
    ]);
    const update = capability("conversations-users").operations.find((operation) => operation.name === "updateuser")!;
    expect(update.arguments.map((binding) => binding.target)).toEqual([
      { kind: "parameter", parameter: "Sid", location: "path" },
      { kind: "parameter", parameter: "X-Twilio-Webhook-Enabled", location: "header" },
      { kind: "body" },
    ]);
  });

  it("reports each known deviation from Naftiko 1.0.0-alpha2 as a warning", () => {
    for (const file of ["specs/capabilities/conversations-users.yaml", "specs/capabilities/flex-interactions.yaml"]) {
      const mine = warnings.filter((warning) => warning.startsWith(`warning: ${file}:`));
      expect(mine.some((warning) => warning.includes("inputParameters carry `type`"))).toBe(true);
      expect(mine.some((warning) => warning.includes("`rest.X` / `tools.X`"))).toBe(true);
      expect(mine.some((warning) => warning.includes("path templates use `{X}`"))).toBe(true);
      expect(mine.some((warning) => warning.includes("`in: body`"))).toBe(true);
    }
  });

  it("keeps the declared tools and routes", () => {
    expect(capability("conversations-users").tools).toHaveLength(9);
    expect(capability("conversations-users").routes).toHaveLength(9);
    expect(capability("flex-interactions").tools).toHaveLength(5);
    expect(capability("flex-interactions").routes).toHaveLength(5);
  });
});

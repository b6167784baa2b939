import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { RouteEntry } from "../../generator/emit/routes.ts";
import { manifestDocument, projectRoot, specOperationCount } from "../helpers/project.ts";

interface DeclaredResource {
  path: string;
  operations: Array<{ method: string; name: string }>;
}

function declared(stem: string): DeclaredResource[] {
  const file = parse(readFileSync(join(projectRoot, "specs/capabilities", `${stem}.yaml`), "utf8")) as { capability: { exposes: Array<{ type: string; resources?: DeclaredResource[] }> } };
  return file.capability.exposes.find((entry) => entry.type === "rest")!.resources!;
}

const table = (path: string) => JSON.parse(readFileSync(join(projectRoot, "generated", path, "routes.json"), "utf8")) as { port: number; routes: RouteEntry[] };

describe("route tables", () => {
  // The issue counts 5 paths for conversations-users; the file (verbatim from seed 000) declares 4, carrying 9 operations.
  for (const [stem, paths, routes] of [["conversations-users", 4, 9], ["flex-interactions", 4, 5]] as const) {
    it(`${stem}: ${paths} paths and ${routes} routes, exactly as declared, on port 8080`, () => {
      const expected = declared(stem).flatMap((resource) => resource.operations.map((operation) => `${operation.method} ${resource.path} ${operation.name}`));
      const generated = table(`capabilities/${stem}`);
      expect(generated.routes.map((route) => `${route.method} ${route.path} ${route.name}`)).toEqual(expected);
      expect(new Set(generated.routes.map((route) => route.path)).size).toBe(paths);
      expect(generated.routes).toHaveLength(routes);
      expect(generated.port).toBe(8080);
    });
  }

  it("keeps odd declared paths as they are, and traces each parameter to what it feeds", () => {
    const update = table("capabilities/conversations-users").routes.find((route) => route.name === "updateuser")!;
    expect(update.path).toBe("/v1/v1/users/{sid}");
    expect(update.operation).toEqual({ api: "conversations-v1", operationId: "UpdateUser", method: "POST", path: "/v1/Users/{Sid}" });
    expect(update.parameters.map((parameter) => [parameter.name, parameter.in, parameter.feeds])).toEqual([
      ["sid", "path", { location: "path", parameter: "Sid" }],
      ["X-Twilio-Webhook-Enabled", "header", { location: "header", parameter: "X-Twilio-Webhook-Enabled" }],
      ["body", "body", { body: true }],
    ]);
  });

  it("covers every API operation at its spec method and path", () => {
    const api = table("conversations-v1");
    const calls = JSON.parse(readFileSync(join(projectRoot, "generated/conversations-v1/calls.json"), "utf8")) as { operations: Record<string, { method: string; path: string }> };
    expect(api.routes).toHaveLength(specOperationCount(manifestDocument("conversations-v1").path));
    for (const route of api.routes) expect(calls.operations[route.name], route.name).toMatchObject({ method: route.method, path: route.path });
  });
});

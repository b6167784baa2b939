import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { clientViews } from "../../generator/emit/client/views.ts";
import { compareSurfaces, largestBump } from "../../generator/surface/compare.ts";
import { describeSurface } from "../../generator/surface/describe.ts";
import type { ApiSurface, SurfaceChange } from "../../generator/surface/types.ts";
import { fixture, loadApi, temporaryDirectory } from "../helpers/project.ts";

// A parsed YAML document, edited by path in each case; its shape is the fixture's, not a type of ours.
type Spec = Record<string, any>;

const directory = temporaryDirectory("surface");
const tiny = (): Spec => parse(readFileSync(fixture("openapi", "tiny.yaml"), "utf8")) as Spec;
let counter = 0;

async function surfaceOf(spec: Spec): Promise<ApiSurface> {
  const file = join(directory, `${counter++}`, "tiny.json");
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, JSON.stringify(spec));
  const { api } = await loadApi(file, "tiny.json");
  return describeSurface(api, clientViews({ apis: [api], capabilities: [] }).get(api.id)!, "1.0.0");
}

const lines = (changes: SurfaceChange[]) => changes.map((change) => `${change.bump} ${change.area}: ${change.text}`);
let base: ApiSurface;

beforeAll(async () => {
  base = await surfaceOf(tiny());
});

describe("one change of each kind in a mutated copy of tiny.yaml", () => {
  it("an operation added: a new method, tool and route, additive (minor)", async () => {
    const spec = tiny();
    spec["paths"]["/v1/Widgets/{Sid}"]["post"] = {
      operationId: "UpdateWidget",
      parameters: [{ name: "Sid", in: "path", required: true, schema: { type: "string" } }],
      responses: { "200": { description: "OK", content: { "application/json": { schema: { $ref: "#/components/schemas/tiny.v1.widget" } } } } },
    };
    const changes = compareSurfaces(base, await surfaceOf(spec));
    expect(lines(changes)).toEqual([
      "minor client: `widgets(sid).update` added (UpdateWidget: POST /v1/Widgets/{Sid})",
      "minor mcp: tool `update_widget` added",
      "minor rest: route `POST /v1/Widgets/{Sid}` added",
    ]);
    expect(largestBump(changes.map((change) => change.bump))).toBe("minor");
  });

  it("an operation removed: breaking (major) for the client, the MCP manifest and the route table", async () => {
    const spec = tiny();
    delete spec["paths"]["/v1/Widgets/{Sid}"]["delete"];
    const changes = compareSurfaces(base, await surfaceOf(spec));
    expect(lines(changes)).toEqual(["major client: `widgets(sid).remove` removed (DeleteWidget)", "major mcp: tool `delete_widget` removed", "major rest: route `DELETE /v1/Widgets/{Sid}` removed"]);
    expect(changes.every((change) => change.bump === "major")).toBe(true);
  });

  it("an optional parameter added: additive (minor)", async () => {
    const spec = tiny();
    spec["paths"]["/v1/Widgets"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]["properties"]["Color"] = { type: "string" };
    const changes = compareSurfaces(base, await surfaceOf(spec));
    expect(lines(changes)).toEqual(["minor client: `widgets.create`: new optional option `color` (`string`)", "minor mcp: tool `create_widget`: new optional input `Color`"]);
    expect(largestBump(changes.map((change) => change.bump))).toBe("minor");
  });

  it("a parameter made required: breaking (major)", async () => {
    const spec = tiny();
    spec["paths"]["/v1/Settings"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]["required"] = ["Enabled"];
    const changes = compareSurfaces(base, await surfaceOf(spec));
    expect(lines(changes)).toEqual([
      "major client: `settings().update`: option `enabled` is now required",
      "major mcp: tool `update_setting`: input `Enabled` is now required",
      "major rest: route `POST /v1/Settings`: `Enabled` now required",
    ]);
  });

  it("a request enum value removed: breaking (major); the instance field only narrows (minor)", async () => {
    const spec = tiny();
    spec["components"]["schemas"]["widget_enum_state"]["enum"] = ["active"];
    const changes = compareSurfaces(base, await surfaceOf(spec));
    expect(lines(changes)).toEqual([
      "major client: enum `widget_enum_state`: `inactive` removed (callers send it)",
      "major mcp: tool `create_widget`: input `State` schema changed",
      "major mcp: tool `list_widget`: input `State` schema changed",
    ]);
    expect(largestBump(changes.map((change) => change.bump))).toBe("major");
  });

  it("a request enum value added: additive (minor), also for the MCP inputs", async () => {
    const spec = tiny();
    spec["components"]["schemas"]["widget_enum_state"]["enum"] = ["active", "inactive", "retired"];
    const changes = compareSurfaces(base, await surfaceOf(spec));
    expect(changes.map((change) => change.bump)).toEqual(["minor", "minor", "minor"]);
    expect(changes[0]!.text).toBe("enum `widget_enum_state`: `retired` added");
  });

  it("a response field added: a new instance field, additive (minor)", async () => {
    const spec = tiny();
    spec["components"]["schemas"]["tiny.v1.widget"]["properties"]["friendly_name"] = { type: "string", nullable: true };
    const changes = compareSurfaces(base, await surfaceOf(spec));
    expect(lines(changes)).toEqual(["minor client: `widgets` instances: new field `friendlyName` (`string | null`)"]);
  });

  it("a description changed: docs only (patch), in the client and the MCP manifest", async () => {
    const spec = tiny();
    spec["paths"]["/v1/Settings"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]["properties"]["Timers.Inactive"]["description"] = "An ISO 8601 duration, such as PT5M.";
    const changes = compareSurfaces(base, await surfaceOf(spec));
    expect(lines(changes)).toEqual(["patch client: `settings().update`: option `timers.inactive`: description changed", "patch mcp: tool `update_setting`: description of `Timers.Inactive` changed"]);
    expect(largestBump(changes.map((change) => change.bump))).toBe("patch");
  });

  it("a response field no longer null is additive; one that may now be null breaks readers", async () => {
    const spec = tiny();
    spec["components"]["schemas"]["tiny.v1.widget"]["properties"]["date_created"]["nullable"] = true;
    const nullable = await surfaceOf(spec);
    expect(lines(compareSurfaces(base, nullable))).toEqual(["major client: `widgets` instances: field `dateCreated`: type `Date` → `Date | null`"]);
    expect(lines(compareSurfaces(nullable, base))).toEqual(["minor client: `widgets` instances: field `dateCreated`: type `Date | null` → `Date` (no longer null)"]);
  });

  it("a request option widened to any value: additive for the client, still a schema change for MCP callers", async () => {
    const spec = tiny();
    spec["paths"]["/v1/Widgets"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]["properties"]["FriendlyName"] = {};
    const changes = compareSurfaces(base, await surfaceOf(spec));
    expect(lines(changes)).toEqual(["minor client: `widgets.create`: option `friendlyName`: type `string` → `unknown` (widened)", "major mcp: tool `create_widget`: input `FriendlyName` schema changed"]);
  });

  it("the same document again: no change, no bump", async () => {
    const changes = compareSurfaces(base, await surfaceOf(tiny()));
    expect(changes).toEqual([]);
    expect(largestBump(changes.map((change) => change.bump))).toBeUndefined();
  });
});

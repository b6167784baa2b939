import { beforeAll, describe, expect, it } from "vitest";
import type { ApiModel } from "../../generator/model/types.ts";
import { fixture, loadApi } from "../helpers/project.ts";

let api: ApiModel;
let warnings: string[];

beforeAll(async () => {
  const loaded = await loadApi(fixture("openapi", "tiny.yaml"), "tiny.yaml");
  api = loaded.api;
  warnings = loaded.ctx.formattedWarnings();
});

const resource = (mountName: string) => api.resources.find((candidate) => candidate.mountName === mountName)!;
const operation = (id: string) => api.operations.find((candidate) => candidate.operationId === id)!;

describe("normalizing a small hand-written document", () => {
  it("names the API from its file and takes the base URL from the path servers", () => {
    expect(api).toMatchObject({ id: "tiny", domain: "tiny", version: "", baseUrl: "https://tiny.twilio.com", title: "Tiny Widgets" });
    expect(warnings).toEqual([]);
  });

  it("joins a list and its instance path into one resource and finds singletons", () => {
    expect(resource("widgets")).toMatchObject({ listPath: "/v1/Widgets", instancePath: "/v1/Widgets/{Sid}", singleton: false, typeStem: "Widget" });
    expect(resource("settings")).toMatchObject({ instancePath: "/v1/Settings", singleton: true });
    expect(resource("settings").listPath).toBeUndefined();
  });

  it("links children through x-twilio parent and honours mountName", () => {
    expect(resource("widget_parts").parentKey).toBe(resource("widgets").key);
    expect(resource("widgets").children).toEqual([resource("widget_parts").key]);
    expect(api.roots.map((key) => api.resources.find((candidate) => candidate.key === key)!.mountName)).toEqual(["settings", "widgets"]);
  });

  it("takes the kind from the operationId prefix", () => {
    expect(api.operations.map((candidate) => `${candidate.operationId}:${candidate.kind}`).sort()).toEqual([
      "CreateWidget:create", "DeleteWidget:remove", "FetchSetting:fetch", "FetchWidget:fetch", "ListWidget:list", "ListWidgetPart:list", "UpdateSetting:update",
    ]);
  });

  it("keeps form fields in spec order with dotted names, arrays, limits and required", () => {
    expect(operation("CreateWidget").parameters).toEqual([
      { name: "X-Twilio-Webhook-Enabled", location: "header", required: false, schema: { type: "enum", values: ["true", "false"] } },
      { name: "FriendlyName", location: "form", required: true, schema: { type: "string", maxLength: 64 } },
      { name: "State", location: "form", required: false, schema: { type: "enum", name: "widget_enum_state", values: ["active", "inactive"] } },
      { name: "Tags", location: "form", required: false, schema: { type: "array", items: { type: "string" } } },
    ]);
    expect(operation("UpdateSetting").parameters.map((parameter) => parameter.name)).toEqual(["Timers.Inactive", "Enabled"]);
  });

  it("records success status, pagination, hints and named schemas", () => {
    expect(operation("CreateWidget").success).toMatchObject({ status: 201, schema: { type: "ref", name: "tiny.v1.widget" } });
    expect(operation("DeleteWidget").success).toEqual({ status: 204 });
    expect(operation("ListWidget").pagination).toMatchObject({ itemsKey: "widgets", maxPageSize: 50, itemSchema: { type: "ref", name: "tiny.v1.widget" } });
    expect(operation("FetchWidget").hints).toEqual({ readOnly: true, destructive: false, idempotent: true });
    expect(operation("CreateWidget").hints).toEqual({ readOnly: false, destructive: false, idempotent: false });
    expect(api.enums).toEqual([{ name: "widget_enum_state", values: ["active", "inactive"] }]);
    expect(api.schemas.map((schema) => schema.name)).toEqual(["tiny.v1.setting", "tiny.v1.widget"]);
  });
});

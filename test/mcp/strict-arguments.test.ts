import { describe, expect, it } from "vitest";
import { closestName, describeUnknown, unknownArguments } from "../../templates/server/mcp/strict-arguments.ts";
import type { JsonSchema } from "../../templates/server/mcp/tool-types.ts";

const schema: JsonSchema = {
  type: "object",
  properties: { FriendlyName: { type: "string" }, UniqueName: { type: "string" }, body: { type: "object", properties: { Identity: { type: "string" } }, additionalProperties: false }, open: { type: "object", properties: {} } },
  additionalProperties: false,
};

describe("strict arguments", () => {
  it("names each unknown argument and the known one it most likely meant", () => {
    const unknown = unknownArguments(schema, { friendlyName: "x", uniqe_name: "y", Colour: "red", body: { identity: "ada" }, open: { anything: 1 } });
    expect(unknown).toEqual([{ path: "friendlyName", closest: "FriendlyName" }, { path: "uniqe_name", closest: "UniqueName" }, { path: "Colour" }, { path: "body.identity", closest: "body.Identity" }]);
    expect(describeUnknown(unknown)).toContain('unknown argument "friendlyName" (did you mean "FriendlyName"?)');
  });

  it("accepts known arguments and open objects", () => {
    expect(unknownArguments(schema, { FriendlyName: "x", body: { Identity: "ada" }, open: { anything: 1 } })).toEqual([]);
    expect(unknownArguments({ type: "object", properties: {} }, { extra: 1 })).toEqual([]);
  });

  it.each([
    ["friendly_name", ["FriendlyName", "UniqueName"], "FriendlyName"],
    ["PageSise", ["PageSize", "Page"], "PageSize"],
    ["Zebra", ["PageSize", "Page"], undefined],
  ])("closest to %s in %j is %s", (name, known, expected) => {
    expect(closestName(name, known)).toBe(expected);
  });
});

import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import type { McpTool } from "../../generator/emit/mcp.ts";
import { temporaryDirectory } from "../helpers/project.ts";
import { expectClearRejection, expectSafeOutput, property, runCase, TypeCheckBatch } from "./harness.ts";
import { announceSeed, SEED } from "./seed.ts";
import { buildSpec, hostileName, hostileText } from "./specs.ts";

const LONG = 900_000;
announceSeed("spec structure");

describe("hostile spec structure", () => {
  it(
    "parameter and property names (delete, default, class, constructor, __proto__, toString, digits first, dots, dashes, spaces): 200 cases",
    async () => {
      const counts = await property(
        fc.record({ parameterNames: fc.uniqueArray(hostileName, { minLength: 1, maxLength: 5 }), propertyNames: fc.uniqueArray(hostileName, { minLength: 1, maxLength: 5 }) }),
        200,
        (names) => names,
        (names, result) => {
          const tools = (JSON.parse(result.files.get("hostile/mcp.json")!) as { tools: McpTool[] }).tools;
          const inputs = Object.keys(tools.find((tool) => tool.name === "create_thing")!.inputSchema["properties"] as object);
          for (const name of names.parameterNames.filter((candidate) => candidate !== "PageSize")) expect(inputs).toContain(name);
        },
        (_, message) => expect(message).toMatch(/both become|duplicate|invalid|not/),
      );
      expect(counts.generated).toBeGreaterThan(0);
    },
    LONG,
  );

  it(
    "operationIds, mountNames and classNames that collide after case normalization: 100 cases",
    async () => {
      const pairs: Array<[string, string]> = [["foo_bar", "FooBar"], ["things", "Things"], ["a-b", "a_b"], ["thing_parts", "thingParts"], ["delete", "Delete"], ["__proto__", "Proto"]];
      const ids: Array<[string, string]> = [["ListThing", "listThing"], ["ListThing", "LISTTHING"], ["ListThing", "List_Thing"], ["ListThing", "ListThing"], ["ListOther", "ListOther2"]];
      await property(fc.tuple(fc.constantFrom(...pairs), fc.constantFrom(...ids), fc.boolean()), 100, ([[mountA, mountB], [idA, idB], swap]) => ({ colliding: swap ? { mountA: mountB, mountB: mountA, idA, idB } : { mountA, mountB, idA, idB } }), (_, result) => {
        const tools = (JSON.parse(result.files.get("hostile/mcp.json")!) as { tools: McpTool[] }).tools;
        expect(new Set(tools.map((tool) => tool.name)).size).toBe(tools.length);
        expect(tools).toHaveLength(result.api.operations.length);
      });
    },
    LONG,
  );

  it(
    "recursive $ref schemas (a thing whose parent and children are things): 75 cases",
    async () => {
      const counts = await property(fc.record({ description: hostileText }), 75, (parts) => ({ ...parts, enumValues: ["a", "b"], recursive: true }));
      expect(counts.generated).toBe(75);
    },
    LONG,
  );

  it(
    "very deep nesting: refused past 64 levels with the place named, generated below: 75 cases",
    async () => {
      await property(fc.integer({ min: 1, max: 120 }), 75, (nesting) => ({ nesting }), undefined, (nesting, message) => {
        expect(nesting).toBeGreaterThan(60);
        expect(message).toMatch(/nested deeper than 64 levels/);
      });
    },
    LONG,
  );
});

describe("hostile capability files", () => {
  it(
    "tool names, descriptions, labels and REST paths with hostile text: 100 cases",
    async () => {
      const batch = new TypeCheckBatch();
      const cache = temporaryDirectory("hostile-cache");
      let generated = 0;
      await fc.assert(
        fc.asyncProperty(fc.record({ tool: fc.oneof(hostileText, fc.constantFrom("list-things", "fetch.thing_2")), description: hostileText, label: hostileText, path: fc.oneof(hostileText, fc.constantFrom("/v1/v1/things", "/things/{sid}/x")), route: hostileText }), async (parts) => {
          const capability = stringify({
            naftiko: "1.0.0-alpha2",
            info: { label: parts.label, description: parts.description },
            capability: {
              consumes: [{ type: "http", namespace: "hostile", baseUri: "https://hostile.twilio.com/v1", resources: [{ name: parts.label, path: "/Things", operations: [{ name: "listthings", method: "GET", description: parts.description }] }] }],
              exposes: [
                { type: "rest", port: 8080, resources: [{ path: parts.path, name: parts.label, description: parts.description, operations: [{ method: "GET", name: parts.route, description: parts.description, call: "hostile.listthings" }] }] },
                { type: "mcp", port: 9090, tools: [{ name: parts.tool, description: parts.description, hints: { readOnly: true }, call: "hostile.listthings" }] },
              ],
            },
          });
          const result = await runCase(buildSpec({}), cache, capability);
          if (result.kind === "rejected") return expectClearRejection(result.error);
          expectSafeOutput(result.files);
          const tools = (JSON.parse(result.files.get("capabilities/hostile-capability/mcp.json")!) as { tools: McpTool[] }).tools;
          expect(tools.map((tool) => [tool.name, tool.description])).toEqual([[parts.tool, parts.description]]);
          const routes = (JSON.parse(result.files.get("capabilities/hostile-capability/routes.json")!) as { routes: Array<{ path: string; name: string }> }).routes;
          expect(routes.map((route) => [route.path, route.name])).toEqual([[parts.path, parts.route]]);
          batch.add(JSON.stringify(parts), result.files);
          generated++;
        }),
        { numRuns: 100, seed: SEED, endOnFailure: true },
      );
      expect(generated).toBeGreaterThan(0);
      await batch.check();
    },
    LONG,
  );
});

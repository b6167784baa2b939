import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OpenApiSchemaValidator } from "../../generator/load/openapi/schema-validator.ts";
import { ContentCache, settleCacheWrites } from "../../generator/write/cache.ts";
import { manifestDocument, temporaryDirectory } from "../helpers/project.ts";

/** Documents with violations of several kinds, and a real one without. */
function documents(): unknown[] {
  const real = JSON.parse(readFileSync(manifestDocument("conversations-v1").path, "utf8")) as Record<string, unknown>;
  return [
    real,
    { openapi: "3.0.1", info: {}, paths: { "/x": 1 } },
    { openapi: "3.0.1", info: { title: "t", version: "1" }, paths: { "/x": { get: { responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object", nullable: "yes" } } } } } } } } },
    { ...real, components: { schemas: { Bad: { type: "string", unknownKeyword: true, enum: "not a list" } } } },
  ];
}

describe("the OpenAPI schema validator kept in the build cache", () => {
  it("finds exactly what a freshly compiled one finds, and a damaged entry is compiled again", async () => {
    const directory = temporaryDirectory("schema-validator");
    const build = new ContentCache(directory);
    const compiled = new OpenApiSchemaValidator(build);
    const expected = documents().map((document) => compiled.violations(document));
    expect(expected.map((violations) => violations.length > 0)).toEqual([false, true, true, true]);
    const stored = new OpenApiSchemaValidator(build);
    expect(documents().map((document) => stored.violations(document))).toEqual(expected);

    await settleCacheWrites();
    const folder = join(directory, "openapi-3.0-validator");
    const [entry] = readdirSync(folder);
    writeFileSync(join(folder, entry!), "this is not JavaScript (");
    expect(documents().map((document) => new OpenApiSchemaValidator(build).violations(document))).toEqual(expected);
    await settleCacheWrites();
    expect(readFileSync(join(folder, entry!), "utf8")).toContain("module.exports");
  });
});

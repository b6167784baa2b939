import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TemplateRenderer } from "../../generator/emit/templates.ts";
import { ContentCache, settleCacheWrites } from "../../generator/write/cache.ts";
import { projectRoot, temporaryDirectory } from "../helpers/project.ts";

const templates = join(projectRoot, "templates");

describe("templates compiled once into the build cache", () => {
  it("render exactly as when compiled on the spot, and a missing value still fails", async () => {
    const directory = temporaryDirectory("build-cache");
    const data = { pathsJson: JSON.stringify({ "@twilio-codegen/*": ["../*/dist/index.d.ts"] }) };
    const fresh = new TemplateRenderer(templates, new ContentCache(undefined), new ContentCache(undefined)).render("aggregate/package/tsconfig.json.hbs", data);
    const storing = new TemplateRenderer(templates, new ContentCache(undefined), new ContentCache(directory));
    expect(storing.render("aggregate/package/tsconfig.json.hbs", data)).toBe(fresh);
    await settleCacheWrites();
    expect(readdirSync(join(directory, "handlebars")).length).toBe(1);
    const loading = new TemplateRenderer(templates, new ContentCache(undefined), new ContentCache(directory));
    expect(loading.render("aggregate/package/tsconfig.json.hbs", data)).toBe(fresh);
    expect(() => loading.render("aggregate/package/tsconfig.json.hbs", {})).toThrow(/pathsJson/);
  });
});

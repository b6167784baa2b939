import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { RunContext } from "../../generator/context.ts";
import { emitAll } from "../../generator/emit/index.ts";
import { readSource } from "../../generator/load/source.ts";
import { buildModel } from "../../generator/load/index.ts";
import { AGGREGATE_PACKAGE } from "../../generator/names.ts";
import type { OutputFiles } from "../../generator/write/output.ts";
import { fixture, projectRoot } from "../helpers/project.ts";

/**
 * Each emitter's harness: the hand-written tiny API and capability go in, and
 * every generated file (but the copied runtime and its compiled twin) is
 * compared with a reviewed snapshot kept beside the emitter.
 */
let files: OutputFiles;

beforeAll(async () => {
  const ctx = new RunContext();
  const model = await buildModel(ctx, {
    documents: [{ source: readSource("tiny.yaml", fixture("openapi", "tiny.yaml")) }],
    capabilities: [readSource("tiny-widgets.yaml", fixture("capabilities", "tiny-widgets.yaml"))],
  });
  files = await emitAll(model, { projectRoot, packageVersion: "0.0.0-test" });
});

const SNAPSHOTS = {
  routeModules: "generator/emit/__snapshots__/routes",
  client: "generator/emit/client/__snapshots__",
  aggregate: "generator/emit/aggregate/__snapshots__",
  routes: "generator/emit/__snapshots__/routes",
  mcp: "generator/emit/__snapshots__/mcp",
  docs: "generator/emit/docs/__snapshots__",
  server: "generator/emit/server/__snapshots__",
};

const SERVER_PACKAGE_FILES = ["capabilities/tiny-widgets/package.json", "capabilities/tiny-widgets/server.json", "capabilities/tiny-widgets/README.md", "servers/tiny/package.json", "servers/tiny/server.json"];

function snapshotPath(path: string): string {
  if (SERVER_PACKAGE_FILES.includes(path)) return join(projectRoot, SNAPSHOTS.server, `${path}.snap`);
  const folder = path.startsWith(`${AGGREGATE_PACKAGE.directory}/`) ? SNAPSHOTS.aggregate : path.endsWith(".md") && !path.endsWith("README.md") ? SNAPSHOTS.docs : path.endsWith("routes.ts") ? SNAPSHOTS.routeModules : path.endsWith("routes.json") ? SNAPSHOTS.routes : /mcp(\.bindings)?\.json$/.test(path) ? SNAPSHOTS.mcp : SNAPSHOTS.client;
  return join(projectRoot, folder, `${path}.snap`);
}

describe("emitter harness on the tiny API", () => {
  it("emits the expected set of files", () => {
    const listed = [...files.keys()].filter((path) => !path.includes("/runtime/") && !path.includes("/helpers/"));
    expect(listed).toMatchInlineSnapshot(`
      [
        "tiny/src/api.ts",
        "tiny/dist/api.js",
        "tiny/dist/api.d.ts",
        "tiny/src/index.ts",
        "tiny/dist/index.js",
        "tiny/dist/index.d.ts",
        "tiny/src/types.ts",
        "tiny/dist/types.js",
        "tiny/dist/types.d.ts",
        "tiny/dist/index.cjs",
        "tiny/dist/index.d.cts",
        "tiny/package.json",
        "tiny/tsconfig.json",
        "tiny/README.md",
        "tiny/calls.json",
        "twilio/src/index.ts",
        "twilio/dist/index.js",
        "twilio/dist/index.d.ts",
        "twilio/dist/index.cjs",
        "twilio/dist/index.d.cts",
        "twilio/package.json",
        "twilio/tsconfig.json",
        "twilio/README.md",
        "tiny/routes.json",
        "capabilities/tiny-widgets/routes.json",
        "capabilities/tiny-widgets/routes.ts",
        "tiny/mcp.json",
        "tiny/mcp.bindings.json",
        "capabilities/tiny-widgets/mcp.json",
        "capabilities/tiny-widgets/mcp.bindings.json",
        "tiny/SKILL.md",
        "tiny/docs/settings.md",
        "tiny/docs/widgets.md",
        "tiny/docs/widgets-widget-parts.md",
        "capabilities/tiny-widgets/SKILL.md",
        "capabilities/tiny-widgets/package.json",
        "capabilities/tiny-widgets/server.json",
        "capabilities/tiny-widgets/dist/mcp.js",
        "capabilities/tiny-widgets/dist/rest.js",
        "capabilities/tiny-widgets/README.md",
        "servers/tiny/package.json",
        "servers/tiny/server.json",
        "servers/tiny/dist/mcp.js",
        "servers/tiny/dist/rest.js",
        "servers/tiny/README.md",
      ]
    `);
  });

  for (const path of ["tiny/src/api.ts", "tiny/src/types.ts", "tiny/src/index.ts", "tiny/dist/types.d.ts", "tiny/package.json", "tiny/README.md", "tiny/routes.json", "capabilities/tiny-widgets/routes.json", "tiny/calls.json", "tiny/mcp.json", "tiny/mcp.bindings.json", "capabilities/tiny-widgets/mcp.json", "capabilities/tiny-widgets/mcp.bindings.json", "capabilities/tiny-widgets/routes.ts", "tiny/SKILL.md", "tiny/docs/widgets.md", "capabilities/tiny-widgets/SKILL.md", "twilio/src/index.ts", "twilio/package.json", "twilio/README.md", ...SERVER_PACKAGE_FILES]) {
    it(`matches the reviewed ${path}`, async () => {
      await expect(files.get(path)).toMatchFileSnapshot(snapshotPath(path));
    });
  }

  it("copies the runtime unchanged", () => {
    const runtime = [...files.keys()].filter((path) => path.startsWith("tiny/src/runtime/"));
    const written = runtime.map((path) => path.slice("tiny/src/runtime/".length));
    expect(written).toEqual(readdirSync(join(projectRoot, "templates/runtime")).filter((name) => name.endsWith(".ts")).sort());
    for (const name of written) expect(files.get(`tiny/src/runtime/${name}`)).toBe(readFileSync(join(projectRoot, "templates/runtime", name), "utf8"));
  });
});

describe("the emitted tiny package, loaded from disk", () => {
  it("honours limit on a list whose spec has no query parameters", async () => {
    const { mkdirSync, writeFileSync } = await import("node:fs");
    const { dirname } = await import("node:path");
    const { temporaryDirectory } = await import("../helpers/project.ts");
    const { HttpStub, json } = await import("../helpers/http-stub.ts");
    const root = temporaryDirectory("tiny");
    for (const [path, text] of files) {
      if (!path.startsWith("tiny/")) continue;
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const stub = new HttpStub();
    const baseUrl = await stub.start();
    stub.handler = (_, response) => json(response, 200, { parts: [{ sid: "P1" }, { sid: "P2" }, { sid: "P3" }], meta: { key: "parts", next_page_url: null } });
    try {
      const { default: twilio } = (await import(join(root, "tiny/dist/index.js"))) as { default: (sid: string, token: string, options: object) => { tiny: { v1: { widgets: (sid: string) => { widgetParts: { list: (params: object) => Promise<Array<{ sid: string }>> } } } } } };
      const parts = await twilio("AC1", "token", { baseUrl }).tiny.v1.widgets("WG1").widgetParts.list({ limit: 2 });
      expect(parts.map((part) => part.sid)).toEqual(["P1", "P2"]);
      expect(stub.requests.map((request) => request.url)).toEqual(["/v1/Widgets/WG1/Parts"]);
    } finally {
      await stub.stop();
    }
  });
});

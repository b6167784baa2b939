import { builtinModules } from "node:module";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build, type Plugin } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { consumerProject, generatedPackageDirectories } from "../helpers/installed-packages.ts";
import { projectRoot } from "../helpers/project.ts";

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Records every import of a Node built-in instead of letting the build fail on the first. */
function builtinImports(found: string[]): Plugin {
  return {
    name: "node-builtins",
    setup(builder) {
      builder.onResolve({ filter: /.*/ }, (args) => {
        if (!NODE_BUILTINS.has(args.path) && !args.path.startsWith("node:")) return undefined;
        found.push(`${args.path} (from ${args.importer})`);
        return { path: args.path, external: true };
      });
    },
  };
}

/** Hand-written code copied into packages; only environment.ts may look at the host. */
const RUNTIME_DIRECTORIES = ["templates/runtime", "templates/aggregate"];

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
}

describe("edge-safe: the clients build for platform=neutral and touch no Node API", () => {
  const names = generatedPackageDirectories().map((directory) => (JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as { name: string }).name);
  let project = "";

  beforeAll(() => {
    project = consumerProject("neutral", { type: "module" });
  });

  for (const name of names) {
    it(`${name}: an app using the whole package bundles with no Node built-in imported`, async () => {
      const entry = join(project, `app-${name.replace(/\W/g, "-")}.mjs`);
      writeFileSync(entry, `import * as all from ${JSON.stringify(name)};\nconsole.log(all, all.default("AC1", "token"));\n`);
      const found: string[] = [];
      const result = await build({ entryPoints: [entry], absWorkingDir: project, bundle: true, platform: "neutral", format: "esm", mainFields: ["module", "main"], write: false, logLevel: "silent", plugins: [builtinImports(found)] });
      expect(found).toEqual([]);
      expect(result.outputFiles[0]!.text).toContain(".twilio.com");
    });
  }

  it("a Node built-in import is caught by this check (the check can fail)", async () => {
    const entry = join(project, "uses-node.mjs");
    writeFileSync(entry, 'import { readFileSync } from "node:fs";\nconsole.log(readFileSync);\n');
    const found: string[] = [];
    await build({ entryPoints: [entry], bundle: true, platform: "neutral", format: "esm", write: false, logLevel: "silent", plugins: [builtinImports(found)] });
    expect(found).toEqual([`node:fs (from ${entry})`]);
  });

  it("the hand-written runtime names process, Buffer or node: only in environment.ts", () => {
    const offenders: string[] = [];
    for (const directory of RUNTIME_DIRECTORIES) {
      for (const file of readdirSync(join(projectRoot, directory)).filter((name) => name.endsWith(".ts") && name !== "environment.ts" && !name.endsWith(".test.ts"))) {
        const code = stripComments(readFileSync(join(projectRoot, directory, file), "utf8")).replace(/processInfo/g, "");
        if (/\bprocess\b|\bBuffer\b|["']node:/.test(code)) offenders.push(`${directory}/${file}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

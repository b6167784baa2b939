import { spawn } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot, temporaryDirectory } from "../helpers/project.ts";
import { expectSafeOutput, runCase, TypeCheckBatch } from "./harness.ts";
import { buildSpec } from "./specs.ts";

const LONG = 600_000;

describe("a very large document", () => {
  it(
    "with 400 resources and 1,200 operations generates, stays safe and type-checks",
    async () => {
      const spec = buildSpec({}) as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
      const template = JSON.stringify({ list: spec.paths["/v1/Things"], instance: spec.paths["/v1/Things/{Sid}"] });
      for (let index = 0; index < 400; index++) {
        const copy = JSON.parse(template.replace(/Thing/g, `Thing${index}x`).replace(/\/v1\/Thing/g, `/v1/Thing`)) as { list: Record<string, unknown>; instance: Record<string, unknown> };
        spec.paths[`/v1/Many${index}`] = copy.list;
        spec.paths[`/v1/Many${index}/{Sid}`] = copy.instance;
      }
      for (const key of Object.keys(spec.paths)) if (key.startsWith("/v1/Things")) delete spec.paths[key];
      const result = await runCase(spec, temporaryDirectory("large-cache"));
      expect(result.kind).toBe("generated");
      if (result.kind !== "generated") return;
      expect(result.api.operations).toHaveLength(1200);
      expectSafeOutput(result.files);
      const batch = new TypeCheckBatch();
      batch.add("large", result.files);
      await batch.check();
    },
    LONG,
  );
});

function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
      const path = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else files.set(path, readFileSync(join(root, path), "utf8"));
    }
  };
  walk("");
  return files;
}

describe("interrupted generation", () => {
  it(
    "a kill -9 at any moment of npm run generate leaves the output as it was, or wholly replaced",
    async () => {
      const parent = temporaryDirectory("kill");
      const out = join(parent, "generated");
      cpSync(join(projectRoot, "generated"), out, { recursive: true });
      // Make the run have work to do: it must rewrite this file and drop the stray one.
      writeFileSync(join(out, "conversations-v1/SKILL.md"), "stale\n");
      writeFileSync(join(out, "stray.txt"), "stray\n");
      const before = snapshot(out);
      const after = snapshot(join(projectRoot, "generated"));
      let interrupted = 0;
      for (const delay of [150, 300, 450, 600, 750, 900, 1100, 1300, 1600, 2000]) {
        const child = spawn(process.execPath, [join(projectRoot, "generator/launch.mjs"), join(projectRoot, "generator/cli.ts"), "--out", out, "--quiet"], { cwd: projectRoot, env: { ...process.env, TWILIO_CODEGEN_CACHE_DIR: temporaryDirectory("kill-cache") }, stdio: "ignore" });
        const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
        await new Promise((resolve) => setTimeout(resolve, delay));
        child.kill("SIGKILL");
        const code = await exited;
        const now = snapshot(out);
        const untouched = JSON.stringify([...now]) === JSON.stringify([...before]);
        const replaced = JSON.stringify([...now].sort()) === JSON.stringify([...after].sort());
        expect(untouched || replaced, `after a kill at ${delay} ms the output is neither as it was nor complete`).toBe(true);
        if (untouched && code === null) interrupted++;
        if (replaced) {
          // Put the old state back so the next kill lands on a run with work to do.
          rmSync(out, { recursive: true, force: true });
          cpSync(join(projectRoot, "generated"), out, { recursive: true });
          writeFileSync(join(out, "conversations-v1/SKILL.md"), "stale\n");
          writeFileSync(join(out, "stray.txt"), "stray\n");
        }
        for (const leftover of readdirSync(dirname(out)).filter((name) => name.includes(".tmp-"))) rmSync(join(dirname(out), leftover), { recursive: true, force: true });
      }
      expect(interrupted, "no kill landed during a run").toBeGreaterThan(0);
      expect(existsSync(join(out, "conversations-v1/package.json"))).toBe(true);
    },
    LONG,
  );
});

import { execFile } from "node:child_process";
import { cpSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot, temporaryDirectory } from "../helpers/project.ts";

function generate(args: string[], cacheDirectory: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const env = { ...process.env, DEBUG: "", TWILIO_CODEGEN_CACHE_DIR: cacheDirectory };
    execFile(process.execPath, ["--import", "tsx", join(projectRoot, "generator/cli.ts"), ...args, "--quiet"], { cwd: projectRoot, env }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

function tree(root: string, prefix = ""): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) for (const [path, bytes] of tree(root, relative)) files.set(path, bytes);
    else files.set(relative, readFileSync(join(root, relative)));
  }
  return files;
}

describe("the content-hash cache", () => {
  it("gives a warm run exactly the bytes of a cold one, and both match generated/", async () => {
    const scratch = temporaryDirectory("cache");
    const cache = join(scratch, "cache");
    // Versions and changelogs continue from the surface already in the output tree, so both runs
    // start from a copy of the committed one: then every byte must come out as committed.
    for (const run of ["cold", "warm"]) cpSync(join(projectRoot, "generated"), join(scratch, run), { recursive: true });
    const cold = await generate(["--out", join(scratch, "cold")], cache);
    expect(cold.code, cold.stderr).toBe(0);
    const entries = readdirSync(cache).flatMap((namespace) => readdirSync(join(cache, namespace)));
    expect(entries.length).toBeGreaterThan(0);
    const warm = await generate(["--out", join(scratch, "warm")], cache);
    expect(warm.code, warm.stderr).toBe(0);

    const coldFiles = tree(join(scratch, "cold"));
    const warmFiles = tree(join(scratch, "warm"));
    const committed = tree(join(projectRoot, "generated"));
    expect([...warmFiles.keys()].sort()).toEqual([...coldFiles.keys()].sort());
    expect([...committed.keys()].sort()).toEqual([...coldFiles.keys()].sort());
    for (const [path, bytes] of coldFiles) {
      expect(bytes.equals(warmFiles.get(path)!), `warm ${path}`).toBe(true);
      expect(bytes.equals(committed.get(path)!), `committed ${path}`).toBe(true);
    }
    // The warm run found everything it needed: it added no entry.
    expect(readdirSync(cache).flatMap((namespace) => readdirSync(join(cache, namespace))).length).toBe(entries.length);
  });
});

import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot, runGenerateCli, temporaryDirectory } from "../helpers/project.ts";

function snapshotTree(root: string, prefix = ""): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) for (const [path, bytes] of snapshotTree(root, relative)) files.set(path, bytes);
    else files.set(relative, readFileSync(join(root, relative)));
  }
  return files;
}

describe("output is deterministic and --check guards it", () => {
  it("gives identical bytes when run twice", async () => {
    const first = join(temporaryDirectory("det"), "a");
    const second = join(temporaryDirectory("det"), "b");
    expect((await runGenerateCli(["--out", first, "--quiet"])).code).toBe(0);
    expect((await runGenerateCli(["--out", second, "--quiet"])).code).toBe(0);
    const a = snapshotTree(first);
    const b = snapshotTree(second);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect(a.size).toBeGreaterThan(0);
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);
  });

  it("leaves an up-to-date tree untouched and reports it unchanged", async () => {
    const out = join(temporaryDirectory("rerun"), "out");
    await runGenerateCli(["--out", out, "--quiet"]);
    const rerun = await runGenerateCli(["--out", out, "--quiet"]);
    expect(rerun.stdout).toMatch(/ 0 written, \d+ unchanged, 0 removed/);
  });

  it("fails --check after one byte of the output changes, naming the file, and writes nothing", async () => {
    const out = join(temporaryDirectory("check"), "generated");
    cpSync(join(projectRoot, "generated"), out, { recursive: true });
    expect((await runGenerateCli(["--check", "--out", out])).code).toBe(0);

    const victim = "capabilities/flex-interactions/routes.json";
    const original = readFileSync(join(out, victim));
    const altered = Buffer.from(original);
    altered[10] = altered[10] === 0x20 ? 0x21 : 0x20;
    writeFileSync(join(out, victim), altered);

    const check = await runGenerateCli(["--check", "--out", out]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`changed  ${victim}`);
    expect(readFileSync(join(out, victim)).equals(altered)).toBe(true);
  });

  it("reports extra and missing files under --check", async () => {
    const out = join(temporaryDirectory("check2"), "generated");
    cpSync(join(projectRoot, "generated"), out, { recursive: true });
    writeFileSync(join(out, "stray.txt"), "not generated\n");
    const check = await runGenerateCli(["--check", "--out", out]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("extra    stray.txt");
  });
});

import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { commitOutput, recoverInterruptedRun } from "../../generator/write/output.ts";
import { fixture, projectRoot, runGenerateCli, temporaryDirectory } from "../helpers/project.ts";

describe("writes are atomic", () => {
  it("leaves an existing output exactly as it was when a run fails", async () => {
    const out = join(temporaryDirectory("atomic"), "generated");
    cpSync(join(projectRoot, "generated"), out, { recursive: true });
    const before = readFileSync(join(out, "conversations-v1/routes.json"));
    const failed = await runGenerateCli(["--spec", fixture("openapi", "tiny.yaml"), "--capability", "test/fixtures/bad/unmatched-operation.yaml", "--out", out]);
    expect(failed.code).toBe(1);
    expect(readFileSync(join(out, "conversations-v1/routes.json")).equals(before)).toBe(true);
    expect(existsSync(join(out, "tiny"))).toBe(false);
  });

  it("replaces the whole tree, dropping files that are no longer generated", async () => {
    const out = join(temporaryDirectory("swap"), "out");
    await commitOutput(out, new Map([["a/one.txt", "1\n"], ["two.txt", "2\n"]]));
    await commitOutput(out, new Map([["a/one.txt", "one\n"]]));
    expect(readFileSync(join(out, "a/one.txt"), "utf8")).toBe("one\n");
    expect(existsSync(join(out, "two.txt"))).toBe(false);
  });

  it("recovers from a kill between the two renames of the swap", async () => {
    const parent = temporaryDirectory("recover");
    const out = join(parent, "generated");
    await commitOutput(out, new Map([["kept.txt", "kept\n"]]));
    // The state a kill -9 leaves mid-swap: old tree moved aside, new tree half written.
    renameSync(out, `${out}.old-4242`);
    mkdirSync(`${out}.tmp-4242`);
    writeFileSync(join(`${out}.tmp-4242`, "partial.txt"), "partial");
    expect(recoverInterruptedRun(out)).toBe(`${out}.old-4242`);
    expect(readFileSync(join(out, "kept.txt"), "utf8")).toBe("kept\n");
    expect(existsSync(`${out}.tmp-4242`)).toBe(false);
    expect(existsSync(`${out}.old-4242`)).toBe(false);
  });
});

import { appendFileSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate, type GenerateOptions } from "../../generator/run.ts";
import { fixture, projectRoot, temporaryDirectory } from "../helpers/project.ts";

// A remembered run is believed only for the very output it found up to date: everything else runs in full.
const work = temporaryDirectory("memo");
const specFile = join(work, "tiny.yaml");
const out = join(work, "out");
const options = (check = false): GenerateOptions => ({ projectRoot, cwd: work, out, check, all: false, specs: [specFile], capabilities: [] });
const previousCache = process.env["TWILIO_CODEGEN_CACHE_DIR"];

beforeAll(() => {
  process.env["TWILIO_CODEGEN_CACHE_DIR"] = join(work, "cache");
  writeFileSync(specFile, readFileSync(fixture("openapi", "tiny.yaml"), "utf8"));
});

afterAll(() => {
  if (previousCache === undefined) delete process.env["TWILIO_CODEGEN_CACHE_DIR"];
  else process.env["TWILIO_CODEGEN_CACHE_DIR"] = previousCache;
});

describe("a run over output it already found up to date", () => {
  it("is recalled only after a run that changed nothing, with that run's answer", async () => {
    const writing = await generate(options());
    expect(writing.recalled).toBe(false);
    expect(writing.diff.added.length).toBeGreaterThan(0);
    const confirming = await generate(options());
    expect(confirming.recalled).toBe(false);
    const recalled = await generate(options());
    expect(recalled.recalled).toBe(true);
    expect(recalled.diff.unchanged).toEqual(confirming.diff.unchanged);
    expect(recalled.changes).toEqual(confirming.changes);
    expect(recalled.warnings).toEqual(confirming.warnings);
    expect(recalled.summary.replace(/[\d.]+ s$/, "")).toBe(confirming.summary.replace(/[\d.]+ s$/, ""));
    const check = await generate(options(true));
    expect([check.recalled, check.outOfDate]).toEqual([true, false]);
  }, 60_000);

  it("runs in full when a file was edited, and puts it back", async () => {
    const index = join(out, "tiny/src/index.ts");
    const committed = readFileSync(index, "utf8");
    appendFileSync(index, "// edited\n");
    const check = await generate(options(true));
    expect([check.recalled, check.outOfDate, check.diff.changed]).toEqual([false, true, ["tiny/src/index.ts"]]);
    const repaired = await generate(options());
    expect(repaired.recalled).toBe(false);
    expect(readFileSync(index, "utf8")).toBe(committed);
  }, 60_000);

  it("runs in full after an edit that keeps the size, and is still recalled after a touch that keeps the content", async () => {
    await generate(options());
    expect((await generate(options(true))).recalled).toBe(true);
    const readme = join(out, "tiny/README.md");
    const text = readFileSync(readme, "utf8");
    const later = new Date(Date.now() + 5_000);
    writeFileSync(readme, text);
    utimesSync(readme, later, later);
    expect((await generate(options(true))).recalled).toBe(true);
    const sameSize = `${text.slice(0, -2)}!\n`;
    expect(sameSize.length).toBe(text.length);
    writeFileSync(readme, sameSize);
    const edited = await generate(options(true));
    expect([edited.recalled, edited.diff.changed]).toEqual([false, ["tiny/README.md"]]);
    await generate(options());
  }, 60_000);

  it("runs in full when a file was added or removed", async () => {
    await generate(options());
    writeFileSync(join(out, "tiny/extra.txt"), "not generated\n");
    const extra = await generate(options(true));
    expect([extra.recalled, extra.diff.removed]).toEqual([false, ["tiny/extra.txt"]]);
    rmSync(join(out, "tiny/extra.txt"));
    rmSync(join(out, "tiny/README.md"));
    const missing = await generate(options(true));
    expect([missing.recalled, missing.diff.added]).toEqual([false, ["tiny/README.md"]]);
  }, 60_000);

  it("runs in full when an input changed", async () => {
    await generate(options());
    await generate(options());
    expect((await generate(options(true))).recalled).toBe(true);
    const text = readFileSync(specFile, "utf8");
    const edited = text.replace("title: Tiny Widgets", "title: Tiny Widgets, edited");
    expect(edited).not.toBe(text);
    writeFileSync(specFile, edited);
    const changed = await generate(options(true));
    expect(changed.recalled).toBe(false);
    expect(changed.outOfDate).toBe(true);
  }, 60_000);
});

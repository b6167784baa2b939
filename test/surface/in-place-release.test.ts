import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate, type GenerateOptions } from "../../generator/run.ts";
import { copyProject, fixture, projectRoot, runGenerateCli, temporaryDirectory } from "../helpers/project.ts";

/**
 * Files that change under an unchanged surface (a newer generator or template)
 * must not keep the committed version: publishing skips a version the registry
 * has, so the new files would never be released. "A newer generator" here is a
 * copy of this project with one template edited, run over the output of this one.
 */
const work = temporaryDirectory("in-place");
const read = (out: string, path: string) => readFileSync(join(out, path), "utf8");
const version = (out: string, folder: string) => (JSON.parse(read(out, `${folder}/package.json`)) as { version: string }).version;
const options = (out: string, root = projectRoot, check = false): GenerateOptions => ({ projectRoot: root, cwd: work, out, check, all: false, specs: [fixture("openapi", "tiny.yaml")], capabilities: [] });

/** This project with `template` (under templates/) ending in one more line. */
function newerGenerator(template: string): string {
  const root = copyProject();
  appendFileSync(join(root, "templates", template), "\nA line a newer generator writes.\n");
  return root;
}

describe("a patch release for files changed under an unchanged surface (tiny.yaml)", () => {
  it("a newer template: the API's client and server and the aggregate move once, the changelog says why, stable after", async () => {
    const out = join(work, "server-template");
    await generate(options(out));
    const start = { tiny: version(out, "tiny"), aggregate: version(out, "twilio") };
    const newer = newerGenerator("server-package/README.md.hbs");

    const pending = await generate(options(out, newer, true));
    expect([pending.outOfDate, pending.release!.apis[0]!.bump]).toEqual([true, "patch"]);
    expect(version(out, "tiny")).toBe(start.tiny);

    const released = await generate(options(out, newer));
    const next = released.release!.apis[0]!.version;
    expect(released.release!.apis[0]).toMatchObject({ previousVersion: start.tiny, bump: "patch" });
    expect(next).not.toBe(start.tiny);
    expect([version(out, "tiny"), version(out, "servers/tiny"), JSON.parse(read(out, "tiny/surface.json")).version]).toEqual([next, next, next]);
    expect(read(out, "tiny/src/index.ts")).toContain(`"@twilio-codegen/tiny/${next}"`);
    expect(version(out, "twilio")).not.toBe(start.aggregate);
    const entry = read(out, "tiny/CHANGELOG.md").split(`## ${start.tiny}`)[0]!;
    expect(entry).toContain(`## ${next}`);
    expect(entry).toContain("### Generated code\n\n- package: 1 generated file changed with no change to the API surface");
    expect(entry).toContain("`servers/tiny/README.md`");
    expect(released.changes.summary).toContain(`tiny ${start.tiny} → ${next} (patch): 0 breaking, 0 additive, 0 docs, generated code changed`);

    // Possibly recalled (run-memo.ts): then there is no plan to read, only the output.
    const again = await generate(options(out, newer));
    expect([...again.diff.added, ...again.diff.changed, ...again.diff.removed]).toEqual([]);
    expect(version(out, "tiny")).toBe(next);
  }, 120_000);

  it("a newer aggregate template: only the aggregate moves", async () => {
    const out = join(work, "aggregate-template");
    await generate(options(out));
    const before = { tiny: version(out, "tiny"), aggregate: version(out, "twilio") };
    await generate(options(out, newerGenerator("aggregate/package/README.md.hbs")));
    expect(version(out, "tiny")).toBe(before.tiny);
    expect(version(out, "twilio")).not.toBe(before.aggregate);
    expect(JSON.parse(read(out, "releases.json")).packages.twilio.version).toBe(version(out, "twilio"));
  }, 120_000);

  it("a file edited by hand in the output is put back, with no release", async () => {
    const out = join(work, "hand-edit");
    await generate(options(out));
    const before = { tiny: version(out, "tiny"), aggregate: version(out, "twilio") };
    const index = join(out, "tiny/dist/index.js");
    const generated = readFileSync(index, "utf8");
    appendFileSync(index, "// edited by hand\n");
    const result = await generate(options(out));
    expect(result.diff.changed).toEqual(["tiny/dist/index.js"]);
    expect(result.release!.apis[0]!.bump).toBeUndefined();
    expect([version(out, "tiny"), version(out, "twilio"), readFileSync(index, "utf8")]).toEqual([before.tiny, before.aggregate, generated]);
  }, 120_000);

  it("output from before the records: files that differ from the disk count; records it cannot read are refused by name", async () => {
    const out = join(work, "no-records");
    await generate(options(out));
    const before = version(out, "tiny");
    rmSync(join(out, "releases.json"));
    appendFileSync(join(out, "tiny/README.md"), "\nAn older generator's line.\n");
    const result = await generate(options(out));
    expect(result.release!.apis[0]).toMatchObject({ previousVersion: before, bump: "patch" });
    expect(JSON.parse(read(out, "releases.json")).packages.tiny.version).toBe(version(out, "tiny"));

    for (const [text, message] of [["{}", /^error: .*releases\.json.*: not package records of format 1/m], ["{ not json", /^error: .*releases\.json.*: the package records are not JSON/m]] as const) {
      writeFileSync(join(out, "releases.json"), text);
      const refused = await runGenerateCli(["--spec", fixture("openapi", "tiny.yaml"), "--out", out, "--quiet"]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(message);
      expect(refused.stderr).not.toMatch(/\n\s+at /);
    }
  }, 120_000);
});

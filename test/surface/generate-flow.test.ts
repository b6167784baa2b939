import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { generate, type GenerateOptions } from "../../generator/run.ts";
import { fixture, projectRoot, runGenerateCli, temporaryDirectory } from "../helpers/project.ts";

// A parsed YAML document, edited by path; its shape is the fixture's, not a type of ours.
type Spec = Record<string, any>;

const work = temporaryDirectory("flow");
const specFile = join(work, "tiny.json");
const out = join(work, "out");
const tiny = (): Spec => parse(readFileSync(fixture("openapi", "tiny.yaml"), "utf8")) as Spec;
const read = (path: string) => readFileSync(join(out, path), "utf8");
const version = () => (JSON.parse(read("tiny/package.json")) as { version: string }).version;
const options = (check = false): GenerateOptions => ({ projectRoot, cwd: work, out, check, all: false, specs: [specFile], capabilities: [] });

function describeSettingsTimer(text: string): void {
  const spec = tiny();
  spec["paths"]["/v1/Settings"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]["properties"]["Timers.Inactive"]["description"] = text;
  writeFileSync(specFile, JSON.stringify(spec));
}

describe("versions and changelogs across runs (tiny.yaml in a temporary folder)", () => {
  it("starts at 1.0.0, regenerates byte for byte, bumps patch for a description, and --check sees a pending change", async () => {
    writeFileSync(specFile, JSON.stringify(tiny()));
    const first = await generate(options());
    expect(first.release!.apis.map((release) => [release.api, release.version, release.previousVersion])).toEqual([["tiny", "1.0.0", undefined]]);
    expect(version()).toBe("1.0.0");
    expect(read("tiny/CHANGELOG.md")).toMatch(/^# Changelog of @twilio-codegen\/tiny\n[\s\S]*\n## 1\.0\.0\n\nFirst release: 7 operations/);
    expect(JSON.parse(read("tiny/surface.json"))).toMatchObject({ api: "tiny", version: "1.0.0", methods: { "widgets.create": { operation: "CreateWidget" } } });

    const second = await generate(options());
    expect(second.release!.apis[0]!.changes).toEqual([]);
    expect([...second.diff.added, ...second.diff.changed, ...second.diff.removed]).toEqual([]);

    describeSettingsTimer("An ISO 8601 duration, such as PT5M.");
    const cli = await runGenerateCli(["--spec", specFile, "--out", out, "--quiet", "--changes", join(work, "changes.md")]);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toContain("API changes:\n  tiny 1.0.0 → 1.0.1 (patch): 0 breaking, 0 additive, 2 docs");
    expect(version()).toBe("1.0.1");
    expect(read("tiny/src/index.ts")).toContain('"@twilio-codegen/tiny/1.0.1"');
    const changelog = read("tiny/CHANGELOG.md");
    expect(changelog.indexOf("## 1.0.1")).toBeLessThan(changelog.indexOf("## 1.0.0"));
    expect(changelog).toContain("- client: `settings().update`: option `timers.inactive`: description changed");
    expect(readFileSync(join(work, "changes.md"), "utf8")).toMatch(/^# API changes\n\n## tiny: 1\.0\.0 → 1\.0\.1 \(patch\)\n/);
    expect((await generate(options(true))).outOfDate).toBe(false);

    describeSettingsTimer("Another text.");
    const pending = await generate(options(true));
    expect(pending.outOfDate).toBe(true);
    expect(pending.diff.changed).toEqual(expect.arrayContaining(["tiny/CHANGELOG.md", "tiny/package.json", "tiny/surface.json"]));
    expect(version()).toBe("1.0.1");
  }, 120_000);

  it("refuses a committed surface it cannot read, naming the file", async () => {
    const folder = temporaryDirectory("flow-bad");
    const spec = join(folder, "tiny.json");
    writeFileSync(spec, JSON.stringify(tiny()));
    const target = join(folder, "out");
    expect((await runGenerateCli(["--spec", spec, "--out", target, "--quiet"])).code).toBe(0);
    writeFileSync(join(target, "tiny/surface.json"), "{ not json");
    const result = await runGenerateCli(["--spec", spec, "--out", target, "--quiet"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: .*tiny\/surface\.json.*: the committed surface is not JSON/m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});

import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot, temporaryDirectory } from "../helpers/project.ts";

const TSC = join(projectRoot, "node_modules/typescript/bin/tsc");

/** The settings of the generated packages' tsconfig, which the helpers are copied into. */
const PACKAGE_SETTINGS = {
  noEmit: true,
  strict: true,
  noUncheckedIndexedAccess: true,
  isolatedDeclarations: true,
  declaration: true,
  skipLibCheck: false,
  allowImportingTsExtensions: true,
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  lib: ["ES2022", "DOM"],
  types: [],
};

/** Type-checks through a tsconfig, since the command line cannot say `types: []`. */
function tsc(files: string[]): Promise<string> {
  const project = join(temporaryDirectory("drop-in-tsconfig"), "tsconfig.json");
  writeFileSync(project, JSON.stringify({ compilerOptions: PACKAGE_SETTINGS, files }));
  return new Promise((done) => {
    execFile(process.execPath, [TSC, "-p", project], { cwd: projectRoot, timeout: 120_000 }, (_, stdout, stderr) => done(`${stdout}${stderr}`));
  });
}

describe("the helpers as a drop-in for twilio-node's types", () => {
  // twilio-usage.ts itself compiles against `twilio` in the project's own type check (tsconfig.json covers test/).
  it("compile code written against twilio 6.2.0 with only the import line changed, under the generated packages' settings", async () => {
    const usage = readFileSync(join(projectRoot, "test/token-webhook/usage/twilio-usage.ts"), "utf8");
    const importLine = 'import twilio from "twilio";';
    expect(usage).toContain(importLine);
    const helpers = join(projectRoot, "templates/helpers/index.ts");
    const ours = join(temporaryDirectory("drop-in-types"), "usage.ts");
    writeFileSync(ours, usage.replace(importLine, `import * as twilio from ${JSON.stringify(helpers)};`));
    expect(await tsc([ours, helpers])).toBe("");
  });
});

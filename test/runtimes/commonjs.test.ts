import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AGGREGATE_PACKAGE, clientPackageName } from "../../generator/names.ts";
import { consumerProject, generatedPackageDirectories } from "../helpers/installed-packages.ts";
import { projectRoot } from "../helpers/project.ts";
import { RecordingUpstream, UPSTREAM } from "./upstream.ts";

const NODES = [
  { name: "Node 20 (the project's)", binary: process.execPath },
  { name: "Node 24", binary: join(projectRoot, "test/runtimes/node_modules/node24/bin/node") },
];

/** The packages that serve Conversations v1: the per-API one and the aggregate. */
const packages = generatedPackageDirectories()
  .map((directory) => (JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as { name: string }).name)
  .filter((name) => name === clientPackageName("conversations-v1") || name === AGGREGATE_PACKAGE.name);

function run(binary: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(binary, args, { cwd, timeout: 60_000 }, (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

describe("CommonJS: require() gives twilio-node's callable twilio", () => {
  const upstream = new RecordingUpstream();
  let project = "";
  let baseUrl = "";

  beforeAll(async () => {
    baseUrl = await upstream.start();
    project = consumerProject("commonjs", { type: "commonjs" });
    writeFileSync(
      join(project, "main.js"),
      [
        "const [name, baseUrl] = process.argv.slice(2);",
        "const twilio = require(name);",
        'const client = twilio("AC' + "a".repeat(32) + '", "token", { baseUrl });',
        "client.conversations.v1.users.list().then(async (users) => {",
        "  const esm = await import(name);",
        "  console.log(JSON.stringify({",
        "    callable: typeof twilio, identities: users.map((user) => user.identity),",
        "    named: typeof twilio.RestException, sameCode: twilio.RestException === esm.RestException, defaultIsCallable: twilio.default === twilio,",
        "    helpers: [typeof twilio.jwt?.AccessToken, typeof twilio.validateRequest, typeof twilio.webhook],",
        "  }));",
        "});",
      ].join("\n"),
    );
  });
  afterAll(() => upstream.stop());

  it("covers the per-API package and the aggregate", () => {
    expect(packages).toHaveLength(2);
  });

  it("the CommonJS types: `import twilio = require(…)` compiles under --strict for each package", async () => {
    const source = packages.map((name, index) => `import twilio${index} = require(${JSON.stringify(name)});\nconst users${index}: Promise<unknown[]> = twilio${index}("AC1", "token").conversations.v1.users.list();\nvoid users${index}; void twilio${index}.RestException;`);
    source.push(`void new twilio${packages.indexOf(AGGREGATE_PACKAGE.name)}.Twilio("AC1", "token");`);
    writeFileSync(join(project, "check.cts"), source.join("\n"));
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", lib: ["es2022", "dom"], types: [], noEmit: true }, files: ["check.cts"] }));
    const result = await run(process.execPath, [join(projectRoot, "node_modules/typescript/bin/tsc"), "-p", "."], project);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  for (const node of NODES) {
    for (const name of packages) {
      it(`${node.name}: require("${name}")(sid, token).conversations.v1.users.list()`, async () => {
        const result = await run(node.binary, ["main.js", name, baseUrl], project);
        expect(result.stderr).toBe("");
        expect(result.code).toBe(0);
        // twilio-node's helpers come with the aggregate, as with `require("twilio")`; a per-API package has none.
        const helpers = name === AGGREGATE_PACKAGE.name ? ["function", "function", "function"] : ["undefined", "undefined", "undefined"];
        expect(JSON.parse(result.stdout)).toEqual({ callable: "function", identities: UPSTREAM.pages.flat(), named: "function", sameCode: true, defaultIsCallable: true, helpers });
      });
    }
  }
});

import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { sha256Of } from "../../generator/load/source.ts";
import { copyProject, manifestDocument, projectRoot, specOperationCount } from "../helpers/project.ts";

const LONG = 600_000;

/** The tests that count operations, tools, routes and rows. The reviewed model snapshot is left out: it changes with the spec, in the same pull request. */
const COUNT_BEARING = ["test/model/conversations.test.ts", "test/emit/route-tables.test.ts", "test/docs/docs.test.ts", "test/client/prism-operations.test.ts"];
const COUNT_TESTS = "operation|MCP tool";

function run(args: string[], cwd: string): Promise<{ code: number; output: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST") && key !== "NODE_ENV"));
  return new Promise((resolve) => execFile(process.execPath, args, { cwd, env: { ...env, DEBUG: "" }, maxBuffer: 64 * 1024 * 1024, timeout: LONG }, (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, output: `${stdout}${stderr}` })));
}

describe("a spec update in a copy of the project", () => {
  it(
    "one operation removed and one optional parameter added: generate reports them, and the count-bearing tests pass as they are",
    async () => {
      const copy = copyProject();
      const document = JSON.parse(readFileSync(manifestDocument("conversations-v1").path, "utf8")) as { paths: Record<string, Record<string, { operationId: string; requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } }>> };
      const removed = document.paths["/v1/Credentials/{Sid}"]!["delete"]!.operationId;
      delete document.paths["/v1/Credentials/{Sid}"]!["delete"];
      document.paths["/v1/Credentials/{Sid}"]!["post"]!.requestBody!.content["application/x-www-form-urlencoded"]!.schema.properties["Comment"] = { type: "string", description: "A note for people." };
      const edited = join(copy, "specs/edited/twilio_conversations_v1.json");
      mkdirSync(dirname(edited), { recursive: true });
      writeFileSync(edited, JSON.stringify(document, null, 2));
      const manifestPath = join(copy, "specs/manifest.json");
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { apis: Array<{ document: string; sha256: string }> };
      const entry = manifest.apis.find((api) => api.document.endsWith("/twilio_conversations_v1.json"))!;
      entry.document = "./edited/twilio_conversations_v1.json";
      entry.sha256 = sha256Of(readFileSync(edited, "utf8"));
      writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));

      const generated = await run(["--import", "tsx", "generator/cli.ts", "--quiet"], copy);
      expect(generated.code, generated.output).toBe(0);
      expect(generated.output).toMatch(/conversations-v1 (\d+\.\d+\.\d+) → \d+\.0\.0 \(major\): 3 breaking, 2 additive/);
      expect(generated.output).toContain(`BREAKING client: \`credentials(sid).remove\` removed (${removed})`);

      const tests = await run(["node_modules/vitest/vitest.mjs", "run", ...COUNT_BEARING, "-t", COUNT_TESTS, "--reporter=verbose"], copy);
      expect(tests.code, tests.output.slice(-4000)).toBe(0);
      const count = specOperationCount(edited);
      expect(count).toBe(specOperationCount(manifestDocument("conversations-v1").path) - 1);
      expect(tests.output).toContain(`calls all ${count} operations`);
      expect(tests.output).toContain(`lists each of the ${count} operations exactly once`);
    },
    LONG,
  );
});

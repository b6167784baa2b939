import { execFile } from "node:child_process";
import { createHmac } from "node:crypto";
import { createRequire } from "node:module";
import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumerProject } from "../helpers/installed-packages.ts";
import { projectRoot } from "../helpers/project.ts";
import { RecordingUpstream, UPSTREAM } from "./upstream.ts";
// @ts-expect-error the suite is plain JavaScript, shared by every runtime
import { ACCOUNT, HELPER_INPUTS } from "./suite/suite.mjs";

/** twilio 6.2.0, a test-only devDependency: the reference for signatures. */
const twilioNode = createRequire(join(projectRoot, "package.json"))("twilio") as { getExpectedTwilioSignature(token: string, url: string, params: object): string };

const runtimes = join(projectRoot, "test/runtimes/node_modules");
const suite = join(projectRoot, "test/runtimes/suite");
const RUN_LIMIT_MS = 60_000;

interface Runtime {
  name: string;
  /** The binary, inside test/runtimes/node_modules: never one from PATH. */
  binary: string;
  args: (project: string, baseUrl: string) => string[];
}

const NODE22 = join(runtimes, "node22/bin/node");
const MATRIX: Runtime[] = [
  { name: "Node 20 (the project's)", binary: process.execPath, args: (project, url) => [join(project, "main.mjs"), url] },
  { name: "Node 22", binary: NODE22, args: (project, url) => [join(project, "main.mjs"), url] },
  { name: "Node 24", binary: join(runtimes, "node24/bin/node"), args: (project, url) => [join(project, "main.mjs"), url] },
  { name: "Bun", binary: join(runtimes, "bun/bin/bun.exe"), args: (project, url) => [join(project, "main.mjs"), url] },
  // No --allow-env: the client must run where reading the environment is refused.
  { name: "Deno", binary: join(runtimes, "deno/deno"), args: (project, url) => ["run", "--no-prompt", "--allow-net=127.0.0.1", join(project, "main.mjs"), url] },
  { name: "workerd (Miniflare, on Node 22)", binary: NODE22, args: (project, url) => [join(project, "miniflare.mjs"), join(runtimes, "miniflare"), join(project, "worker.js"), url] },
];

function run(binary: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(binary, args, { cwd, timeout: RUN_LIMIT_MS, env: { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? cwd, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" } }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** What every runtime must report for one package, derived from the upstream's data. */
function expectedReport(aggregate: boolean): Record<string, unknown> {
  const report: Record<string, unknown> = {
    created: { sid: UPSTREAM.user, identity: "ada", dateCreated: true },
    fetched: "ada",
    updated: "Ada",
    removed: true,
    paged: UPSTREAM.pages.flat().slice(0, 3),
    restException: { name: "RestException", status: UPSTREAM.notFound.status, code: UPSTREAM.notFound.code },
    isRestException: true,
    timeout: { name: "TimeoutError" },
    abort: { name: "AbortError" },
    retried: UPSTREAM.roles,
  };
  if (aggregate) report["aggregate"] = { isTwilio: true, shortcut: 1, flex: "function" };
  return report;
}

interface HelperReport {
  jwt: string;
  jwtAsync: string;
  signature: string;
  valid: boolean;
  validAsync: boolean;
  tampered: boolean;
}

/** The token is checked with node:crypto and its claims read back; the signature must be twilio-node's own. */
function expectHelpers(report: HelperReport): void {
  for (const jwt of [report.jwt, report.jwtAsync]) {
    const [header, payload, signature] = jwt.split(".");
    expect(createHmac("sha256", HELPER_INPUTS.apiSecret).update(`${header}.${payload}`).digest("base64url")).toBe(signature);
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString("utf8")) as Record<string, unknown>;
    expect(claims).toMatchObject({ iss: HELPER_INPUTS.apiKey, sub: ACCOUNT, grants: { identity: "ada", chat: { service_sid: HELPER_INPUTS.serviceSid } } });
    expect((claims["exp"] as number) - (claims["iat"] as number)).toBe(600);
  }
  expect(report.signature).toBe(twilioNode.getExpectedTwilioSignature(HELPER_INPUTS.authToken, HELPER_INPUTS.url, HELPER_INPUTS.params));
  expect([report.valid, report.validAsync, report.tampered]).toEqual([true, true, false]);
}

describe("the same suite in every runtime: the Conversations package and the aggregate", () => {
  const upstream = new RecordingUpstream();
  let baseUrl = "";
  let project = "";

  beforeAll(async () => {
    baseUrl = await upstream.start();
    project = consumerProject("runtimes", { type: "module" });
    for (const file of ["suite.mjs", "main.mjs", "miniflare.mjs"]) copyFileSync(join(suite, file), join(project, file));
    // A Worker is one bundle: esbuild, platform neutral, as `wrangler` would build it.
    await build({ entryPoints: [join(suite, "worker.mjs")], absWorkingDir: project, nodePaths: [join(project, "node_modules")], bundle: true, platform: "neutral", format: "esm", conditions: ["workerd", "worker"], mainFields: ["module", "main"], outfile: join(project, "worker.js"), logLevel: "silent" });
  });
  afterAll(() => upstream.stop());

  for (const runtime of MATRIX) {
    it(runtime.name, async () => {
      expect(existsSync(runtime.binary), `${runtime.binary} is installed by the root postinstall`).toBe(true);
      const before = upstream.requests.length;
      const result = await run(runtime.binary, runtime.args(project, baseUrl), project);
      expect(result.code, result.stderr).toBe(0);
      const report = JSON.parse(result.stdout.trim().split("\n").at(-1)!) as Record<string, Record<string, unknown>>;
      expect(report["single"]).toEqual(expectedReport(false));
      const { helpers, ...aggregate } = report["aggregate"]!;
      expect(aggregate).toEqual(expectedReport(true));
      expectHelpers(helpers as HelperReport);
      const seen = upstream.requests.slice(before).map((request) => `${request.method} ${request.url}`);
      // for-await with break: the third page is never asked for.
      expect(seen.filter((line) => line.includes("Page=2"))).toEqual([]);
      expect(seen.filter((line) => line.startsWith("GET /v1/Roles"))).toHaveLength(4);
      expect(seen.filter((line) => line === "DELETE /v1/Users/" + UPSTREAM.user)).toHaveLength(2);
    });
  }
});

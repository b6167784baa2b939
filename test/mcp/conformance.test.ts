import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpStub } from "../helpers/http-stub.ts";
import { projectRoot, temporaryDirectory } from "../helpers/project.ts";
import { startMcp, type RunningServer } from "../helpers/servers.ts";

/** The suite needs Node 22 (fs.globSync); the project's own Node is 20. */
const NODE22 = join(projectRoot, "test/runtimes/node_modules/node22/bin/node");
const SUITE = join(projectRoot, "node_modules/@modelcontextprotocol/conformance/dist/index.js");

/**
 * Scenarios of @modelcontextprotocol/conformance that do not apply to a server
 * of Twilio operations, and why. Every server scenario the suite lists must be
 * here or run below, so a new scenario in a new release is noticed.
 */
const NOT_APPLICABLE: Record<string, string> = {
  "logging-set-level": "the server declares no logging capability: it logs to stderr, and 2026-07-28 deprecates logging/setLevel",
  "completion-complete": "no prompts or resource templates to complete",
  "tools-call-simple-text": "calls the reference server's fixture tool test_simple_text",
  "tools-call-image": "calls the fixture tool test_image_content; Twilio operations return JSON",
  "tools-call-audio": "calls the fixture tool test_audio_content",
  "tools-call-embedded-resource": "calls the fixture tool test_embedded_resource; no resources are served",
  "tools-call-mixed-content": "calls the fixture tool test_multiple_content_types",
  "tools-call-with-logging": "calls the fixture tool test_tool_with_logging; no logging capability",
  "tools-call-error": "calls the fixture tool test_error_handling; our isError results are tested against Twilio errors in test/mcp/tool-modes.test.ts",
  "tools-call-with-progress": "calls the fixture tool test_tool_with_progress; one upstream request has no progress to report",
  "tools-call-sampling": "calls the fixture tool test_sampling; the server never asks the client to sample",
  "tools-call-elicitation": "calls the fixture tool test_elicitation; the server never elicits",
  "elicitation-sep1034-defaults": "the server never elicits",
  "elicitation-sep1330-enums": "the server never elicits",
  "json-schema-2020-12": "pending in this release; calls a fixture tool",
  "server-sse-polling": "pending in this release; needs a GET stream, which a stateless server does not offer",
  "server-sse-multiple-streams": "needs GET streams on a session; this server is stateless (GET is 405)",
  "resources-list": "no resources are served",
  "resources-read-text": "no resources are served",
  "resources-read-binary": "no resources are served",
  "resources-templates-read": "no resources are served",
  "resources-subscribe": "no resources are served",
  "resources-unsubscribe": "no resources are served",
  "prompts-list": "no prompts are served",
  "prompts-get-simple": "no prompts are served",
  "prompts-get-with-args": "no prompts are served",
  "prompts-get-embedded-resource": "no prompts are served",
  "prompts-get-with-image": "no prompts are served",
};

const APPLICABLE = ["server-initialize", "ping", "tools-list", "dns-rebinding-protection"];

function suite(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => execFile(NODE22, [SUITE, ...args], { cwd: projectRoot, timeout: 120_000 }, (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })));
}

interface Check {
  id: string;
  status: string;
  errorMessage?: string;
}

describe("@modelcontextprotocol/conformance against the HTTP server", () => {
  const upstream = new HttpStub();
  let server: RunningServer;
  beforeAll(async () => {
    server = await startMcp({ upstreamUrl: await upstream.start() });
  });
  afterAll(async () => {
    await server.close();
    await upstream.stop();
  });

  it("classifies every server scenario the suite knows as run here or not applicable", async () => {
    const listed = await suite(["list"]);
    expect(listed.code, listed.stderr).toBe(0);
    const section = listed.stdout.split(/Client scenarios/)[0]!;
    const scenarios = [...section.matchAll(/^\s+- (\S+)/gm)].map((match) => match[1]!);
    expect(scenarios.length).toBeGreaterThan(0);
    expect(scenarios.filter((name) => !APPLICABLE.includes(name) && !(name in NOT_APPLICABLE))).toEqual([]);
  });

  it.each(APPLICABLE)("%s passes every check", async (scenario) => {
    const output = temporaryDirectory(`conformance-${scenario}`);
    const run = await suite(["server", "--url", server.url, "--scenario", scenario, "-o", output]);
    const folder = readdirSync(output).find((name) => name.startsWith(`server-${scenario}`))!;
    const checks = JSON.parse(readFileSync(join(output, folder, "checks.json"), "utf8")) as Check[];
    expect(checks.filter((check) => check.status === "FAILURE"), run.stdout.slice(-2000)).toEqual([]);
    expect(checks.some((check) => check.status === "SUCCESS")).toBe(true);
    expect(run.code).toBe(0);
  }, 120_000);
});

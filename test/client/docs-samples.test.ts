import { execFile } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismServer } from "../helpers/prism.ts";
import { projectRoot, specDirectory, temporaryDirectory } from "../helpers/project.ts";

/**
 * Seed 003 is Twilio's docs page for the Users resource. Its samples are
 * Twilio's text, so they are read from the user's seeds at test time, never
 * copied into this repository.
 */
const SEED = resolve(projectRoot, "../shared/seeds/003_cf49f6e8740c869e.txt");
const REQUIRE_LINE = 'const twilio = require("twilio"); // Or, for ESM: import twilio from "twilio";';

function extractSamples(text: string): string[][] {
  const lines = text.split("\n");
  const samples: string[][] = [];
  for (let index = 0; index < lines.length; index++) {
    if (!lines[index]!.startsWith("// Download the helper library")) continue;
    const sample: string[] = [];
    for (let cursor = index; cursor < lines.length; cursor++) {
      const line = lines[cursor]!;
      if (/^\d+$/.test(line.trim())) continue; // the page's line numbers
      sample.push(line);
      if (/^\w+\(\);$/.test(line.trim())) break;
    }
    samples.push(sample);
  }
  return samples;
}

function runNode(file: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [file], { env: { ...process.env, ...env }, timeout: 30_000 }, (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

describe("the Users samples of Twilio's docs (seed 003) run unchanged but for the import", () => {
  const prism = new PrismServer(join(specDirectory(), "twilio_conversations_v1.json"));
  let baseUrl = "";
  if (!existsSync(SEED)) throw new Error(`seed 003 is missing at ${SEED}: these tests read the user's seeds from shared/ beside the repository`);
  const samples = extractSamples(readFileSync(SEED, "utf8"));

  beforeAll(async () => {
    baseUrl = await prism.start();
  });
  afterAll(() => prism.stop());

  it("finds the five samples: create, fetch, list, update, remove", () => {
    expect(samples.map((sample) => sample.at(-1))).toEqual(["createUser();", "fetchUser();", "listUser();", "updateUser();", "deleteUser();"]);
  });

  const run = (sample: string[], name: string) => {
    const entry = join(projectRoot, "generated/conversations-v1/dist/index.js");
    const edited = sample.map((line) => (line === REQUIRE_LINE ? `import twilio from ${JSON.stringify(entry)};` : line));
    expect(edited.filter((line, position) => line !== sample[position])).toHaveLength(1);
    const file = join(temporaryDirectory("sample"), `${name}.mjs`);
    writeFileSync(file, `${edited.join("\n")}\n`);
    return runNode(file, { TWILIO_ACCOUNT_SID: "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", TWILIO_AUTH_TOKEN: "token", TWILIO_BASE_URL: baseUrl });
  };

  for (const [index, name] of ["create", "fetch", "list", "remove"].map((name) => [["create", "fetch", "list", "update", "remove"].indexOf(name), name] as const)) {
    it(`runs the ${name} sample against Prism`, async () => {
      const result = await run(samples[index]!, name);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      if (name !== "remove") expect(result.stdout).toMatch(/US[a-f0-9]{32}/);
    });
  }

  // The update sample passes the docs placeholder "RLXXXX…" as roleSid, which the
  // spec's pattern ^RL[0-9a-fA-F]{32}$ forbids; Prism (like Twilio) refuses it.
  it("sends the update sample as written, and Prism's only complaint is the RoleSid placeholder", async () => {
    prism.clearOutput();
    const result = await run(samples[3]!, "update");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/RestException[\s\S]*status: 422/);
    const complaints = prism.output().split("\n").filter((line) => line.includes("[VALIDATOR]") && line.includes("error"));
    expect(complaints.length).toBeGreaterThan(0);
    for (const line of complaints) expect(line).toMatch(/Request body property RoleSid must (match pattern|NOT have)/);
  });

  it("runs the update sample once its placeholder SID is filled in", async () => {
    const filled = samples[3]!.map((line) => line.replace(/RLX{32}/, `RL${"a".repeat(32)}`));
    const result = await run(filled, "update-filled");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/US[a-f0-9]{32}/);
  });
});

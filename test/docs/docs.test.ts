import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiModel } from "../../generator/model/types.ts";
import { PrismServer } from "../helpers/prism.ts";
import { loadApi, manifestDocument, projectRoot, specOperationCount, temporaryDirectory } from "../helpers/project.ts";

const generated = join(projectRoot, "generated");
const read = (path: string) => readFileSync(join(generated, path), "utf8");

/** Inline code spans of one table column (by header name) in a markdown document. */
function column(markdown: string, header: string): string[] {
  const values: string[] = [];
  let index = -1;
  for (const line of markdown.split("\n")) {
    if (!line.startsWith("|")) {
      index = -1;
      continue;
    }
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim());
    if (cells.includes(header)) index = cells.indexOf(header);
    else if (index >= 0 && !/^-+$/.test(cells[index] ?? "")) values.push((cells[index] ?? "").replace(/^`+|`+$/g, "").replace(/\\\|/g, "|"));
  }
  return values;
}

function blocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)\\n```", "g"))].map((match) => match[1]!);
}

/** A throwaway project where `@twilio-codegen/<api>` resolves to the generated packages. */
function sampleProject(): string {
  const root = temporaryDirectory("docs");
  mkdirSync(join(root, "node_modules/@twilio-codegen"), { recursive: true });
  for (const api of ["conversations-v1", "flex-v1"]) symlinkSync(join(generated, api), join(root, "node_modules/@twilio-codegen", api), "dir");
  writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module", private: true }));
  return root;
}

describe("SKILL.md for Conversations v1", () => {
  let api: ApiModel;
  const skill = read("conversations-v1/SKILL.md");

  beforeAll(async () => {
    ({ api } = await loadApi(manifestDocument("conversations-v1").path, "twilio_conversations_v1.json"));
  });

  const operationCount = specOperationCount(manifestDocument("conversations-v1").path);

  it(`lists each of the ${operationCount} operations exactly once`, () => {
    expect(api.operations).toHaveLength(operationCount);
    const rows = skill.split("\n").filter((line) => /^\| (GET|POST|PUT|PATCH|DELETE) \| `/.test(line));
    expect(rows).toHaveLength(operationCount);
    for (const operation of api.operations) {
      expect(rows.filter((row) => row.startsWith(`| ${operation.method} | \`${operation.path}\` |`)), operation.operationId).toHaveLength(1);
    }
  });

  it("gets auth, pagination and singletons right", () => {
    expect(skill).toMatch(/^name: "twilio-conversations-v1"$/m);
    expect(skill).toContain("Auth is HTTP Basic: the account SID (`AC…`) and auth token, or an API key SID (`SK…`) and its secret");
    expect(skill).not.toMatch(/Bearer basic/i);
    expect(skill).toContain("`PageSize`");
    expect(skill).toContain("`PageToken`");
    expect(skill).toContain("`meta.next_page_url`");
    expect(skill).not.toMatch(/limit\/offset|cursor/i);
    expect(skill).toContain("Singletons, each one per parent, fetched and updated but never created or listed: `configuration()`, `configuration.webhooks()`");
    expect(skill).not.toMatch(/configuration(\(\))?\.create/);
  });

  it("names each row's MCP tool as mcp.json does", () => {
    const tools = new Set((JSON.parse(read("conversations-v1/mcp.json")) as { tools: Array<{ name: string }> }).tools.map((tool) => tool.name));
    const named = column(skill, "MCP tool");
    expect(named).toHaveLength(operationCount);
    for (const name of named) expect(tools.has(name), name).toBe(true);
  });
});

describe("every code sample in the docs", () => {
  it("type-checks against the generated clients", async () => {
    const root = sampleProject();
    const files: string[] = [];
    for (const apiId of ["conversations-v1", "flex-v1"]) {
      const calls = column(read(`${apiId}/SKILL.md`), "Client call");
      const variables = [...new Set(calls.flatMap((call) => [...call.matchAll(/\(([a-z][A-Za-z0-9]*(?:, [a-z][A-Za-z0-9]*)*)\)/g)].flatMap((match) => match[1]!.split(", "))))];
      const file = join(root, `${apiId}-skill.ts`);
      writeFileSync(file, [`import type { TwilioClient } from "@twilio-codegen/${apiId}";`, "declare const client: TwilioClient;", ...variables.map((name) => `declare const ${name}: string;`), "export async function all(): Promise<void> {", ...calls.map((call) => `  await ${call};`), "}"].join("\n"));
      files.push(file);
      for (const page of readdirSync(join(generated, apiId, "docs"))) {
        blocks(read(`${apiId}/docs/${page}`), "js").forEach((sample, index) => {
          const path = join(root, `${apiId}-${page.replace(/\.md$/, "")}-${index}.ts`);
          writeFileSync(path, `${sample}\nexport {};\n`);
          files.push(path);
        });
      }
    }
    for (const capability of ["conversations-users", "flex-interactions"]) {
      const skill = read(`capabilities/${capability}/SKILL.md`);
      const apiId = capability === "flex-interactions" ? "flex-v1" : "conversations-v1";
      const calls = column(skill, "Client call");
      expect(calls.length).toBeGreaterThan(0);
      const variables = [...new Set(calls.flatMap((call) => [...call.matchAll(/\(([a-z][A-Za-z0-9]*(?:, [a-z][A-Za-z0-9]*)*)\)/g)].flatMap((match) => match[1]!.split(", "))))];
      const file = join(root, `${capability}-skill.ts`);
      writeFileSync(file, [`import type { TwilioClient } from "@twilio-codegen/${apiId}";`, "declare const client: TwilioClient;", ...variables.map((name) => `declare const ${name}: string;`), "export async function all(): Promise<void> {", ...calls.map((call) => `  await ${call};`), "}"].join("\n"));
      files.push(file);
    }
    expect(files.length).toBeGreaterThan(60);
    writeFileSync(join(root, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, lib: ["ES2022", "DOM"], types: ["node"], typeRoots: [join(projectRoot, "node_modules/@types")] }, include: ["*.ts"] }));
    const result = await new Promise<{ code: number; output: string }>((done) =>
      execFile(process.execPath, [join(projectRoot, "node_modules/typescript/bin/tsc"), "-p", root], { timeout: 240_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` })),
    );
    expect(result.output.slice(0, 3000)).toBe("");
    expect(result.code).toBe(0);
  });
});

describe("the Users page (seed 003's resource)", () => {
  const prism = new PrismServer(manifestDocument("conversations-v1").path);
  let baseUrl = "";
  beforeAll(async () => {
    baseUrl = await prism.start();
  });
  afterAll(() => prism.stop());

  it("documents its five operations with samples that run against Prism", async () => {
    const page = read("conversations-v1/docs/users.md");
    const sections = page.split(/^## /m).slice(1);
    const root = sampleProject();
    const ran: string[] = [];
    for (const [title, expectation] of [["List user", /^\d+$/m], ["Create user", /US[0-9a-f]{32}/], ["Fetch user", /US[0-9a-f]{32}/], ["Update user", /US[0-9a-f]{32}/], ["Delete user", /^removed$/m]] as const) {
      const section = sections.find((candidate) => candidate.startsWith(`${title}:`));
      expect(section, title).toBeDefined();
      const [sample] = blocks(section!, "js");
      const file = join(root, `${title.replace(/ /g, "-")}.mjs`);
      writeFileSync(file, `${sample}\n`);
      const result = await new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
        execFile(process.execPath, [file], { cwd: root, timeout: 30_000, env: { ...process.env, TWILIO_ACCOUNT_SID: `AC${"a".repeat(32)}`, TWILIO_AUTH_TOKEN: "token", TWILIO_BASE_URL: baseUrl } }, (error, stdout, stderr) =>
          done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        ),
      );
      expect(result.stderr, title).toBe("");
      expect(result.code, title).toBe(0);
      expect(result.stdout, title).toMatch(expectation);
      ran.push(title);
    }
    expect(ran).toHaveLength(5);
  });
});

import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpStub, json } from "../helpers/http-stub.ts";
import { projectRoot, temporaryDirectory } from "../helpers/project.ts";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

function run(command: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(command, args, { cwd, timeout: 180_000, env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" } }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("a generated package is consumable from another project", () => {
  const stub = new HttpStub();
  let baseUrl = "";

  beforeAll(async () => {
    baseUrl = await stub.start();
    stub.handler = (request, response) => json(response, 201, { sid: `US${"a".repeat(32)}`, identity: new URLSearchParams(request.body).get("Identity"), date_created: "2019-12-16T22:18:37Z" });
  });
  afterAll(() => stub.stop());

  it("packs, installs into an empty project, compiles with tsc --strict and runs", async () => {
    const work = temporaryDirectory("pack");
    const packed = await run(NPM, ["pack", "--json", "--pack-destination", work], join(projectRoot, "generated/conversations-v1"));
    expect(packed.code, packed.stderr).toBe(0);
    const [report] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const { filename, files } = report!;
    expect(files.map((file) => file.path)).toEqual(expect.arrayContaining(["package.json", "README.md", "dist/index.js", "dist/index.d.ts", "src/index.ts"]));

    const consumer = join(work, "consumer");
    mkdirSync(join(consumer, "src"), { recursive: true });
    writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    const installed = await run(NPM, ["install", "--offline", "--no-save", join(work, filename)], consumer);
    expect(installed.code, installed.stderr).toBe(0);

    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, lib: ["ES2022", "DOM"], types: [], outDir: "out", rootDir: "src" }, include: ["src"] }),
    );
    writeFileSync(
      join(consumer, "src/main.ts"),
      [
        'import twilio, { RestException, type UserInstance } from "@twilio-codegen/conversations-v1";',
        `const client = twilio("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "token", { baseUrl: ${JSON.stringify(baseUrl)} });`,
        'const user: UserInstance = await client.conversations.v1.users.create({ identity: "from-consumer" });',
        "const created: Date | null | undefined = user.dateCreated;",
        'console.log(user.sid, user.identity, created instanceof Date, typeof RestException);',
      ].join("\n"),
    );
    const compiled = await run(process.execPath, [join(projectRoot, "node_modules/typescript/bin/tsc"), "-p", "."], consumer);
    expect(compiled.stdout + compiled.stderr).toBe("");
    const ran = await run(process.execPath, ["out/main.js"], consumer);
    expect(ran.stderr).toBe("");
    expect(ran.stdout.trim()).toBe(`US${"a".repeat(32)} from-consumer true function`);
  });
});

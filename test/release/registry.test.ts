import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismServer } from "../helpers/prism.ts";
import { fixture, projectRoot, runGenerateCli, temporaryDirectory } from "../helpers/project.ts";

const NODE22 = join(projectRoot, "test/runtimes/node_modules/node22/bin/node");
const VERDACCIO = join(projectRoot, "node_modules/verdaccio/bin/verdaccio");
const LONG = 300_000;
const work = temporaryDirectory("registry");
const npmrc = join(work, "npmrc");
const out = join(work, "generated");
const consumer = join(work, "consumer");
const specFile = join(work, "spec", "tiny.json");
let registry = "";
let verdaccio: ChildProcess | undefined;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** npm with a config of its own: the test registry's token, a private cache, and nothing from the user's setup. */
function npmEnv(): NodeJS.ProcessEnv {
  return { ...process.env, npm_config_userconfig: npmrc, npm_config_cache: join(work, "npm-cache"), npm_config_prefer_online: "true", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = npmEnv()): Promise<Run> {
  return new Promise((resolve) => execFile(command, args, { cwd, env, maxBuffer: 32 * 1024 * 1024, timeout: LONG }, (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr })));
}

const release = () => run(process.execPath, ["--import", "tsx", join(projectRoot, "generator/release/cli.ts"), "--registry", registry, "--dir", out], projectRoot);
const generateTiny = () => runGenerateCli(["--spec", specFile, "--out", out, "--quiet"]);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Verdaccio on 127.0.0.1 with storage in the test's folder and no uplinks: nothing leaves the machine. */
async function startVerdaccio(): Promise<string> {
  const port = await freePort();
  const config = join(work, "verdaccio.yaml");
  writeFileSync(
    config,
    stringify({
      storage: join(work, "storage"),
      auth: { htpasswd: { file: join(work, "htpasswd"), max_users: 10 } },
      uplinks: {},
      packages: { "@*/*": { access: "$all", publish: "$authenticated" }, "**": { access: "$all", publish: "$authenticated" } },
      listen: `127.0.0.1:${port}`,
      web: { enable: false },
      log: { type: "stdout", format: "pretty", level: "warn" },
    }),
  );
  verdaccio = spawn(NODE22, [VERDACCIO, "--config", config], { stdio: ["ignore", "pipe", "pipe"] });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 150; attempt++) {
    const up = await fetch(`${url}/-/ping`).then((response) => response.ok, () => false);
    if (up) return url;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("Verdaccio did not start within 30 s");
}

/** A user of the test registry, and its token in the npm config the release command reads. */
async function login(): Promise<void> {
  const response = await fetch(`${registry}/-/user/org.couchdb.user:release-test`, { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name: "release-test", password: "release-test-password" }) });
  const { token } = (await response.json()) as { token: string };
  expect(token).toMatch(/./);
  writeFileSync(npmrc, `registry=${registry}/\n//${new URL(registry).host}/:_authToken=${token}\n`);
}

const tinySpec = () => parse(readFileSync(fixture("openapi", "tiny.yaml"), "utf8")) as { paths: Record<string, Record<string, { requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } }>> };

/** Writes the consumer's program against a running Prism, compiles it with tsc --strict, and runs it. */
async function compileAndRun(body: string, prismSpec: string): Promise<unknown> {
  const prism = new PrismServer(prismSpec);
  const baseUrl = await prism.start();
  try {
    const source = ['import twilio from "@twilio-codegen/tiny";', `const client = twilio(\`AC\${"a".repeat(32)}\`, "token", { baseUrl: ${JSON.stringify(baseUrl)} });`, body].join("\n");
    writeFileSync(join(consumer, "main.ts"), source);
    const compiled = await run(process.execPath, [join(projectRoot, "node_modules/typescript/bin/tsc"), "-p", consumer], consumer);
    expect(`${compiled.stdout}${compiled.stderr}`).toBe("");
    const ran = await run(process.execPath, [join(consumer, "main.js")], consumer);
    expect(ran.stderr).toBe("");
    return JSON.parse(ran.stdout);
  } finally {
    await prism.stop();
  }
}

const installed = () => (JSON.parse(readFileSync(join(consumer, "node_modules/@twilio-codegen/tiny/package.json"), "utf8")) as { version: string }).version;

beforeAll(async () => {
  mkdirSync(join(work, "spec"), { recursive: true });
  writeFileSync(specFile, JSON.stringify(tinySpec()));
  registry = await startVerdaccio();
  await login();
  mkdirSync(consumer, { recursive: true });
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  writeFileSync(join(consumer, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, lib: ["ES2022", "DOM"], types: [], skipLibCheck: false }, files: ["main.ts"] }));
}, LONG);

afterAll(() => {
  verdaccio?.kill();
});

describe("npm run release against a real registry (Verdaccio on 127.0.0.1)", () => {
  it(
    "publishes a generated client, which an empty project installs, compiles under --strict and runs against Prism",
    async () => {
      expect((await generateTiny()).code).toBe(0);
      const first = await release();
      expect(first.stderr).toBe("");
      expect(first.stdout).toContain("published         @twilio-codegen/tiny@1.0.0");
      const again = await release();
      expect(again.stdout).toContain("already published @twilio-codegen/tiny@1.0.0");
      const install = await run("npm", ["install", "@twilio-codegen/tiny"], consumer);
      expect(install.code, install.stderr).toBe(0);
      expect(installed()).toBe("1.0.0");
      const result = await compileAndRun(
        'const widget = await client.tiny.v1.widgets.create({ friendlyName: "first" });\nconsole.log(JSON.stringify({ sid: typeof widget.sid, remove: typeof widget.remove }));',
        specFile,
      );
      expect(result).toEqual({ sid: "string", remove: "function" });
    },
    LONG,
  );

  it(
    "after a spec change, publishes the bumped version only, and the consumer upgrades to it",
    async () => {
      const spec = tinySpec();
      spec.paths["/v1/Widgets"]!["post"]!.requestBody.content["application/x-www-form-urlencoded"]!.schema.properties["Color"] = { type: "string" };
      writeFileSync(specFile, JSON.stringify(spec));
      const generated = await generateTiny();
      expect(generated.stdout).toContain("tiny 1.0.0 → 1.1.0 (minor)");
      const second = await release();
      expect(second.stdout).toContain("published         @twilio-codegen/tiny@1.1.0");
      const upgrade = await run("npm", ["install", "@twilio-codegen/tiny@latest"], consumer);
      expect(upgrade.code, upgrade.stderr).toBe(0);
      expect(installed()).toBe("1.1.0");
      const result = await compileAndRun(
        'const widget = await client.tiny.v1.widgets.create({ friendlyName: "second", color: "blue" });\nconsole.log(JSON.stringify({ sid: typeof widget.sid, remove: typeof widget.remove }));',
        specFile,
      );
      expect(result).toEqual({ sid: "string", remove: "function" });
    },
    LONG,
  );
});

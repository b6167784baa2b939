import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { planClient } from "../../generator/emit/client/plan.ts";
import { AGGREGATE_PACKAGE, apiIdFromFileName, clientPackageName } from "../../generator/names.ts";
import type { ApiModel, Operation } from "../../generator/model/types.ts";
import { PRETTIER_OPTIONS } from "../../generator/write/format.ts";
import { OperationCaller } from "../helpers/client-calls.ts";
import { PrismServer } from "../helpers/prism.ts";
import { allSpecDocuments, loadApi, projectRoot, runGenerateCli, specDirectory, specOperationCount, temporaryDirectory } from "../helpers/project.ts";
import { arrayFormFields, sampleOptions, samplePathValues } from "../helpers/samples.ts";

const LONG = 900_000;

/** What `--all` generates: the manifest's allDocuments folder. Every count below comes from these documents. */
const documents = allSpecDocuments();
let out = "";

beforeAll(async () => {
  out = join(temporaryDirectory("all"), "out");
  const result = await runGenerateCli(["--all", "--out", out, "--quiet"]);
  expect(result.stderr).not.toMatch(/^error/m);
  expect(result.code).toBe(0);
}, LONG);

const apiIdOf = apiIdFromFileName;

describe(`all ${documents.length} documents of the manifest's allDocuments folder (--all)`, () => {
  it("generate a package, an MCP manifest and a route table per API, skipping no operation", () => {
    const lines: string[] = [];
    let total = 0;
    let declared = 0;
    for (const file of documents) {
      const id = apiIdOf(file);
      const calls = JSON.parse(readFileSync(join(out, id, "calls.json"), "utf8")) as { operations: Record<string, unknown> };
      const tools = (JSON.parse(readFileSync(join(out, id, "mcp.json"), "utf8")) as { tools: unknown[] }).tools;
      const routes = (JSON.parse(readFileSync(join(out, id, "routes.json"), "utf8")) as { routes: unknown[] }).routes;
      const reachable = Object.keys(calls.operations).length;
      expect(tools.length, id).toBe(reachable);
      expect(routes.length, id).toBe(reachable);
      const inSpec = specOperationCount(join(specDirectory(), file));
      expect(reachable, `${id}: client calls vs spec operations`).toBe(inSpec);
      declared += inSpec;
      lines.push(`${id.padEnd(20)} ${String(reachable).padStart(4)}`);
      total += reachable;
    }
    console.log(`operations per API (none skipped):\n${lines.join("\n")}\ntotal ${total}`);
    expect(total).toBe(declared);
  });

  it("reach every operation with all its path values: the accessor chain supplies exactly what the path needs", () => {
    for (const file of documents) {
      const id = apiIdOf(file);
      const calls = JSON.parse(readFileSync(join(out, id, "calls.json"), "utf8")) as { operations: Record<string, { path: string; pathParameters: string[]; chain: Array<{ call?: string; arity?: number }> }> };
      for (const [operationId, route] of Object.entries(calls.operations)) {
        const supplied = route.chain.reduce((sum, step) => sum + (step.call === "instance" ? (step.arity ?? 1) : 0), 0);
        expect(supplied, `${id} ${operationId} ${route.path}`).toBe(route.pathParameters.length);
      }
    }
  });

  it(
    "type-check under --strict, every package and the aggregate over them in one program",
    async () => {
      const packages = readdirSync(out).filter((name) => existsSync(join(out, name, "tsconfig.json")) && name !== AGGREGATE_PACKAGE.directory);
      expect(packages.length).toBe(documents.length);
      expect(existsSync(join(out, AGGREGATE_PACKAGE.directory, "src/index.ts"))).toBe(true);
      // The aggregate's index.d.ts comes from a template, not from TypeScript: over every API it must still be TypeScript's own.
      const ts = (await import("typescript")).default;
      const index = readFileSync(join(out, AGGREGATE_PACKAGE.directory, "src/index.ts"), "utf8");
      const compilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, newLine: ts.NewLineKind.LineFeed, declaration: true, isolatedDeclarations: true };
      expect(readFileSync(join(out, AGGREGATE_PACKAGE.directory, "dist/index.d.ts"), "utf8")).toBe(ts.transpileDeclaration(index, { fileName: "index.ts", compilerOptions }).outputText);
      const config = join(out, "tsconfig.all.json");
      const options = (JSON.parse(readFileSync(join(out, packages[0]!, "tsconfig.json"), "utf8")) as { compilerOptions: Record<string, unknown> }).compilerOptions;
      // The aggregate imports each package by name: point those names at the sources in this program.
      const paths = { [clientPackageName("*")]: ["./*/src/index.ts"] };
      const include = [...packages, AGGREGATE_PACKAGE.directory].map((name) => `${name}/src/**/*.ts`);
      writeFileSync(config, JSON.stringify({ compilerOptions: { ...options, rootDir: undefined, outDir: undefined, noEmit: true, paths }, include }));
      const result = await new Promise<{ code: number; output: string }>((done) =>
        execFile(process.execPath, [join(projectRoot, "node_modules/typescript/bin/tsc"), "-p", config], { maxBuffer: 64 * 1024 * 1024, timeout: LONG }, (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` })),
      );
      expect(result.output.slice(0, 4000)).toBe("");
      expect(result.code).toBe(0);
    },
    LONG,
  );

  it(
    "print every TypeScript source in prettier's shape without prettier, so that prettier --check passes on all of it",
    async () => {
      const prettier = await import("prettier");
      const sources = readdirSync(out, { recursive: true, encoding: "utf8" }).filter((path) => path.endsWith(".ts") && !path.endsWith(".d.ts") && !path.includes("/runtime/") && !path.includes("/helpers/"));
      expect(sources.length).toBeGreaterThan(documents.length * 3);
      for (const path of sources) {
        const text = readFileSync(join(out, path), "utf8");
        expect(await prettier.format(text, { ...PRETTIER_OPTIONS, filepath: path }), path).toBe(text);
      }
    },
    LONG,
  );
});

/**
 * One read (a list, else a fetch) and one create where the API has one,
 * preferring calls Prism can judge fully; an API with neither (chat v3 has a
 * single update) gets its first operation, so none goes untested.
 */
function smokeOperations(api: ApiModel): Operation[] {
  const byEase = (a: Operation, b: Operation) => score(a) - score(b);
  const read = [...api.operations.filter((operation) => operation.kind === "list").sort(byEase), ...api.operations.filter((operation) => operation.kind === "fetch").sort(byEase)][0];
  const create = api.operations.filter((operation) => operation.kind === "create").sort(byEase)[0];
  const chosen = [read, create].filter((operation): operation is Operation => operation !== undefined);
  return chosen.length > 0 || api.operations.length === 0 ? chosen : [api.operations[0]!];
}

function score(operation: Operation): number {
  return operation.parameters.filter((parameter) => parameter.location === "path").length + arrayFormFields(operation).length * 10 + (operation.jsonBody ? 5 : 0);
}

describe("the aggregate package over all 50 (--all)", () => {
  it("reaches every API: each domain's versions and shortcuts resolve", async () => {
    // Installed as npm would: the per-API packages beside the aggregate in a node_modules.
    const scope = join(out, "node_modules", ...clientPackageName("x").split("/").slice(0, -1));
    mkdirSync(scope, { recursive: true });
    const packages = readdirSync(out).filter((name) => existsSync(join(out, name, "package.json")));
    for (const name of packages) symlinkSync(join(out, name), join(scope, name), "dir");
    const { default: twilio } = (await import(pathToFileURL(join(out, AGGREGATE_PACKAGE.directory, "dist/index.js")).href)) as { default: (sid: string, token: string) => object };
    const client = twilio(`AC${"a".repeat(32)}`, "token") as Record<string, Record<string, unknown>>;
    const domains = Object.getOwnPropertyNames(Object.getPrototypeOf(client)).filter((name) => name !== "constructor");
    const versions: string[] = [];
    const silenced = console.warn;
    console.warn = () => undefined;
    try {
      for (const name of domains) {
        for (const key of Object.getOwnPropertyNames(client[name]!)) {
          expect(client[name]![key], `${name}.${key}`).toBeDefined();
          if (Object.getOwnPropertyDescriptor(client[name]!, key)?.enumerable) versions.push(`${name}.${key}`);
        }
      }
    } finally {
      console.warn = silenced;
    }
    // Every API the aggregate depends on is one version of a domain; APIs with no operations, or on a domain version another holds, stay out of it.
    const parts = Object.keys((JSON.parse(readFileSync(join(out, AGGREGATE_PACKAGE.directory, "package.json"), "utf8")) as { dependencies: Record<string, string> }).dependencies).filter((name) => name.startsWith(clientPackageName("x").replace(/x$/, "")));
    expect(parts.length).toBeGreaterThan(documents.length / 2);
    expect(versions).toHaveLength(parts.length);
  });
});

describe("a Prism smoke test per API", () => {
  it(
    "runs a list or fetch, and a create where there is one, through each generated client",
    async () => {
      const report: string[] = [];
      for (const file of documents) {
        const { api } = await loadApi(join(specDirectory(), file), file);
        const operations = smokeOperations(api);
        if (operations.length === 0) {
          report.push(`${api.id}: no operations in the document`);
          continue;
        }
        const prism = new PrismServer(join(specDirectory(), file));
        const baseUrl = await prism.start();
        try {
          const { default: twilio } = (await import(pathToFileURL(join(out, api.id, "dist/index.js")).href)) as { default: (sid: string, token: string, options: object) => unknown };
          // The Organizations API takes OAuth2 bearer tokens; the others HTTP Basic.
          const auth = api.auth.basic ? {} : { accessToken: "access-token" };
          const caller = new OperationCaller(twilio(`AC${"a".repeat(32)}`, "token", { baseUrl, ...auth }), planClient(api));
          for (const operation of operations) {
            try {
              await caller.call(operation.operationId, samplePathValues(operation), sampleOptions(operation, api));
              report.push(`${api.id}: ${operation.operationId} 2xx`);
            } catch (error) {
              // Prism cannot read repeated form keys as an array (stoplightio/prism#2473); any other failure fails.
              const status = (error as { status?: number }).status;
              if (status !== 422 || arrayFormFields(operation).length === 0) throw new Error(`${api.id} ${operation.operationId}: ${(error as Error).message}`);
              report.push(`${api.id}: ${operation.operationId} 422 on array fields (Prism limitation)`);
            }
          }
        } finally {
          await prism.stop();
        }
      }
      console.log(report.join("\n"));
    },
    LONG,
  );

  it(
    "calls patch() beside update() where a resource has both (a PATCH and a PUT on one path)",
    async () => {
      const seen: string[] = [];
      for (const file of documents) {
        const { api } = await loadApi(join(specDirectory(), file), file);
        const pair = planClient(api).all.find((resource) => resource.operations.patch && resource.operations.update);
        if (pair === undefined) continue;
        const prism = new PrismServer(join(specDirectory(), file));
        const baseUrl = await prism.start();
        try {
          const methods: string[] = [];
          const recording: typeof fetch = (input, init) => (methods.push(init?.method ?? "GET"), fetch(input, init));
          const { default: twilio } = (await import(pathToFileURL(join(out, api.id, "dist/index.js")).href)) as { default: (sid: string, token: string, options: object) => unknown };
          const auth = api.auth.basic ? {} : { accessToken: "access-token" };
          const caller = new OperationCaller(twilio(`AC${"a".repeat(32)}`, "token", { baseUrl, fetch: recording, ...auth }), planClient(api));
          for (const operation of [pair.operations.update!, pair.operations.patch!]) await caller.call(operation.operationId, samplePathValues(operation), sampleOptions(operation, api));
          expect(methods, `${api.id} ${pair.resource.key}`).toEqual([pair.operations.update!.method, "PATCH"]);
          seen.push(`${api.id} ${pair.resource.key}`);
        } finally {
          await prism.stop();
        }
      }
      console.log(`update() and patch() on one resource:\n${seen.join("\n")}`);
      const declaresPair = documents.some((file) => JSON.stringify(JSON.parse(readFileSync(join(specDirectory(), file), "utf8"))).includes('"operationId":"Patch'));
      expect(seen.length > 0).toBe(declaresPair);
    },
    LONG,
  );

  it(
    "sends a Message through api-v2010's account default and fetches it",
    async () => {
      const prism = new PrismServer(join(specDirectory(), "twilio_api_v2010.json"));
      const baseUrl = await prism.start();
      try {
        const { default: twilio } = (await import(pathToFileURL(join(out, "api-v2010/dist/index.js")).href)) as {
          default: (sid: string, token: string, options: object) => { api: { v2010: { messages: ((sid: string) => { fetch(): Promise<{ sid: string; body: string }> }) & { create(params: object): Promise<{ sid: string; fetch(): Promise<{ sid: string }> }> } } } };
        };
        const requests: string[] = [];
        const recording: typeof fetch = (input, init) => {
          requests.push(`${init?.method ?? "GET"} ${new URL(String(input)).pathname} ${typeof init?.body === "string" ? init.body : ""}`.trim());
          return fetch(input, init);
        };
        const account = `AC${"a".repeat(32)}`;
        const client = twilio(account, "token", { baseUrl, fetch: recording });
        const message = await client.api.v2010.messages.create({ to: "+15005550006", from: "+15005550006", body: "Hello from twilio-codegen" });
        expect(message.sid).toMatch(/^(SM|MM)[0-9a-f]{32}$/);
        // Prism answers each operation with its own example, so the fetched SID is the example's: check what was asked.
        const fetched = await client.api.v2010.messages(message.sid).fetch();
        expect(fetched.sid).toMatch(/^(SM|MM)[0-9a-f]{32}$/);
        await message.fetch();
        expect(requests).toEqual([
          `POST /2010-04-01/Accounts/${account}/Messages.json To=%2B15005550006&From=%2B15005550006&Body=Hello+from+twilio-codegen`,
          `GET /2010-04-01/Accounts/${account}/Messages/${message.sid}.json`,
          `GET /2010-04-01/Accounts/${account}/Messages/${message.sid}.json`,
        ]);
      } finally {
        await prism.stop();
      }
    },
    LONG,
  );
});

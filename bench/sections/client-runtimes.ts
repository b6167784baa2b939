import { build } from "esbuild";
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BenchContext, Row } from "../lib/context.ts";
import { single } from "../lib/context.ts";
import { interleaved, measureCommand, summarize } from "../lib/measure.ts";

const ACCOUNT = `AC${"a".repeat(32)}`;
const CALL = 'console.log((await client.conversations.v1.users.create({ identity: "ada" })).sid);';

/** The aggregate, the Worker build, and CommonJS against ESM: the figures of the runtimes issue. */
export async function runtimeRows(context: BenchContext): Promise<Row[]> {
  const project = installGenerated(context);
  return [...(await aggregateColdStart(context, project)), ...(await workerBundles(context, project)), ...(await commonJsBundle(context, project))];
}

/** A scratch project with every generated package in node_modules, as npm would install them. */
function installGenerated(context: BenchContext): string {
  const project = join(context.scratch, "consumer");
  const generated = join(context.root, "generated");
  for (const name of readdirSync(generated)) {
    const directory = join(generated, name);
    let manifest: { name: string };
    try {
      manifest = JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as { name: string };
    } catch {
      continue;
    }
    const target = join(project, "node_modules", ...manifest.name.split("/"));
    mkdirSync(target, { recursive: true });
    cpSync(join(directory, "package.json"), join(target, "package.json"));
    cpSync(join(directory, "dist"), join(target, "dist"), { recursive: true });
  }
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "bench-consumer", private: true, type: "module" }));
  return project;
}

async function aggregateColdStart(context: BenchContext, project: string): Promise<Row[]> {
  context.log("client: cold start of the aggregate (import, construct, first domain)");
  const ours = join(project, "start-aggregate.mjs");
  const theirs = join(context.scratch, "start-twilio-aggregate.cjs");
  writeFileSync(ours, `import twilio from "@twilio-codegen/twilio";\ntwilio(${JSON.stringify(ACCOUNT)}, "token").conversations.v1.users;\n`);
  writeFileSync(theirs, `const twilio = require(${JSON.stringify(join(context.peers, "twilio"))});\ntwilio(${JSON.stringify(ACCOUNT)}, "token").conversations.v1.users;\n`);
  const runs = await interleaved(
    [
      { name: "ours", run: () => measureCommand(process.execPath, [ours], { cwd: project }) },
      { name: "twilio", run: () => measureCommand(process.execPath, [theirs], { cwd: context.scratch }) },
    ],
    context.rounds * 3,
  );
  const time = (name: string) => summarize(runs.get(name)!.map((result) => result.wallMs / 1000));
  const ratio = time("ours").median / time("twilio").median;
  const apis = readdirSync(join(project, "node_modules/@twilio-codegen")).length - 1;
  return [{ section: "Client", subject: `Cold start: import the aggregate package (${apis} APIs), construct, read conversations.v1.users`, unit: "s", ours: time("ours"), peer: { name: "twilio 6.2.0", value: time("twilio") }, ratio, target: { text: "≤ 0.5", met: ratio <= 0.5 } }];
}

async function bundle(entry: string, source: string, options: { platform: "neutral" | "node"; format: "esm" | "cjs"; cwd: string }): Promise<number> {
  writeFileSync(entry, source);
  const result = await build({ entryPoints: [entry], absWorkingDir: options.cwd, bundle: true, minify: true, platform: options.platform, format: options.format, mainFields: ["module", "main"], conditions: options.platform === "neutral" ? ["workerd", "worker"] : [], write: false, logLevel: "silent" });
  return result.outputFiles[0]!.contents.length / 1024;
}

/** esbuild for platform=neutral, as a Worker is built; twilio-node's Node-only imports cannot resolve there. */
async function workerBundles(context: BenchContext, project: string): Promise<Row[]> {
  context.log("client: Worker bundles (esbuild, platform=neutral, minified)");
  const app = (specifier: string) => `import twilio from ${JSON.stringify(specifier)};\nexport default { async fetch() { const client = twilio("AC1", "token");\n${CALL}\nreturn new Response("ok"); } };\n`;
  const perApi = await bundle(join(project, "worker-single.mjs"), app("@twilio-codegen/conversations-v1"), { platform: "neutral", format: "esm", cwd: project });
  const aggregate = await bundle(join(project, "worker-aggregate.mjs"), app("@twilio-codegen/twilio"), { platform: "neutral", format: "esm", cwd: project });
  let twilioError = "";
  try {
    await bundle(join(context.scratch, "worker-twilio.mjs"), app(join(context.peers, "twilio/lib/index.js")), { platform: "neutral", format: "esm", cwd: context.scratch });
    twilioError = "built (unexpected)";
  } catch (error) {
    const errors = (error as { errors?: Array<{ text: string }> }).errors ?? [];
    twilioError = `twilio 6.2.0 cannot build for Workers: ${errors.length} unresolved imports, e.g. ${errors[0]?.text ?? String(error)}`;
  }
  return [
    { section: "Client", subject: "Worker bundle of a one-call app, Conversations package (esbuild, platform=neutral, minified)", unit: "KiB", ours: single(perApi), target: { text: "≤ 37 KB", met: perApi * 1024 <= 37_000 }, note: twilioError.replace(/\|/g, "\\|") },
    { section: "Client", subject: "Worker bundle of the same app, aggregate package", unit: "KiB", ours: single(aggregate), ratio: aggregate / perApi, against: "the Conversations package's Worker bundle" },
  ];
}

/** The same one-call app reached through require(): one copy of the code, so the same size. */
async function commonJsBundle(context: BenchContext, project: string): Promise<Row[]> {
  context.log("client: CommonJS against ESM bundle");
  const esm = await bundle(join(project, "app-esm.mjs"), `import twilio from "@twilio-codegen/conversations-v1";\nconst client = twilio("AC1", "token");\n${CALL}`, { platform: "node", format: "esm", cwd: project });
  const cjs = await bundle(join(project, "app-cjs.cjs"), `const twilio = require("@twilio-codegen/conversations-v1");\nconst client = twilio("AC1", "token");\n(async () => { ${CALL} })();`, { platform: "node", format: "cjs", cwd: project });
  return [{ section: "Client", subject: "One-call app bundle through `require()` (CommonJS entry), minified", unit: "KiB", ours: single(cjs), ratio: cjs / esm, against: "the same app through `import`" }];
}

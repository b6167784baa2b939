import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { allPackageDocuments } from "../../generator/manifest.ts";
import type { BenchContext, Row } from "../lib/context.ts";
import { interleaved, measureCommand, summarize, type RunResult } from "../lib/measure.ts";

let counter = 0;

/**
 * `npm run generate` (node and the esbuild launcher, as the script runs it), with a fresh output folder and, when
 * cold, a fresh run cache. "first" also empties the build cache (products of the generator itself: the compiled
 * schema validator, templates, server bundles), as on the first run after `npm ci`.
 */
function ours(context: BenchContext, args: string[], cache: "cold" | "first" | string): () => Promise<RunResult> {
  return () => {
    const run = counter++;
    const cacheDirectory = cache === "cold" || cache === "first" ? join(context.scratch, `cache-${run}`) : cache;
    const hasOut = args.includes("--out");
    const env: Record<string, string> = { TWILIO_CODEGEN_CACHE_DIR: cacheDirectory };
    if (cache === "first") env["TWILIO_CODEGEN_BUILD_CACHE_DIR"] = join(context.scratch, `build-cache-${run}`);
    return measureCommand(process.execPath, ["--enable-source-maps", join(context.root, "generator/launch.mjs"), join(context.root, "generator/cli.ts"), ...args, ...(hasOut ? [] : ["--out", join(context.scratch, `out-${run}`)]), "--quiet"], {
      cwd: context.root,
      env,
    });
  };
}

function peer(context: BenchContext, bin: string, args: (out: string) => string[]): () => Promise<RunResult> {
  return () => measureCommand(process.execPath, [join(context.peers, ".bin", bin), ...args(join(context.scratch, `peer-${counter++}`))], { cwd: context.bench });
}

export async function generationRows(context: BenchContext): Promise<Row[]> {
  const spec = context.conversationsSpec;
  context.log("generation: Conversations v1, ours against orval, openapi-typescript and @hey-api/openapi-ts");
  const cold = await interleaved(
    [
      { name: "ours", run: ours(context, ["--spec", spec], "cold") },
      { name: "orval", run: peer(context, "orval", (out) => ["--input", spec, "--output", join(out, "api.ts")]) },
      { name: "openapi-typescript", run: peer(context, "openapi-typescript", (out) => [spec, "-o", join(out, "schema.ts")]) },
      { name: "@hey-api/openapi-ts", run: peer(context, "openapi-ts", (out) => ["-i", spec, "-o", out]) },
    ],
    context.rounds,
  );
  const time = (name: string) => summarize(cold.get(name)!.map((result) => result.wallMs / 1000));
  const memory = (name: string) => summarize(cold.get(name)!.map((result) => result.peakRssMiB));
  const peers = ["orval", "openapi-typescript", "@hey-api/openapi-ts"];
  const emits: Record<string, string> = { orval: "client only", "openapi-typescript": "types only", "@hey-api/openapi-ts": "client only" };
  const fastest = peers.reduce((best, name) => (time(name).median < time(best).median ? name : best));
  const rows: Row[] = [];
  const ourTime = time("ours");
  for (const name of peers) {
    const ratio = ourTime.median / time(name).median;
    rows.push({ section: "Generation", subject: `Conversations v1, cold: ours (client + MCP + routes) vs ${name} (${emits[name]})`, unit: "s", ours: ourTime, peer: { name, value: time(name) }, ratio, ...(name === fastest ? { target: { text: "≤ 1.0 against the fastest peer", met: ratio <= 1 } } : {}) });
    rows.push({ section: "Generation", subject: `Conversations v1, peak RSS: ours vs ${name}`, unit: "MiB", ours: memory("ours"), peer: { name, value: memory(name) }, ratio: memory("ours").median / memory(name).median });
  }

  context.log("generation: Conversations v1, first run after install (empty run and build caches)");
  const first = await interleaved([{ name: "first", run: ours(context, ["--spec", spec], "first") }], context.rounds);
  const firstTime = summarize(first.get("first")!.map((result) => result.wallMs / 1000));
  rows.push({ section: "Generation", subject: "Conversations v1, first run after install: run and build caches empty (vs orval)", unit: "s", ours: firstTime, peer: { name: "orval", value: time("orval") }, ratio: firstTime.median / time("orval").median });

  context.log("generation: warm re-run with nothing changed, and --check on the unchanged tree");
  const warmOut = join(context.scratch, "warm-out");
  const warmCache = join(context.scratch, "warm-cache");
  await ours(context, ["--spec", spec, "--out", warmOut], warmCache)();
  const warm = await interleaved(
    [
      { name: "warm", run: ours(context, ["--spec", spec, "--out", warmOut], warmCache) },
      { name: "check", run: ours(context, ["--spec", spec, "--out", warmOut, "--check"], warmCache) },
    ],
    context.rounds,
  );
  const warmTime = summarize(warm.get("warm")!.map((result) => result.wallMs / 1000));
  const checkTime = summarize(warm.get("check")!.map((result) => result.wallMs / 1000));
  const warmRatio = warmTime.median / ourTime.median;
  const checkRatio = checkTime.median / ourTime.median;
  rows.push({ section: "Generation", subject: "Conversations v1, warm re-run, nothing changed (vs our cold run)", unit: "s", ours: warmTime, ratio: warmRatio, against: "our cold run", target: { text: "≤ 0.2", met: warmRatio <= 0.2 } });
  rows.push({ section: "Generation", subject: "Conversations v1, `--check` on the unchanged tree, warm cache (vs our cold run)", unit: "s", ours: checkTime, ratio: checkRatio, against: "our cold run", target: { text: "≤ 0.2, and no slower than a warm run", met: checkRatio <= 0.2 && checkTime.median <= warmTime.median * 1.05 } });

  context.log("generation: default manifest (Conversations v1, Flex v1, two capabilities)");
  const manifest = await interleaved([{ name: "manifest", run: ours(context, [], "cold") }], context.rounds);
  rows.push({ section: "Generation", subject: "Default manifest, cold: 2 APIs (176 operations), 2 capabilities", unit: "s", ours: summarize(manifest.get("manifest")!.map((result) => result.wallMs / 1000)) });
  rows.push({ section: "Generation", subject: "Default manifest, cold, peak RSS", unit: "MiB", ours: summarize(manifest.get("manifest")!.map((result) => result.peakRssMiB)) });

  rows.push(...(await allDocumentRows(context)));
  return rows;
}

/**
 * `--all` against openapi-typescript over the very documents `--all` reads
 * (whatever set the generator's --all option uses), each tool in one
 * invocation: openapi-typescript takes them all through a Redocly config.
 */
async function allDocumentRows(context: BenchContext): Promise<Row[]> {
  const documents = allPackageDocuments(context.root);
  const redocly = join(context.scratch, "redocly.yaml");
  const apis = documents.map((document, index) => `  api${index}:\n    root: ${JSON.stringify(document.source.absolutePath)}\n    x-openapi-ts:\n      output: ${JSON.stringify(join(context.scratch, "peer-all", `api${index}.ts`))}\n`);
  writeFileSync(redocly, `apis:\n${apis.join("")}`);
  const operations = documents.reduce((sum, document) => sum + Object.values((JSON.parse(document.source.text) as { paths?: Record<string, object> }).paths ?? {}).reduce((count, path) => count + Object.keys(path).filter((key) => HTTP_METHODS.has(key)).length, 0), 0);
  context.log(`generation: --all, ${documents.length} documents, against openapi-typescript over the same documents; fewer rounds, each takes a while`);
  const all = await interleaved(
    [
      { name: "ours", run: ours(context, ["--all"], "cold") },
      { name: "openapi-typescript", run: peer(context, "openapi-typescript", () => ["--redocly", redocly]) },
    ],
    Math.max(1, Math.ceil(context.rounds / 2)),
  );
  const time = (name: string) => summarize(all.get(name)!.map((result) => result.wallMs / 1000));
  const memory = (name: string) => summarize(all.get(name)!.map((result) => result.peakRssMiB));
  const subject = `All ${documents.length} documents of --all (${operations.toLocaleString("en-US")} operations), cold, one invocation each`;
  const timeRatio = time("ours").median / time("openapi-typescript").median;
  const memoryRatio = memory("ours").median / memory("openapi-typescript").median;
  return [
    { section: "Generation", subject: `${subject}: ours (everything) vs openapi-typescript (types only)`, unit: "s", ours: time("ours"), peer: { name: "openapi-typescript", value: time("openapi-typescript") }, ratio: timeRatio, target: { text: "≤ 1.0", met: timeRatio <= 1 } },
    { section: "Generation", subject: `${subject}, peak RSS`, unit: "MiB", ours: memory("ours"), peer: { name: "openapi-typescript", value: memory("openapi-typescript") }, ratio: memoryRatio, target: { text: "≤ 1.0", met: memoryRatio <= 1 } },
  ];
}

const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

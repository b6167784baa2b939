import { join } from "node:path";
import type { BenchContext, Row } from "../lib/context.ts";
import { interleaved, measureCommand, summarize, type RunResult } from "../lib/measure.ts";

let counter = 0;

/** `npm run generate` (node and the esbuild launcher, as the script runs it), with a fresh output folder and, when cold, a fresh format cache. */
function ours(context: BenchContext, args: string[], cache: "cold" | string): () => Promise<RunResult> {
  return () => {
    const run = counter++;
    const cacheDirectory = cache === "cold" ? join(context.scratch, `cache-${run}`) : cache;
    const hasOut = args.includes("--out");
    return measureCommand(process.execPath, ["--enable-source-maps", join(context.root, "generator/launch.mjs"), join(context.root, "generator/cli.ts"), ...args, ...(hasOut ? [] : ["--out", join(context.scratch, `out-${run}`)]), "--quiet"], {
      cwd: context.root,
      env: { TWILIO_CODEGEN_CACHE_DIR: cacheDirectory },
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

  context.log("generation: warm re-run with nothing changed");
  const warmOut = join(context.scratch, "warm-out");
  const warmCache = join(context.scratch, "warm-cache");
  await ours(context, ["--spec", spec, "--out", warmOut], warmCache)();
  const warm = await interleaved([{ name: "warm", run: ours(context, ["--spec", spec, "--out", warmOut], warmCache) }], context.rounds);
  const warmTime = summarize(warm.get("warm")!.map((result) => result.wallMs / 1000));
  const warmRatio = warmTime.median / ourTime.median;
  rows.push({ section: "Generation", subject: "Conversations v1, warm re-run, nothing changed (vs our cold run)", unit: "s", ours: warmTime, ratio: warmRatio, against: "our cold run", target: { text: "≤ 0.3", met: warmRatio <= 0.3 } });

  context.log("generation: default manifest (Conversations v1, Flex v1, two capabilities)");
  const manifest = await interleaved([{ name: "manifest", run: ours(context, [], "cold") }], context.rounds);
  rows.push({ section: "Generation", subject: "Default manifest, cold: 2 APIs (176 operations), 2 capabilities", unit: "s", ours: summarize(manifest.get("manifest")!.map((result) => result.wallMs / 1000)) });
  rows.push({ section: "Generation", subject: "Default manifest, cold, peak RSS", unit: "MiB", ours: summarize(manifest.get("manifest")!.map((result) => result.peakRssMiB)) });

  context.log("generation: all 50 documents (--all), fewer rounds: each takes a while");
  const all: RunResult[] = [];
  for (let round = 0; round < Math.max(1, Math.ceil(context.rounds / 2)); round++) all.push(await ours(context, ["--all"], "cold")());
  rows.push({ section: "Generation", subject: "All 50 documents (1,407 operations), cold", unit: "s", ours: summarize(all.map((result) => result.wallMs / 1000)) });
  rows.push({ section: "Generation", subject: "All 50 documents, cold, peak RSS", unit: "MiB", ours: summarize(all.map((result) => result.peakRssMiB)) });
  return rows;
}

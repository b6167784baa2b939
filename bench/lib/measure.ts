import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const REPORTER = resolve(import.meta.dirname, "rss-reporter.cjs");

export interface RunResult {
  wallMs: number;
  /** Largest peak RSS of any Node process in the run, in MiB. */
  peakRssMiB: number;
}

/** Runs a command to completion, timing it and collecting peak memory; a failure stops the bench. */
export async function measureCommand(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<RunResult> {
  const scratch = mkdtempSync(join(tmpdir(), "bench-rss-"));
  const rssFile = join(scratch, "rss");
  const started = performance.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>((done) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, BENCH_RSS_FILE: rssFile, NODE_OPTIONS: `${process.env["NODE_OPTIONS"] ?? ""} --require ${REPORTER}`.trim() },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.on("close", (exit) => done({ code: exit, output: text }));
  });
  const wallMs = performance.now() - started;
  let peakKiB = 0;
  try {
    peakKiB = Math.max(0, ...readFileSync(rssFile, "utf8").split("\n").filter(Boolean).map(Number));
  } catch {
    peakKiB = 0;
  }
  rmSync(scratch, { recursive: true, force: true });
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output.slice(-2000)}`);
  return { wallMs, peakRssMiB: peakKiB / 1024 };
}

export interface Summary {
  min: number;
  median: number;
  max: number;
  runs: number;
}

export function summarize(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { min: sorted[0]!, median, max: sorted.at(-1)!, runs: sorted.length };
}

/**
 * Runs each contestant once as a warm-up, then `rounds` times interleaved
 * (A B C A B C …), so a noisy neighbour hurts all of them alike.
 */
export async function interleaved<T>(contestants: Array<{ name: string; run: () => Promise<T> }>, rounds: number): Promise<Map<string, T[]>> {
  for (const contestant of contestants) await contestant.run();
  const results = new Map(contestants.map((contestant) => [contestant.name, [] as T[]]));
  for (let round = 0; round < rounds; round++) for (const contestant of contestants) results.get(contestant.name)!.push(await contestant.run());
  return results;
}

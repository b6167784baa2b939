import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Summary } from "./measure.ts";

export interface BenchContext {
  root: string;
  bench: string;
  peers: string;
  conversationsSpec: string;
  scratch: string;
  rounds: number;
  log: (line: string) => void;
}

/** One line of the report: our figure, the peer's, and the ratio ours ÷ theirs where it means something. */
export interface Row {
  section: string;
  subject: string;
  unit: string;
  ours: Summary;
  peer?: { name: string; value: Summary };
  /** ours.median ÷ peer.median (or ÷ another of our figures, as `against` says). */
  ratio?: number;
  against?: string;
  target?: { text: string; met: boolean };
  note?: string;
}

export function createContext(rounds: number): BenchContext {
  const root = resolve(import.meta.dirname, "../..");
  const bench = join(root, "bench");
  return {
    root,
    bench,
    peers: join(bench, "node_modules"),
    conversationsSpec: join(root, "node_modules/@twilio-alpha/mcp/twilio-oai/spec/json/twilio_conversations_v1.json"),
    scratch: mkdtempSync(join(tmpdir(), "twilio-codegen-bench-")),
    rounds,
    log: (line) => process.stderr.write(`bench: ${line}\n`),
  };
}

export function single(value: number): Summary {
  return { min: value, median: value, max: value, runs: 1 };
}

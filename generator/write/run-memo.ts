import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Inputs } from "../manifest.ts";
import { compareCodeUnits } from "../names.ts";
import { ContentCache } from "./cache.ts";
import { listFiles } from "./output.ts";

/**
 * A run that found its output already up to date, remembered whole: when the
 * same generator, tools and inputs meet that same output again, the run's
 * answer is known without building the model. Only a run that changed nothing
 * is remembered, so a recalled answer is one the generator gave for exactly
 * this output; and the output is checked byte for byte (by hash) before the
 * memo is believed (see `unchanged`), so an edited, missing or extra file
 * means a full run.
 */
export interface RunMemo {
  /** Output path → sha256 of its content, and the size and mtime it had when the run was remembered. */
  files: Record<string, { sha256: string; size: number; mtimeMs: number }>;
  apis: number;
  operations: number;
  capabilities: number;
  warnings: string[];
  changes: { summary: string; markdown: string };
}

const NAMESPACE = "runs";

/**
 * What a run's output depends on besides the output folder itself: the
 * generator and templates (every file), the installed tools (the lockfile),
 * each input's name and content, and each document's pin.
 */
export function runKey(projectRoot: string, inputs: Inputs): string {
  const hash = createHash("sha256");
  for (const folder of ["generator", "templates"]) {
    for (const name of sourceFiles(join(projectRoot, folder))) hash.update(`${folder}/${name}\0`).update(readFileSync(join(projectRoot, folder, name))).update("\0");
  }
  hash.update(readFileSync(join(projectRoot, "package-lock.json")));
  // The pin too: a wrong one must fail the run, as it does when nothing is remembered.
  for (const { source, expectedSha256 } of inputs.documents) hash.update(`\0document ${source.file} ${source.sha256} ${expectedSha256 ?? "unpinned"}`);
  for (const source of inputs.capabilities) hash.update(`\0capability ${source.file} ${source.sha256}`);
  return hash.digest("hex");
}

/** The memo for this key, if there is one and the output folder holds exactly the files it names. */
export function recallRun(cache: ContentCache, key: string, outDir: string): RunMemo | undefined {
  const text = cache.get(NAMESPACE, key);
  if (text === undefined) return undefined;
  let memo: RunMemo;
  try {
    memo = JSON.parse(text) as RunMemo;
  } catch {
    return undefined;
  }
  const onDisk = listFiles(outDir);
  if (onDisk.length !== Object.keys(memo.files).length) return undefined;
  for (const path of onDisk) {
    const expected = memo.files[path];
    if (expected === undefined || !unchanged(join(outDir, path), expected)) return undefined;
  }
  return memo;
}

/**
 * A file still as remembered: the same size and mtime, as git's index and make
 * trust (an edit moves the mtime), or else the same content by hash, so a file
 * that was only touched or copied still counts.
 */
function unchanged(path: string, expected: RunMemo["files"][string]): boolean {
  const stats = statSync(path);
  if (stats.size !== expected.size) return false;
  return stats.mtimeMs === expected.mtimeMs || contentHash(readFileSync(path)) === expected.sha256;
}

/** Called after a run that found `outDir` holding exactly `files`. */
export function rememberRun(cache: ContentCache, key: string, outDir: string, files: Map<string, string>, facts: Omit<RunMemo, "files">): void {
  const recorded: RunMemo["files"] = {};
  for (const path of [...files.keys()].sort(compareCodeUnits)) {
    const stats = statSync(join(outDir, path));
    recorded[path] = { sha256: contentHash(Buffer.from(files.get(path)!, "utf8")), size: stats.size, mtimeMs: stats.mtimeMs };
  }
  cache.set(NAMESPACE, key, JSON.stringify({ files: recorded, ...facts } satisfies RunMemo));
}

function contentHash(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Every file of a folder, sorted; review snapshots are test data, not generator. */
function sourceFiles(folder: string): string[] {
  return listFiles(folder)
    .filter((path) => !path.split("/").includes("__snapshots__"))
    .sort(compareCodeUnits);
}

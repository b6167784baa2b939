import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { basename, dirname, join, sep } from "node:path";
import { compareCodeUnits } from "../names.ts";
import { Limiter } from "./limit.ts";

/** The complete output of a run: relative POSIX path → file content. */
export type OutputFiles = Map<string, string>;

export interface OutputDiff {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
}

export function hasChanges(diff: OutputDiff): boolean {
  return diff.added.length + diff.changed.length + diff.removed.length > 0;
}

/** Compares the planned output with what is on disk, byte for byte. */
export function diffOutput(outDir: string, files: OutputFiles): OutputDiff {
  const existing = new Set(listFiles(outDir));
  const diff: OutputDiff = { added: [], changed: [], removed: [], unchanged: [] };
  for (const path of [...files.keys()].sort(compareCodeUnits)) {
    if (!existing.has(path)) diff.added.push(path);
    else if (readFileSync(join(outDir, path), "utf8") === files.get(path)) diff.unchanged.push(path);
    else diff.changed.push(path);
    existing.delete(path);
  }
  diff.removed = [...existing].sort(compareCodeUnits);
  return diff;
}

/** libuv's thread pool has four threads; a few more writes queued keep them busy. */
const CONCURRENT_WRITES = 16;

/** Every file under `root`, as relative POSIX paths. */
export function listFiles(root: string, prefix = ""): string[] {
  const directory = join(root, prefix);
  if (!existsSync(directory) || !statSync(directory).isDirectory()) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? listFiles(root, relative) : [relative];
  });
}

function siblings(outDir: string, marker: "tmp" | "old"): string[] {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  const prefix = `${basename(outDir)}.${marker}-`;
  return readdirSync(parent)
    .filter((name) => name.startsWith(prefix))
    .map((name) => join(parent, name));
}

/**
 * Undoes the traces of a run that was killed: a half-written temporary tree is
 * dropped, and if the kill fell between the two renames of the swap, the old
 * tree is put back. Returns what was restored, if anything.
 */
export function recoverInterruptedRun(outDir: string): string | undefined {
  for (const temporary of siblings(outDir, "tmp")) rmSync(temporary, { recursive: true, force: true });
  const old = siblings(outDir, "old");
  let restored: string | undefined;
  if (!existsSync(outDir) && old[0] !== undefined) {
    renameSync(old[0], outDir);
    restored = old[0];
  }
  for (const leftover of siblings(outDir, "old")) rmSync(leftover, { recursive: true, force: true });
  return restored;
}

/**
 * Writes the whole output into a sibling temporary directory, then swaps it in
 * with renames, so a failed or killed run leaves `outDir` as it was. Each
 * folder is made once, and the files are written a few at a time: the writes
 * overlap on libuv's threads instead of waiting one by one.
 */
export async function commitOutput(outDir: string, files: OutputFiles): Promise<void> {
  const temporary = `${outDir}.tmp-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  try {
    const targets = [...files].map(([path, content]) => [join(temporary, ...path.split("/")), content] as const);
    mkdirSync(temporary, { recursive: true });
    for (const folder of new Set(targets.map(([target]) => dirname(target)))) mkdirSync(folder, { recursive: true });
    await new Limiter(CONCURRENT_WRITES).each(targets, ([target, content]) => writeFile(target, content));
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  const hadOutput = existsSync(outDir);
  if (hadOutput) renameSync(outDir, old);
  renameSync(temporary, outDir);
  if (hadOutput) rmSync(old, { recursive: true, force: true });
}

/** Output paths always use `/`; refuse anything that could escape the output directory. */
export function assertSafeOutputPath(path: string): void {
  const parts = path.split("/");
  if (path.startsWith("/") || path.includes("\\") || path.includes(sep === "\\" ? ":" : "\0") || parts.some((part) => part === "" || part === "." || part === "..")) {
    throw new Error(`unsafe output path ${JSON.stringify(path)}`);
  }
}

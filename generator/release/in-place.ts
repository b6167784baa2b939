import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path/posix";
import { GeneratorError } from "../diagnostics.ts";
import type { GenerationModel } from "../model/types.ts";
import { AGGREGATE_PACKAGE, compareCodeUnits } from "../names.ts";
import type { OutputDiff, OutputFiles } from "../write/output.ts";
import { compareSemver } from "./version.ts";

/**
 * Packages whose files change while their version stays: the API surface is
 * the same, but the generator, its templates or a capability file are not.
 * Published as they are, such files would never reach anyone: the registry
 * already holds that version, and publishing skips a version it has. So each
 * one gets a patch release of its own.
 *
 * What a package held when it was generated is recorded in `releases.json`
 * (its version and a digest of its files), so a file edited by hand in the
 * output is put back without a release, and only what the generator now
 * writes differently counts.
 */
export const RELEASES_FILE = "releases.json";
const RELEASES_FORMAT = 1;

export interface PackageRecord {
  name: string;
  version: string;
  /** sha256 of the package's files as generated, paths included; its release records left out. */
  sha256: string;
}

export type PackageRecords = Record<string, PackageRecord>;

export interface InPlaceChanges {
  /** API id → changed files of the packages that carry its version (its client, its server, a capability it leads). */
  apis: Map<string, string[]>;
  /** Changed files of the aggregate package. */
  aggregate: string[];
}

/** Written from the release plan itself, so never a reason for a release. */
const RELEASE_RECORDS = new Set(["surface.json", "CHANGELOG.md"]);

/** Every package folder of a run's files (a folder with a `package.json`), with what it holds. */
export function packageRecords(files: OutputFiles): PackageRecords {
  const folders = packageFolders(files);
  const hashes = new Map(folders.map((folder) => [folder, createHash("sha256")]));
  for (const path of [...files.keys()].sort(compareCodeUnits)) {
    const folder = owningFolder(folders, path);
    if (folder === undefined || RELEASE_RECORDS.has(path.slice(folder.length + 1))) continue;
    hashes.get(folder)!.update(`${path.slice(folder.length + 1)}\0`).update(files.get(path)!).update("\0");
  }
  const records: PackageRecords = {};
  for (const folder of [...folders].sort(compareCodeUnits)) {
    const manifest = JSON.parse(files.get(`${folder}/package.json`)!) as { name: string; version: string };
    records[folder] = { name: manifest.name, version: manifest.version, sha256: hashes.get(folder)!.digest("hex") };
  }
  return records;
}

export function packageRecordsJson(records: PackageRecords): string {
  return `${JSON.stringify({ format: RELEASES_FORMAT, packages: records }, null, 2)}\n`;
}

/** The records of the committed output; none for output generated before they were kept. */
export function readPackageRecords(outDir: string): PackageRecords | undefined {
  const path = join(outDir, RELEASES_FILE);
  if (!existsSync(path)) return undefined;
  const fix = "restore it from git, or delete it: the next run records the packages again";
  let parsed: { format?: unknown; packages?: unknown };
  try {
    parsed = JSON.parse(readFileSync(path, "utf8")) as typeof parsed;
  } catch (error) {
    throw new GeneratorError({ file: path }, `the package records are not JSON: ${(error as Error).message}`, fix);
  }
  if (parsed.format !== RELEASES_FORMAT || typeof parsed.packages !== "object" || parsed.packages === null) {
    throw new GeneratorError({ file: path, pointer: "/format" }, `not package records of format ${RELEASES_FORMAT}`, fix);
  }
  return parsed.packages as PackageRecords;
}

export interface InPlaceInputs {
  /** The committed records, if any. */
  previous: PackageRecords | undefined;
  /** The records of what this run would write. */
  emitted: PackageRecords;
  diff: OutputDiff;
  model: GenerationModel;
  /** The plan's version of each API, to find the API a capability's version follows. */
  versionOf: (apiId: string) => string;
  /** The committed version of a package folder, for output without records. */
  committedVersion: (folder: string) => string | undefined;
}

/**
 * A package changed in place when its version stays and its digest does not.
 * Without a record (output older than the records) the files on disk stand in
 * for it. The files listed are those that differ from the disk.
 */
export function changesInPlace(inputs: InPlaceInputs): InPlaceChanges {
  const folders = deepestFirst(Object.keys(inputs.emitted));
  const differing = new Map<string, string[]>();
  for (const path of [...inputs.diff.added, ...inputs.diff.changed, ...inputs.diff.removed]) {
    const folder = owningFolder(folders, path);
    if (folder !== undefined && !RELEASE_RECORDS.has(path.slice(folder.length + 1))) append(differing, folder, [path]);
  }
  const found: InPlaceChanges = { apis: new Map(), aggregate: [] };
  for (const [folder, record] of Object.entries(inputs.emitted)) {
    const before = inputs.previous?.[folder];
    const changed = before === undefined ? inputs.committedVersion(folder) === record.version && differing.has(folder) : before.version === record.version && before.sha256 !== record.sha256;
    if (!changed) continue;
    // The disk may already hold the new files (records reverted by hand): then the folder stands for them.
    const listed = differing.get(folder) ?? [`${folder}/`];
    if (folder === AGGREGATE_PACKAGE.directory) {
      found.aggregate.push(...listed);
      continue;
    }
    const api = versionOwner(folder, inputs.model, inputs.versionOf);
    if (api !== undefined) append(found.apis, api, listed);
  }
  return found;
}

export function hasChangesInPlace(changes: InPlaceChanges): boolean {
  return changes.apis.size > 0 || changes.aggregate.length > 0;
}

/** One line for the changelog: how many files, and the first few of them. */
export function describeChangesInPlace(paths: string[], shown = 5): string {
  const listed = paths.slice(0, shown).map((path) => `\`${path}\``).join(", ");
  const more = paths.length > shown ? ` and ${paths.length - shown} more` : "";
  return `${paths.length} generated file${paths.length === 1 ? "" : "s"} changed with no change to the API surface (a generator, template or capability update): ${listed}${more}`;
}

function append(lists: Map<string, string[]>, key: string, items: readonly string[]): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [...items]);
  else list.push(...items);
}

function packageFolders(files: OutputFiles): string[] {
  return deepestFirst([...files.keys()].filter((path) => basename(path) === "package.json").map((path) => dirname(path)));
}

/** So that a file belongs to its nearest package. */
function deepestFirst(folders: string[]): string[] {
  return [...folders].sort((a, b) => b.length - a.length);
}

function owningFolder(folders: string[], path: string): string | undefined {
  return folders.find((folder) => path.startsWith(`${folder}/`));
}

/** The API whose version a package folder carries: `<api>/`, `servers/<api>/`, or the furthest API a capability calls. */
function versionOwner(folder: string, model: GenerationModel, versionOf: (apiId: string) => string): string | undefined {
  const [head, rest] = [folder.slice(0, folder.indexOf("/") + 1), folder.slice(folder.indexOf("/") + 1)];
  if (head === "servers/") return model.apis.some((api) => api.id === rest) ? rest : undefined;
  if (head === "capabilities/") {
    const capability = model.capabilities.find((candidate) => candidate.id === rest);
    const apis = [...new Set(capability?.operations.map((operation) => operation.apiId) ?? [])].sort(compareCodeUnits);
    return apis.reduce<string | undefined>((furthest, api) => (furthest === undefined || compareSemver(versionOf(api), versionOf(furthest)) > 0 ? api : furthest), undefined);
  }
  return model.apis.some((api) => api.id === folder) ? folder : undefined;
}

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GeneratorError } from "../diagnostics.ts";
import type { ClientView } from "../emit/client/views.ts";
import { outputPaths } from "../emit/sink.ts";
import type { GenerationModel } from "../model/types.ts";
import type { OutputFiles } from "../write/output.ts";
import { compareSurfaces, largestBump } from "../surface/compare.ts";
import { describeSurface } from "../surface/describe.ts";
import { changelogEntry, prependEntry } from "../surface/report.ts";
import { SURFACE_FORMAT, type ApiSurface, type Bump, type SurfaceChange } from "../surface/types.ts";
import { describeChangesInPlace } from "./in-place.ts";
import { FIRST_VERSION, followParts, nextVersion } from "./version.ts";

export const SURFACE_FILE = "surface.json";
export const CHANGELOG_FILE = "CHANGELOG.md";

/** One API's release decision: its surface now, what changed since the committed one, and its version. */
export interface ApiRelease {
  api: string;
  package: string;
  /** The committed version; absent for a package generated for the first time. */
  previousVersion?: string;
  version: string;
  changes: SurfaceChange[];
  bump?: Bump;
  surface: ApiSurface;
  changelog: string;
}

export interface ReleasePlan {
  apis: ApiRelease[];
  /** The version to stamp on an API's package. */
  versionOf(apiId: string): string;
  /** The largest bump of this run, for packages made of the others. */
  largestBump(): Bump | undefined;
  /**
   * The version of a package made of all the APIs (the aggregate): its last
   * version moved by the largest bump of its parts, an API new to it counting
   * as an addition. Versions before 1.0.0 predate the report and start over.
   */
  aggregateVersion(previous: string | undefined, changedInPlace?: boolean): string;
}

/**
 * Compares each API's surface with the one committed in `outDir` and decides
 * its version: semver from the changes, none when there are none, so an
 * unchanged input regenerates byte for byte. An API in `changedInPlace`
 * (in-place.ts) whose surface did not change gets a patch release for its files.
 */
export function planRelease(model: GenerationModel, views: Map<string, ClientView>, outDir: string, changedInPlace: ReadonlyMap<string, string[]> = new Map()): ReleasePlan {
  const apis = model.apis.map((api): ApiRelease => {
    const directory = join(outDir, api.id);
    const previous = readSurface(join(directory, SURFACE_FILE));
    const draft = describeSurface(api, views.get(api.id)!, previous?.version ?? FIRST_VERSION);
    const changes = previous === undefined ? [] : compareSurfaces(previous, draft);
    const filesChanged = changedInPlace.get(api.id);
    if (previous !== undefined && changes.length === 0 && filesChanged !== undefined) changes.push({ bump: "patch", area: "package", text: describeChangesInPlace(filesChanged) });
    const bump = largestBump(changes.map((change) => change.bump));
    const version = nextVersion(previous?.version, bump);
    const surface = { ...draft, version };
    const existing = readText(join(directory, CHANGELOG_FILE));
    const release: ApiRelease = { api: api.id, package: surface.package, version, changes, surface, changelog: "" };
    if (previous !== undefined) release.previousVersion = previous.version;
    if (bump !== undefined) release.bump = bump;
    const fresh = previous === undefined || bump !== undefined || existing === undefined;
    release.changelog = fresh ? prependEntry(existing, surface.package, changelogEntry(release, api.operations.length)) : existing;
    return release;
  });
  const byId = new Map(apis.map((release) => [release.api, release]));
  return {
    apis,
    versionOf: (apiId) => byId.get(apiId)?.version ?? FIRST_VERSION,
    largestBump: () => largestBump(apis.map((release) => release.bump)),
    aggregateVersion: (previous, changedInPlace = false) =>
      followParts(previous === undefined || previous.startsWith("0.") ? undefined : previous, [...apis.map((release) => (release.previousVersion === undefined ? "minor" : release.bump)), changedInPlace ? "patch" : undefined]),
  };
}

/** `surface.json` and `CHANGELOG.md` beside each API's package. */
export function addReleaseFiles(files: OutputFiles, plan: ReleasePlan): void {
  for (const release of plan.apis) {
    files.set(outputPaths.api(release.api, SURFACE_FILE), `${JSON.stringify(release.surface, null, 2)}\n`);
    files.set(outputPaths.api(release.api, CHANGELOG_FILE), release.changelog);
  }
}

function readText(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

function readSurface(path: string): ApiSurface | undefined {
  const text = readText(path);
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new GeneratorError({ file: path }, `the committed surface is not JSON: ${(error as Error).message}`, "restore it from git, or delete it to start the package again at 1.0.0");
  }
  const surface = parsed as Partial<ApiSurface>;
  if (surface.format !== SURFACE_FORMAT || typeof surface.version !== "string" || !/^\d+\.\d+\.\d+$/.test(surface.version) || typeof surface.methods !== "object") {
    throw new GeneratorError({ file: path, pointer: "/format" }, `not a surface of format ${SURFACE_FORMAT} with a MAJOR.MINOR.PATCH version`, "restore it from git, or delete it to start the package again at 1.0.0");
  }
  return surface as ApiSurface;
}

/** The committed version of a package folder of the output, if there is one. */
export function committedVersion(outDir: string, folder: string): string | undefined {
  const text = readText(join(outDir, folder, "package.json"));
  if (text === undefined) return undefined;
  const version = (JSON.parse(text) as { version?: unknown }).version;
  return typeof version === "string" && /^\d+\.\d+\.\d+$/.test(version) ? version : undefined;
}

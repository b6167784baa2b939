import { largestBump } from "../surface/compare.ts";
import type { Bump } from "../surface/types.ts";

/** Where every generated package starts. */
export const FIRST_VERSION = "1.0.0";

/** `1.4.2` + minor → `1.5.0`. Only plain `MAJOR.MINOR.PATCH` is ever written, so only that is read. */
export function bumpVersion(version: string, bump: Bump): string {
  const parts = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!parts) throw new Error(`not a MAJOR.MINOR.PATCH version: ${JSON.stringify(version)}`);
  const [major, minor, patch] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** The version after a run: the first version for a new package, the same one when nothing changed. */
export function nextVersion(previous: string | undefined, bump: Bump | undefined): string {
  if (previous === undefined) return FIRST_VERSION;
  return bump === undefined ? previous : bumpVersion(previous, bump);
}

/**
 * A package made of others (the aggregate `generated/twilio/`) moves by the
 * largest bump among its parts: one breaking part makes it a major release.
 */
export function followParts(previous: string | undefined, parts: Iterable<Bump | undefined>): string {
  return nextVersion(previous, largestBump(parts));
}

/** Order of two plain `MAJOR.MINOR.PATCH` versions: negative when `a` is older. */
export function compareSemver(a: string, b: string): number {
  const parts = (version: string) => version.split(".").map(Number);
  const [left, right] = [parts(a), parts(b)];
  for (let index = 0; index < 3; index++) if (left[index] !== right[index]) return (left[index] ?? 0) - (right[index] ?? 0);
  return 0;
}

import type { JsonSchema, JsonValue } from "./tool-types.js";

/** An argument the schema does not know, where it was given, and the known name it most likely meant. */
export interface UnknownArgument {
  /** Dotted place: `friendlyName`, or `body.identiy` inside a closed object. */
  path: string;
  closest?: string;
}

/**
 * Every key of `args` that a closed object schema (`additionalProperties: false`)
 * does not declare, at the top and inside closed nested objects. A misspelt
 * name must be refused, not dropped: dropping it sends a request the caller did
 * not mean and reports success.
 */
export function unknownArguments(schema: JsonSchema, args: unknown, prefix = ""): UnknownArgument[] {
  if (!isObject(args)) return [];
  const properties = isObject(schema["properties"]) ? (schema["properties"] as Record<string, JsonValue>) : {};
  const known = Object.keys(properties);
  const found: UnknownArgument[] = [];
  for (const [key, value] of Object.entries(args)) {
    const child = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (child === undefined) {
      if (schema["additionalProperties"] !== false) continue;
      const closest = closestName(key, known);
      found.push(closest === undefined ? { path: `${prefix}${key}` } : { path: `${prefix}${key}`, closest: `${prefix}${closest}` });
    } else if (isObject(child) && child["type"] === "object") {
      found.push(...unknownArguments(child as JsonSchema, value, `${prefix}${key}.`));
    }
  }
  return found;
}

/** `unknown argument "friendlyName" (did you mean "FriendlyName"?)`, one clause per argument. */
export function describeUnknown(unknown: UnknownArgument[]): string {
  return unknown.map((entry) => `unknown argument ${JSON.stringify(entry.path)}${entry.closest === undefined ? "" : ` (did you mean ${JSON.stringify(entry.closest)}?)`}`).join("; ");
}

/**
 * The known name nearest to `name`: the same letters in another case or
 * punctuation first (`friendly_name` → `FriendlyName`), else the smallest edit
 * distance within a third of the name's length.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const folded = fold(name);
  const sameLetters = known.find((candidate) => fold(candidate) === folded);
  if (sameLetters !== undefined) return sameLetters;
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(folded, fold(candidate));
    if (best === undefined || distance < best.distance) best = { name: candidate, distance };
  }
  return best !== undefined && best.distance <= Math.max(1, Math.floor(folded.length / 3)) ? best.name : undefined;
}

function fold(name: string): string {
  return name.toLowerCase().replace(/[-_.\s]/g, "");
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

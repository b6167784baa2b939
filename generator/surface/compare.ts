import { compareCodeUnits } from "../names.ts";
import type { ApiSurface, Bump, FieldSurface, OptionSurface, SurfaceChange } from "./types.ts";

/**
 * What changed for a consumer between two surfaces of one API, each change
 * classified: breaking (major), additive (minor) or docs only (patch).
 */
export function compareSurfaces(before: ApiSurface, after: ApiSurface): SurfaceChange[] {
  const changes: SurfaceChange[] = [];
  const add = (bump: Bump, area: SurfaceChange["area"], text: string) => changes.push({ bump, area, text });
  compareMethods(before, after, add);
  compareInstances(before, after, add);
  compareEnums(before, after, add);
  compareTools(before, after, add);
  compareRoutes(before, after, add);
  return changes;
}

type Add = (bump: Bump, area: SurfaceChange["area"], text: string) => void;

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

/** Keys only in `before`, only in `after`, and in both, each sorted. */
function keyDiff(before: object, after: object): { removed: string[]; added: string[]; kept: string[] } {
  const old = new Set(Object.keys(before));
  const now = new Set(Object.keys(after));
  const sort = (keys: string[]) => keys.sort(compareCodeUnits);
  return { removed: sort([...old].filter((key) => !now.has(key))), added: sort([...now].filter((key) => !old.has(key))), kept: sort([...now].filter((key) => old.has(key))) };
}

function valueDiff(before: string[] = [], after: string[] = []): { removed: string[]; added: string[] } {
  return { removed: before.filter((value) => !after.includes(value)), added: after.filter((value) => !before.includes(value)) };
}

const list = (values: string[]) => values.map((value) => code(value)).join(", ");

function compareMethods(before: ApiSurface, after: ApiSurface, add: Add): void {
  const { removed, added, kept } = keyDiff(before.methods, after.methods);
  for (const path of removed) add("major", "client", `${code(path)} removed (${before.methods[path]!.operation})`);
  for (const path of added) add("minor", "client", `${code(path)} added (${after.methods[path]!.operation}: ${after.methods[path]!.http})`);
  for (const path of kept) {
    const old = before.methods[path]!;
    const now = after.methods[path]!;
    if (old.http !== now.http) add("minor", "client", `${code(path)} now sends ${code(now.http)} (was ${code(old.http)})`);
    if (old.docs !== now.docs) add("patch", "client", `${code(path)}: description changed`);
    const options = keyDiff(old.options, now.options);
    for (const name of options.removed) add("major", "client", `${code(path)}: option ${code(name)} removed`);
    for (const name of options.added) add(now.options[name]!.required ? "major" : "minor", "client", `${code(path)}: new ${now.options[name]!.required ? "required" : "optional"} option ${code(name)} (${code(now.options[name]!.type)})`);
    for (const name of options.kept) compareOption(`${code(path)}: option ${code(name)}`, old.options[name]!, now.options[name]!, add);
  }
}

function compareOption(subject: string, old: OptionSurface, now: OptionSurface, add: Add): void {
  if (!old.required && now.required) add("major", "client", `${subject} is now required`);
  if (old.required && !now.required) add("minor", "client", `${subject} is no longer required`);
  const values = valueDiff(old.values, now.values);
  if (old.type !== now.type && (old.values === undefined || now.values === undefined)) {
    // What callers could pass before still type-checks when the option becomes `unknown`, or `string` instead of an enum alias.
    const widened = now.type === "unknown" || (now.type === "string" && /^[A-Z]\w*$/.test(old.type));
    add(widened ? "minor" : "major", "client", `${subject}: type ${code(old.type)} → ${code(now.type)}${widened ? " (widened)" : ""}`);
  }
  if (values.removed.length > 0) add("major", "client", `${subject}: enum value${values.removed.length > 1 ? "s" : ""} ${list(values.removed)} removed`);
  if (values.added.length > 0) add("minor", "client", `${subject}: enum value${values.added.length > 1 ? "s" : ""} ${list(values.added)} added`);
  if (old.docs !== now.docs) add("patch", "client", `${subject}: description changed`);
}

function compareInstances(before: ApiSurface, after: ApiSurface, add: Add): void {
  const resources = keyDiff(before.instances, after.instances);
  for (const path of resources.removed) add("major", "client", `instances of ${code(path)}: no fields any more`);
  for (const path of resources.added) add("minor", "client", `instances of ${code(path)}: fields added (${Object.keys(after.instances[path]!).length})`);
  for (const path of resources.kept) {
    const old = before.instances[path]!;
    const now = after.instances[path]!;
    const fields = keyDiff(old, now);
    for (const name of fields.removed) add("major", "client", `${code(path)} instances: field ${code(name)} removed`);
    for (const name of fields.added) add("minor", "client", `${code(path)} instances: new field ${code(name)} (${code(now[name]!.type)})`);
    for (const name of fields.kept) compareField(`${code(path)} instances: field ${code(name)}`, old[name]!, now[name]!, add);
  }
}

/** A response value that may now be missing or of another type breaks readers; a response value the client may now see is additive. */
function compareField(subject: string, old: FieldSurface, now: FieldSurface, add: Add): void {
  const values = valueDiff(old.values, now.values);
  if (old.type !== now.type && (old.values === undefined || now.values === undefined)) {
    // Readers of `T | null` already handle `T`: a field that is no longer null narrows safely.
    const narrowed = old.type === `${now.type} | null`;
    add(narrowed ? "minor" : "major", "client", `${subject}: type ${code(old.type)} → ${code(now.type)}${narrowed ? " (no longer null)" : ""}`);
  }
  if (values.removed.length > 0) add("minor", "client", `${subject}: enum value${values.removed.length > 1 ? "s" : ""} ${list(values.removed)} no longer returned`);
  if (values.added.length > 0) add("minor", "client", `${subject}: enum value${values.added.length > 1 ? "s" : ""} ${list(values.added)} may be returned`);
  if (old.docs !== now.docs) add("patch", "client", `${subject}: description changed`);
}

function compareEnums(before: ApiSurface, after: ApiSurface, add: Add): void {
  const { removed, added, kept } = keyDiff(before.enums, after.enums);
  for (const name of removed) add(before.enums[name]!.usedIn.includes("request") ? "major" : "minor", "client", `enum ${code(name)} removed`);
  for (const name of added) add("minor", "client", `enum ${code(name)} added: ${list(after.enums[name]!.values)}`);
  for (const name of kept) {
    const request = before.enums[name]!.usedIn.includes("request") && after.enums[name]!.usedIn.includes("request");
    const values = valueDiff(before.enums[name]!.values, after.enums[name]!.values);
    // A value callers may send disappearing breaks them; one only ever returned does not.
    if (values.removed.length > 0) add(request ? "major" : "minor", "client", `enum ${code(name)}: ${list(values.removed)} removed${request ? " (callers send it)" : " (only returned)"}`);
    if (values.added.length > 0) add("minor", "client", `enum ${code(name)}: ${list(values.added)} added`);
  }
}

function compareTools(before: ApiSurface, after: ApiSurface, add: Add): void {
  const { removed, added, kept } = keyDiff(before.tools, after.tools);
  for (const name of removed) add("major", "mcp", `tool ${code(name)} removed`);
  for (const name of added) add("minor", "mcp", `tool ${code(name)} added`);
  for (const name of kept) {
    const old = before.tools[name]!;
    const now = after.tools[name]!;
    const inputs = keyDiff(old.properties, now.properties);
    const required = valueDiff(old.required, now.required);
    for (const input of inputs.removed) add("major", "mcp", `tool ${code(name)}: input ${code(input)} removed`);
    for (const input of inputs.added) add(now.required.includes(input) ? "major" : "minor", "mcp", `tool ${code(name)}: new ${now.required.includes(input) ? "required" : "optional"} input ${code(input)}`);
    for (const input of required.added.filter((input) => !inputs.added.includes(input))) add("major", "mcp", `tool ${code(name)}: input ${code(input)} is now required`);
    for (const input of required.removed.filter((input) => !inputs.removed.includes(input))) add("minor", "mcp", `tool ${code(name)}: input ${code(input)} is no longer required`);
    for (const input of inputs.kept.filter((input) => old.properties[input]!.schema !== now.properties[input]!.schema)) {
      add(narrows(old.properties[input]!.schema, now.properties[input]!.schema) ? "major" : "minor", "mcp", `tool ${code(name)}: input ${code(input)} schema changed`);
    }
    const redescribed = inputs.kept.filter((input) => old.properties[input]!.docs !== now.properties[input]!.docs);
    if (old.docs !== now.docs || redescribed.length > 0) add("patch", "mcp", `tool ${code(name)}: description${redescribed.length > 0 ? ` of ${list(redescribed)}` : ""} changed`);
  }
}

/** A schema change breaks callers unless it only widens an enum. */
function narrows(old: string, now: string): boolean {
  const parse = (text: string) => JSON.parse(text) as { enum?: string[]; items?: { enum?: string[] } };
  const before = parse(old);
  const after = parse(now);
  const oldValues = before.enum ?? before.items?.enum;
  const newValues = after.enum ?? after.items?.enum;
  if (oldValues === undefined || newValues === undefined) return true;
  const strip = (schema: { enum?: string[]; items?: { enum?: string[] } }) => JSON.stringify({ ...schema, enum: undefined, items: schema.items ? { ...schema.items, enum: undefined } : undefined });
  return strip(before) !== strip(after) || oldValues.some((value) => !newValues.includes(value));
}

function compareRoutes(before: ApiSurface, after: ApiSurface, add: Add): void {
  const { removed, added, kept } = keyDiff(before.routes, after.routes);
  for (const route of removed) add("major", "rest", `route ${code(route)} removed`);
  for (const route of added) add("minor", "rest", `route ${code(route)} added`);
  for (const route of kept) {
    const old = before.routes[route]!;
    const now = after.routes[route]!;
    if (old.operation !== now.operation) add("major", "rest", `route ${code(route)} now serves ${now.operation} (was ${old.operation})`);
    const required = valueDiff(old.required, now.required);
    if (required.added.length > 0) add("major", "rest", `route ${code(route)}: ${list(required.added)} now required`);
    if (required.removed.length > 0) add("minor", "rest", `route ${code(route)}: ${list(required.removed)} no longer required`);
  }
}

const RANK: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };

/** The bump a set of changes calls for: the largest of them; none for no change. */
export function largestBump(bumps: Iterable<Bump | undefined>): Bump | undefined {
  let largest: Bump | undefined;
  for (const bump of bumps) if (bump !== undefined && (largest === undefined || RANK[bump] > RANK[largest])) largest = bump;
  return largest;
}

import { RequestValidationError } from "./errors.js";

/** How a value travels on the wire; the generator derives it from the spec's type and format. */
export type WireKind = "string" | "number" | "boolean" | "date-time" | "date" | "json";

export interface WireParameter {
  /** Option key in the call, e.g. `friendlyName` or `'timers.inactive'`. */
  key: string;
  /** Name on the wire, e.g. `FriendlyName` or `Timers.Inactive`. */
  wire: string;
  kind: WireKind;
  /** Arrays go out as repeated keys. */
  array?: boolean;
}

/** `2024-05-01T10:20:30Z`: Twilio's form format, without milliseconds. */
export function formatDateTime(value: Date): string {
  return value.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * A Date goes out as twilio-node sends it: `date-time` parameters without
 * milliseconds, `date` ones as the day, and any other parameter as
 * `toISOString()`, which is what twilio-node's form encoder (qs) writes.
 */
function formatScalar(value: unknown, kind: WireKind, wire: string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RequestValidationError(`${wire}: invalid Date`);
    if (kind === "date") return formatDateTime(value).slice(0, 10);
    return kind === "date-time" ? formatDateTime(value) : value.toISOString();
  }
  if (kind === "json" && typeof value !== "string") return JSON.stringify(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "object" && value !== null) return JSON.stringify(value);
  return String(value);
}

/**
 * Turns call options into wire pairs in the parameters' order. Absent values are
 * left out; arrays become repeated keys, as Twilio expects. With `nullAsEmpty`
 * (query and form), `null` goes out as an empty value, which clears a field, as
 * twilio-node sends it; headers leave it out.
 */
export function toWirePairs(
  parameters: readonly WireParameter[],
  options: Readonly<Record<string, unknown>>,
  nullAsEmpty = false,
): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const parameter of parameters) {
    const value = Object.hasOwn(options, parameter.key) ? options[parameter.key] : undefined;
    if (value === null && nullAsEmpty) pairs.push([parameter.wire, ""]);
    if (value === undefined || value === null) continue;
    const values = parameter.array && Array.isArray(value) ? value : [value];
    for (const item of values)
      if (item !== undefined && item !== null)
        pairs.push([parameter.wire, formatScalar(item, parameter.kind, parameter.wire)]);
  }
  return pairs;
}

export function formBody(pairs: ReadonlyArray<[string, string]>): string {
  return new URLSearchParams(pairs as Array<[string, string]>).toString();
}

/** A path segment that can only ever name one resource: `..`, `a/b`, `a#b` and `a?b` cannot escape it. */
export function encodePathSegment(name: string, value: unknown): string {
  const text = value === undefined || value === null ? "" : String(value);
  if (text === "" || text === "." || text === "..") {
    throw new RequestValidationError(
      `path parameter ${name} must not be ${text === "" ? "empty" : JSON.stringify(text)}`,
    );
  }
  return encodeURIComponent(text);
}

/** Fills `{Name}` placeholders of a spec path with encoded values. */
export function expandPath(template: string, values: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodePathSegment(name, values[name]));
}

import { GeneratorError, pointerOf, type SourcePlace } from "../../diagnostics.ts";
import { isRecord } from "../openapi/read.ts";

/**
 * A position in a parsed YAML value that knows its JSON pointer, so every
 * complaint about the file names the line it is about.
 */
export class Cursor {
  constructor(
    readonly value: unknown,
    readonly pointer: string,
    private readonly locateAt: (pointer: string) => SourcePlace,
  ) {}

  place(): SourcePlace {
    return this.locateAt(this.pointer);
  }

  child(key: string | number): Cursor {
    const value = Array.isArray(this.value) ? this.value[Number(key)] : isRecord(this.value) ? this.value[String(key)] : undefined;
    return new Cursor(value, `${this.pointer}${pointerOf(key)}`, this.locateAt);
  }

  has(key: string): boolean {
    return isRecord(this.value) && this.value[key] !== undefined;
  }

  fail(message: string): never {
    throw new GeneratorError(this.place(), message);
  }

  /** The field as a non-empty string; fails if it is missing. */
  requiredString(key: string): string {
    const field = this.child(key);
    if (typeof field.value === "string" && field.value !== "") return field.value;
    if (typeof field.value === "number" || typeof field.value === "boolean") return String(field.value);
    if (field.value === undefined) this.fail(`missing required field \`${key}\``);
    return field.fail(`\`${key}\` must be a string`);
  }

  optionalString(key: string): string | undefined {
    return this.has(key) ? this.requiredString(key) : undefined;
  }

  /** Items of an array field; a missing field is an empty list. */
  items(key: string): Cursor[] {
    const field = this.child(key);
    if (field.value === undefined || field.value === null) return [];
    if (!Array.isArray(field.value)) return field.fail(`\`${key}\` must be a list`);
    return field.value.map((_, index) => field.child(index));
  }

  /** Entries of a mapping field, in file order. */
  entries(key: string): Array<[string, Cursor]> {
    const field = this.child(key);
    if (field.value === undefined || field.value === null) return [];
    if (!isRecord(field.value)) return field.fail(`\`${key}\` must be a mapping`);
    return Object.keys(field.value).map((name) => [name, field.child(name)]);
  }

  requireMapping(what: string): void {
    if (!isRecord(this.value)) this.fail(`${what} must be a mapping`);
  }
}

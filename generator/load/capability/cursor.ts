import { GeneratorError, pointerOf, type SourcePlace } from "../../diagnostics.ts";
import { isRecord } from "../openapi/read.ts";
import type { KeyLedger } from "./ledger.ts";

/**
 * A position in a parsed YAML value that knows its JSON pointer, so every
 * complaint about the file names the line it is about. With a ledger, every
 * key it reads is recorded, so the keys nobody read can be reported.
 */
export class Cursor {
  constructor(
    readonly value: unknown,
    readonly pointer: string,
    private readonly locateAt: (pointer: string) => SourcePlace,
    private readonly ledger?: KeyLedger,
  ) {}

  place(): SourcePlace {
    return this.locateAt(this.pointer);
  }

  child(key: string | number): Cursor {
    const value = Array.isArray(this.value) ? this.value[Number(key)] : isRecord(this.value) ? this.value[String(key)] : undefined;
    const pointer = `${this.pointer}${pointerOf(key)}`;
    this.ledger?.touch(pointer);
    return new Cursor(value, pointer, this.locateAt, this.ledger);
  }

  has(key: string): boolean {
    return isRecord(this.value) && this.value[key] !== undefined;
  }

  fail(message: string): never {
    throw new GeneratorError(this.place(), message);
  }

  /** The field as a non-empty string; fails if it is missing or empty. */
  requiredString(key: string): string {
    const field = this.child(key);
    if (typeof field.value === "string" && field.value !== "") return field.value;
    if (typeof field.value === "number" || typeof field.value === "boolean") return String(field.value);
    if (field.value === undefined) this.fail(`missing required field \`${key}\``);
    if (field.value === "") field.fail(`\`${key}\` must not be empty`);
    return field.fail(`\`${key}\` must be a string`);
  }

  /** The field as a string; `""` and `null` are returned as given (`""`) or absent, so callers decide what empty means. */
  optionalString(key: string): string | undefined {
    if (!this.has(key)) return undefined;
    const field = this.child(key);
    if (typeof field.value === "string") return field.value;
    if (typeof field.value === "number" || typeof field.value === "boolean") return String(field.value);
    return field.fail(`\`${key}\` must be a string`);
  }

  optionalBoolean(key: string): boolean | undefined {
    if (!this.has(key)) return undefined;
    const field = this.child(key);
    if (typeof field.value === "boolean") return field.value;
    return field.fail(`\`${key}\` must be true or false`);
  }

  optionalPort(key: string): number | undefined {
    if (!this.has(key)) return undefined;
    const field = this.child(key);
    if (typeof field.value === "number" && Number.isInteger(field.value) && field.value >= 1 && field.value <= 65535) return field.value;
    return field.fail(`\`${key}\` must be a port number from 1 to 65535`);
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
    this.ledger?.markNamed(field.pointer);
    return Object.keys(field.value).map((name) => [name, field.child(name)]);
  }

  /**
   * Named entries, in file order: a list of mappings with a `name` key (Naftiko,
   * Ikanos alphas) or a mapping keyed by name (Ikanos betas), as `allowMap` says.
   */
  named(key: string, allowMap: boolean): Array<{ name: string; at: Cursor; nameAt: Cursor }> {
    const field = this.child(key);
    if (allowMap && isRecord(field.value)) return this.entries(key).map(([name, at]) => ({ name, at, nameAt: at }));
    return this.items(key).map((at) => ({ name: at.requiredString("name"), at, nameAt: at.child("name") }));
  }

  /** The whole value, taken as data: its keys are not reported as unread. */
  whole(): unknown {
    this.ledger?.takeWhole(this.pointer);
    return this.value;
  }

  requireMapping(what: string): void {
    if (!isRecord(this.value)) this.fail(`${what} must be a mapping`);
  }
}

import { decodePointer, pointerOf, type SourcePlace } from "../../diagnostics.ts";
import { isRecord } from "../openapi/read.ts";

/**
 * Which keys of a capability file the reader looked at. After reading, every
 * key nobody looked at is reported once per kind of place (with the first line
 * and a count), so nothing the author wrote is dropped without a word.
 */
export class KeyLedger {
  private readonly read = new Set<string>();
  private readonly wholes = new Set<string>();
  private readonly named = new Set<string>();

  /** The reader looked at the value at this pointer. */
  touch(pointer: string): void {
    this.read.add(pointer);
  }

  /** The value at this pointer is taken as a whole (a `with:` map, a `const`): its keys are not schema keys. */
  takeWhole(pointer: string): void {
    this.read.add(pointer);
    this.wholes.add(pointer);
  }

  /** The keys of the mapping at this pointer are names the author chose, not schema keys. */
  markNamed(pointer: string): void {
    this.named.add(pointer);
  }

  /** Unread keys, grouped by the shape of their place (`capability.consumes[].resources[].operations[].outputRawFormat`). */
  unread(value: unknown, locate: (pointer: string) => SourcePlace): Array<{ path: string; place: SourcePlace; count: number }> {
    const groups = new Map<string, { path: string; place: SourcePlace; count: number }>();
    const visit = (node: unknown, pointer: string, shape: string) => {
      if (this.wholes.has(pointer)) return;
      if (Array.isArray(node)) {
        node.forEach((item, index) => visit(item, `${pointer}${pointerOf(index)}`, `${shape}[]`));
        return;
      }
      if (!isRecord(node)) return;
      for (const key of Object.keys(node)) {
        const child = `${pointer}${pointerOf(key)}`;
        const childShape = this.named.has(pointer) ? `${shape}.*` : shape === "" ? key : `${shape}.${key}`;
        if (!this.read.has(child)) {
          const group = groups.get(childShape);
          if (group) group.count++;
          else groups.set(childShape, { path: childShape, place: locate(child), count: 1 });
          continue;
        }
        visit(node[key], child, childShape);
      }
    };
    visit(value, "", "");
    return [...groups.values()];
  }
}

/** The last token of a pointer, for messages. */
export function lastToken(pointer: string): string {
  return decodePointer(pointer).at(-1) ?? "";
}

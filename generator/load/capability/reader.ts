import { dirname, relative, resolve } from "node:path";
import type { RunContext } from "../../context.ts";
import type { Node } from "yaml";
import { decodePointer, GeneratorError, type SourcePlace } from "../../diagnostics.ts";
import { isRecord } from "../openapi/read.ts";
import { locate, parseYamlSource, readSource, yaml, type SourceFile } from "../source.ts";
import { Cursor } from "./cursor.ts";
import { KeyLedger } from "./ledger.ts";
import type { Dialect } from "./raw.ts";

/** Where Naftiko 1.0.0-alpha2 files in the wild differ from that schema; each is accepted and reported once per file. */
export const DEVIATIONS = {
  typedInputs: "consumed inputParameters carry `type`, `description` or `required`, which Naftiko 1.0.0-alpha2 does not define; used for inputs the spec does not know, otherwise read as documentation",
  callerNamespace: "`with:` values `rest.X` / `tools.X` are read as the caller's argument X",
  braceTemplates: "path templates use `{X}`; read as the parameter X",
  bodyLocation: "`in: body` is read as the operation's request body",
} as const;

export type Deviation = keyof typeof DEVIATIONS;

/**
 * Reading state of one capability file: its dialect, the keys read so far, and
 * the deviations seen. Imported files get a reader of their own.
 */
export class CapabilityReader {
  readonly ledger = new KeyLedger();
  readonly root: Cursor;
  private readonly deviations = new Map<Deviation, { place: SourcePlace; count: number }>();
  private readonly imports: CapabilityReader[] = [];
  private readonly parsed: ReturnType<typeof parseYamlSource>;

  constructor(
    readonly ctx: RunContext,
    readonly source: SourceFile,
    readonly dialect: Dialect,
    parsed?: ReturnType<typeof parseYamlSource>,
  ) {
    this.parsed = parsed ?? parseYamlSource(source);
    this.root = new Cursor(this.parsed.value, "", (pointer) => locateKey(source, pointer, this.parsed), this.ledger);
  }

  /** Ikanos betas key named things by name; Naftiko and the Ikanos alphas list them with a `name`. */
  get keyedByName(): boolean {
    return this.dialect.kind === "ikanos";
  }

  get isIkanos(): boolean {
    return this.dialect.kind === "ikanos";
  }

  /** The human label: `label` in Naftiko, `display` in Ikanos (either is read in both). */
  label(at: Cursor): string | undefined {
    const [first, second] = this.isIkanos ? ["display", "label"] : ["label", "display"];
    return at.optionalString(first) ?? at.optionalString(second);
  }

  note(deviation: Deviation, at: Cursor): void {
    // Ikanos itself allows `{X}`-style templates in descriptions and `in: body`.
    if (this.isIkanos && (deviation === "braceTemplates" || deviation === "bodyLocation")) return;
    const entry = this.deviations.get(deviation);
    if (entry) entry.count++;
    else this.deviations.set(deviation, { place: at.place(), count: 1 });
  }

  warn(at: Cursor, message: string): void {
    this.ctx.warn(at.place(), message);
  }

  /**
   * An Ikanos import (`from`, `import`, `as`): the entry of `section` whose
   * namespace is `import`, from the file `from` names (relative to this one).
   */
  importEntry(entry: Cursor, section: "consumes" | "exposes" | "binds" | "aggregates"): { at: Cursor; reader: CapabilityReader; namespace: string } {
    const from = entry.requiredString("from");
    const wanted = entry.requiredString("import");
    const alias = entry.optionalString("as");
    entry.optionalString("description");
    const absolute = resolve(dirname(this.source.absolutePath), from);
    const display = relative(process.cwd(), absolute) || absolute;
    let source: SourceFile;
    try {
      source = readSource(display, absolute);
    } catch (error) {
      if (error instanceof GeneratorError) entry.child("from").fail(`cannot import ${JSON.stringify(from)}: ${error.message}`);
      throw error;
    }
    const reader = new CapabilityReader(this.ctx, source, this.dialect);
    this.imports.push(reader);
    const candidates = [...reader.root.items(section), ...(isRecord(reader.root.value) && isRecord(reader.root.value["capability"]) ? reader.root.child("capability").items(section) : [])];
    const match = candidates.find((candidate) => isRecord(candidate.value) && candidate.value["namespace"] === wanted);
    if (match === undefined) return entry.child("import").fail(`${display} has no \`${section}\` entry with namespace ${JSON.stringify(wanted)}`);
    if (match.has("from")) match.fail("imports are not transitive: an imported entry must not import another");
    reader.root.optionalString(this.isIkanos ? "ikanos" : "naftiko");
    return { at: match, reader, namespace: alias ?? wanted };
  }

  /** Reports the deviations seen and every key nobody read (here and in imported files). */
  finish(): void {
    for (const [deviation, { place, count }] of this.deviations) this.ctx.warn(place, `${DEVIATIONS[deviation]}${counted(count)}`);
    const unread = this.ledger.unread(this.parsed.value, (pointer) => locateKey(this.source, pointer, this.parsed));
    for (const { path, place, count } of unread) this.ctx.warn(place, `\`${path}\` is not used by the generator; ignored${counted(count)}`);
    for (const reader of this.imports) reader.finishImported();
  }

  private finishImported(): void {
    for (const [deviation, { place, count }] of this.deviations) this.ctx.warn(place, `${DEVIATIONS[deviation]}${counted(count)}`);
  }
}

/**
 * Where a pointer is written: the key's line for a mapping entry (a block
 * mapping's value starts on the line after its key), else the node itself.
 */
function locateKey(source: SourceFile, pointer: string, parsed: ReturnType<typeof parseYamlSource>): SourcePlace {
  const { isMap, isScalar, isSeq } = yaml();
  const tokens = decodePointer(pointer);
  let node: unknown = parsed.document.contents;
  let keyNode: Node | undefined;
  for (const token of tokens) {
    keyNode = undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === token);
      if (!pair) return locate(source, pointer, parsed);
      keyNode = pair.key as Node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node)) {
      node = node.items[Number(token)];
      if (node === undefined) return locate(source, pointer, parsed);
    } else {
      return locate(source, pointer, parsed);
    }
  }
  const range = (keyNode ?? (node as Node | null))?.range;
  if (!range) return locate(source, pointer, parsed);
  const position = parsed.lineCounter.linePos(range[0]);
  return { file: source.file, pointer, line: position.line, column: position.col };
}

function counted(count: number): string {
  return count > 1 ? ` (${count} places, first shown)` : "";
}

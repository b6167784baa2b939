import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { createRequire } from "node:module";
import type { Document, LineCounter, Node } from "yaml";
import { decodePointer, GeneratorError, type SourcePlace } from "../diagnostics.ts";
import { offsetOfPointer } from "./json-positions.ts";

/** yaml, loaded on first use: a run over JSON documents that finds nothing to report never needs it. */
export const yaml = (): typeof import("yaml") => createRequire(import.meta.url)("yaml") as typeof import("yaml");

/** An input file read into memory, with what is needed to point back into it. */
export interface SourceFile {
  /** Display name: what the user typed, or the manifest's package path. */
  file: string;
  absolutePath: string;
  text: string;
  sha256: string;
}

export function readSource(file: string, absolutePath: string): SourceFile {
  let text: string;
  try {
    text = readFileSync(absolutePath, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a directory" : `cannot read (${code})`;
    throw new GeneratorError({ file }, `${reason}: ${absolutePath}`);
  }
  return { file, absolutePath, text, sha256: sha256Of(text) };
}

export function sha256Of(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function isYamlPath(path: string): boolean {
  const extension = extname(path).toLowerCase();
  return extension === ".yaml" || extension === ".yml";
}

/** Line and column (1-based) of a character offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Sources known to be valid JSON (or not), so a place in one never parses it again. */
const jsonSources = new WeakMap<SourceFile, boolean>();

/** JSON.parse with a file:line:col error. JSON is parsed natively: it is ~50x faster than a YAML parser. */
export function parseJsonSource(source: SourceFile): unknown {
  try {
    const value: unknown = JSON.parse(source.text);
    jsonSources.set(source, true);
    return value;
  } catch (error) {
    const message = (error as Error).message;
    const match = /position (\d+)/.exec(message);
    const place: SourcePlace = { file: source.file };
    if (match?.[1] !== undefined) Object.assign(place, positionOf(source.text, Number(match[1])));
    throw new GeneratorError(place, `invalid JSON: ${message}`);
  }
}

export interface ParsedYaml {
  document: Document.Parsed;
  lineCounter: LineCounter;
  value: unknown;
}

/** Parses YAML keeping node positions, failing with file:line:col on the first error. */
export function parseYamlSource(source: SourceFile): ParsedYaml {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = document.errors[0];
  if (first) {
    const position = lineCounter.linePos(first.pos[0]);
    const reason = first.message.split("\n")[0] ?? first.message;
    throw new GeneratorError({ file: source.file, line: position.line, column: position.col }, `YAML syntax error: ${reason}`);
  }
  return { document, lineCounter, value: document.toJS({ maxAliasCount: 100 }) };
}

/** Finds line/column of the node at a JSON pointer in a parsed YAML (or JSON) document. */
export function locateInYaml(parsed: ParsedYaml, pointer: string): { line: number; column: number } | undefined {
  const { isMap, isScalar, isSeq } = yaml();
  let node: unknown = parsed.document.contents;
  for (const token of decodePointer(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === token);
      if (!pair) break;
      node = pair.value ?? pair.key;
    } else if (isSeq(node)) {
      const next = node.items[Number(token)];
      if (next === undefined) break;
      node = next;
    } else {
      break;
    }
  }
  const range = (node as Node | null)?.range;
  if (!range) return undefined;
  const position = parsed.lineCounter.linePos(range[0]);
  return { line: position.line, column: position.col };
}

/**
 * Line/column of a pointer in any source. Parsing a large JSON file as YAML is
 * slow, so this is only called on the error and warning paths.
 */
export function locate(source: SourceFile, pointer: string, parsed?: ParsedYaml): SourcePlace {
  const place: SourcePlace = { file: source.file, pointer };
  if (parsed === undefined && !isYamlPath(source.absolutePath) && isJson(source)) {
    return Object.assign(place, positionOf(source.text, offsetOfPointer(source.text, decodePointer(pointer))));
  }
  const tree = parsed ?? parseForLocation(source);
  const position = tree ? locateInYaml(tree, pointer) : undefined;
  if (position) Object.assign(place, position);
  return place;
}

/** Positions of any source (JSON is YAML), or undefined when it does not parse. */
export function parseForLocation(source: SourceFile): ParsedYaml | undefined {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0) return undefined;
  return { document, lineCounter, value: undefined };
}

export function parseStructuredSource(source: SourceFile): { value: unknown; parsed?: ParsedYaml } {
  if (isYamlPath(source.absolutePath)) {
    const parsed = parseYamlSource(source);
    return { value: parsed.value, parsed };
  }
  return { value: parseJsonSource(source) };
}

/** Whether the source is valid JSON (which the position scanner assumes): known once parsed, else tried once. */
function isJson(source: SourceFile): boolean {
  let known = jsonSources.get(source);
  if (known === undefined) {
    try {
      JSON.parse(source.text);
      known = true;
    } catch {
      known = false;
    }
    jsonSources.set(source, known);
  }
  return known;
}

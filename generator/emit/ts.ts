import type { ImportDeclarationStructure, InterfaceDeclarationStructure, OptionalKind, TypeAliasDeclarationStructure, VariableDeclarationStructure } from "ts-morph";
import { ContentCache } from "../write/cache.ts";
import type { Formatter } from "../write/format.ts";
import { declarationsDoc } from "./print/declarations.ts";
import { DocBuilders, overflowingLine } from "./print/layout.ts";

/**
 * Declarations as emitters describe them: ts-morph's structure shapes (as
 * types only) with a plain tag. A `const` takes either initializer text or a
 * JSON `value` (with `Verbatim` identifiers), plus an optional `suffix` such
 * as ` as const`, and may ask for a blank line before it.
 */
export type Declaration =
  | ({ kind: "import" } & Omit<ImportDeclarationStructure, "kind">)
  | ({ kind: "interface" } & Omit<InterfaceDeclarationStructure, "kind">)
  | ({ kind: "type" } & Omit<TypeAliasDeclarationStructure, "kind">)
  | { kind: "const"; isExported?: boolean; declaration: OptionalKind<VariableDeclarationStructure>; value?: unknown; suffix?: string; blankLineBefore?: boolean };

export type InterfaceDeclaration = Extract<Declaration, { kind: "interface" }>;

/**
 * The one door to TypeScript source. Declarations are laid out with
 * prettier's document printer into exactly the text prettier would produce
 * (test/pipeline/format.test.ts holds every generated file to that), so
 * neither ts-morph nor prettier's parser runs. A file with a construct the
 * printer does not mirror is formatted by prettier instead. Results are
 * cached by a hash of the declarations.
 *
 * Everything that puts spec text into source goes through here: `jsDoc` for
 * comments and `propertyName` for keys, so escaping lives in one place.
 */
export class TypeScriptWriter {
  private prettierDoc: Promise<typeof import("prettier/doc")> | undefined;

  constructor(
    private readonly cache: ContentCache,
    private readonly formatter: Formatter,
    private readonly printerVersion: string,
  ) {}

  /** The file's text: `header` (a comment line) and then the declarations. */
  render(fileName: string, declarations: Declaration[], header = ""): Promise<string> {
    const key = ContentCache.key(this.printerVersion, PRINTER_REVISION, fileName, header, JSON.stringify(declarations));
    return this.cache.through("print", key, async () => {
      this.prettierDoc ??= import("prettier/doc");
      const { text, doubt } = printDeclarations(await this.prettierDoc, declarations, header);
      return doubt === undefined ? text : this.formatter.format(fileName, text);
    });
  }
}

/**
 * Declarations printed in prettier's shape, and why prettier might still
 * disagree (a construct the printer does not mirror), if it might.
 */
export function printDeclarations(prettierDoc: typeof import("prettier/doc"), declarations: Declaration[], header = ""): { text: string; doubt?: string } {
  const builders = new DocBuilders(prettierDoc);
  const text = `${header}${builders.print(declarationsDoc(builders, declarations))}`;
  const doubt = builders.doubt ?? (overflowingLine(text, builders) !== undefined ? "a line prettier would break further" : undefined);
  return doubt === undefined ? { text } : { text, doubt };
}

/** Bump when the printer's output changes, so cached text from an older printer is not reused. */
const PRINTER_REVISION = "3";

/**
 * Text made safe for a `/** *\/` block: `*\/` cannot close it early, and
 * characters that some tools treat as line ends are normalized to `\n`.
 */
export function jsDoc(text: string | undefined): string[] {
  if (text === undefined || text.trim() === "") return [];
  // Control characters go first: removing one after the escape could join `*` and `/` again.
  const safe = text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(/\*\//g, "*\\/")
    .trim();
  return [safe];
}

/** Spec text for one line of a comment written by a template: `jsDoc`'s escaping, on a single line. */
export function commentLine(text: string): string {
  return (jsDoc(text)[0] ?? "").replace(/\s+/g, " ");
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property key as written in an interface: bare when it is an identifier, else a string literal. */
export function propertyName(name: string): string {
  return IDENTIFIER.test(name) ? name : stringLiteral(name);
}

/**
 * A string literal for text that ts-morph will print. ts-morph's writer reads
 * `\\"` as an escaped quote and a later `/*` inside a string as a comment,
 * and then emits a stray `*\/`. Backslashes are written `\u005c`, and the
 * slashes of `/*`, `*\/` and `//` as `\/`: the same values, nothing to misread.
 */
export function stringLiteral(value: string): string {
  return safeJson(JSON.stringify(value));
}

/** A JSON value as a TypeScript expression, with strings escaped as `stringLiteral` does. */
export function jsonLiteral(value: unknown): string {
  return safeJson(JSON.stringify(value));
}

/**
 * In JSON text, `\\` and `/` occur only inside strings, so these rewrites keep
 * every value. One pass, looking at the original text: rewrites applied one
 * after another read each other's backslashes, so a star and two slashes came
 * out as a different value.
 */
function safeJson(json: string): string {
  return json.replace(/\\\\|\/(?=[*/])|(?<=[*/])\//g, (match) => (match === "/" ? "\\/" : "\\u005c"));
}

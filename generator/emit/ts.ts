import type {
  ImportDeclarationStructure,
  InterfaceDeclarationStructure,
  OptionalKind,
  StatementStructures,
  TypeAliasDeclarationStructure,
  VariableDeclarationStructure,
} from "ts-morph";
import { ContentCache } from "../write/cache.ts";

/**
 * Declarations as emitters describe them: ts-morph's structures with a plain
 * tag instead of its runtime enums, so an emitter never loads ts-morph.
 */
export type Declaration =
  | ({ kind: "import" } & Omit<ImportDeclarationStructure, "kind">)
  | ({ kind: "interface" } & Omit<InterfaceDeclarationStructure, "kind">)
  | ({ kind: "type" } & Omit<TypeAliasDeclarationStructure, "kind">)
  | { kind: "const"; isExported?: boolean; declaration: OptionalKind<VariableDeclarationStructure> };

export type InterfaceDeclaration = Extract<Declaration, { kind: "interface" }>;

type TsMorph = typeof import("ts-morph");

/**
 * The one door to ts-morph. A file is built from structures in one shot
 * (adding declarations one by one is quadratic in ts-morph). The text is
 * cached by a hash of the structures, and ts-morph loads only on a miss.
 *
 * Everything that puts spec text into source goes through here: `jsDoc` for
 * comments and `propertyName` for keys, so escaping lives in one place.
 */
export class TypeScriptWriter {
  private tsMorph: Promise<{ module: TsMorph; project: InstanceType<TsMorph["Project"]> }> | undefined;

  constructor(
    private readonly cache: ContentCache,
    private readonly tsMorphVersion: string,
  ) {}

  render(fileName: string, declarations: Declaration[]): Promise<string> {
    const key = ContentCache.key(this.tsMorphVersion, fileName, JSON.stringify(declarations));
    return this.cache.through("render", key, async () => {
      const { module, project } = await this.load();
      const file = project.createSourceFile(fileName, { statements: declarations.map((declaration) => toStructure(module, declaration)) }, { overwrite: true });
      const text = file.getFullText();
      project.removeSourceFile(file);
      return text;
    });
  }

  private load(): Promise<{ module: TsMorph; project: InstanceType<TsMorph["Project"]> }> {
    this.tsMorph ??= import("ts-morph").then((module) => ({
      module,
      project: new module.Project({
        useInMemoryFileSystem: true,
        manipulationSettings: { indentationText: module.IndentationText.TwoSpaces, newLineKind: module.NewLineKind.LineFeed, quoteKind: module.QuoteKind.Double },
      }),
    }));
    return this.tsMorph;
  }
}

function toStructure(tsMorph: TsMorph, declaration: Declaration): StatementStructures {
  const { StructureKind, VariableDeclarationKind } = tsMorph;
  switch (declaration.kind) {
    case "import": {
      const { kind: _kind, ...rest } = declaration;
      return { ...rest, kind: StructureKind.ImportDeclaration };
    }
    case "interface": {
      const { kind: _kind, ...rest } = declaration;
      return { ...rest, kind: StructureKind.Interface };
    }
    case "type": {
      const { kind: _kind, ...rest } = declaration;
      return { ...rest, kind: StructureKind.TypeAlias };
    }
    case "const":
      return { kind: StructureKind.VariableStatement, isExported: declaration.isExported ?? false, declarationKind: VariableDeclarationKind.Const, declarations: [declaration.declaration] };
  }
}

/**
 * Text made safe for a `/** *\/` block: `*\/` cannot close it early, and
 * characters that some tools treat as line ends are normalized to `\n`.
 */
export function jsDoc(text: string | undefined): string[] {
  if (text === undefined || text.trim() === "") return [];
  const safe = text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(/\*\//g, "*\\/")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
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

/** In JSON text, `\\` and `/` occur only inside strings, so these rewrites keep every value. */
function safeJson(json: string): string {
  return json
    .replace(/\\\\/g, "\\u005c")
    .replace(/\/\*/g, "\\/*")
    .replace(/\*\//g, "*\\/")
    .replace(/\/\//g, "\\/\\/");
}

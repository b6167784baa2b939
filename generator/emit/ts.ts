import { IndentationText, NewLineKind, Project, QuoteKind, type StatementStructures } from "ts-morph";

/**
 * The one door to ts-morph. Files are built from structures in one shot:
 * adding declarations one by one is quadratic in ts-morph.
 *
 * Everything that puts spec text into source goes through here: `jsDoc` for
 * comments and `propertyName` for keys, so escaping lives in one place.
 */
export class TypeScriptWriter {
  private readonly project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, newLineKind: NewLineKind.LineFeed, quoteKind: QuoteKind.Double },
  });

  render(fileName: string, statements: StatementStructures[]): string {
    const file = this.project.createSourceFile(fileName, { statements }, { overwrite: true });
    const text = file.getFullText();
    this.project.removeSourceFile(file);
    return text;
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

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property key as written in an interface: bare when it is an identifier, else a string literal. */
export function propertyName(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/** A string literal type, escaped by JSON rules (which TypeScript shares for strings). */
export function stringLiteral(value: string): string {
  return JSON.stringify(value);
}

import type { Doc } from "prettier";
import { PRETTIER_OPTIONS } from "../../write/format.ts";

type PrettierDoc = typeof import("prettier/doc");

/**
 * prettier's own document builders and line printer (`prettier/doc`, a 60 KB
 * module without parsers), so generated TypeScript is laid out by prettier's
 * algorithm without parsing it back. Printers record here any construct whose
 * layout they do not mirror; the caller then formats that file with prettier.
 */
export class DocBuilders {
  readonly group: PrettierDoc["builders"]["group"];
  readonly indent: PrettierDoc["builders"]["indent"];
  readonly join: PrettierDoc["builders"]["join"];
  readonly ifBreak: PrettierDoc["builders"]["ifBreak"];
  readonly line: Doc;
  readonly softline: Doc;
  readonly hardline: Doc;
  private readonly doubts: string[] = [];

  constructor(readonly prettierDoc: PrettierDoc) {
    const { builders } = prettierDoc;
    this.group = builders.group;
    this.indent = builders.indent;
    this.join = builders.join;
    this.ifBreak = builders.ifBreak;
    this.line = builders.line;
    this.softline = builders.softline;
    this.hardline = builders.hardline;
  }

  /** Notes a construct printed without prettier's exact rules; `doubt` reports it. */
  unsure(what: string): void {
    this.doubts.push(what);
  }

  /** Why the printed text may differ from prettier's, if it may. */
  get doubt(): string | undefined {
    return this.doubts[0];
  }

  /** Display width as prettier measures it (wide characters count two). */
  width(text: string): number {
    return /^[\x20-\x7e]*$/.test(text) ? text.length : wideWidth(text);
  }

  print(doc: Doc): string {
    return this.prettierDoc.printer.printDocToString(doc, { printWidth: PRINT_WIDTH, tabWidth: PRETTIER_OPTIONS.tabWidth!, useTabs: false, parser: "typescript" } as never).formatted;
  }
}

export const PRINT_WIDTH = PRETTIER_OPTIONS.printWidth!;

/** Outside ASCII, measure as prettier's getStringWidth does: East Asian wide and emoji count two, combining marks none. */
function wideWidth(text: string): number {
  let width = 0;
  for (const character of text.normalize("NFC")) {
    const code = character.codePointAt(0)!;
    if (/\p{Mn}|\p{Me}|\p{Cc}|[\u200b-\u200f\ufe00-\ufe0f]/u.test(character)) continue;
    width += isWide(code) || /\p{Extended_Pictographic}/u.test(character) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** A lone string literal (after `| ` or a key) cannot be broken, by prettier either. */
const UNBREAKABLE = /^(?:\| |[\w$"'-]+\??: ?)?(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')[,;]?$/;
/** prettier keeps an interface with one base on its line, however long, and a property whose type is a lone name. */
const ONE_BASE_HEADER = /^(?:export )?interface [\w$]+ extends [\w$.]+ \{\}?$|^(?:readonly )?[\w$]+\??: [\w$.]+;$/;

/**
 * A line still wider than the print width, other than a comment or a lone
 * string, means a construct that prettier would have broken further.
 */
export function overflowingLine(text: string, builders: DocBuilders): string | undefined {
  for (const line of text.split("\n")) {
    if (line.length <= PRINT_WIDTH || builders.width(line) <= PRINT_WIDTH) continue;
    const trimmed = line.trimStart();
    if (trimmed.startsWith("/*") || trimmed.startsWith("*") || trimmed.startsWith("//") || UNBREAKABLE.test(trimmed) || ONE_BASE_HEADER.test(trimmed)) continue;
    return line;
  }
  return undefined;
}

import type { Doc } from "prettier";
import type { DocBuilders } from "./layout.ts";

/**
 * Literals exactly as prettier prints them (typescript parser, double quotes,
 * `quoteProps: "as-needed"`), so text built here needs no formatting pass.
 */

/** A string literal in prettier's quotes: double, unless the text holds more double than single quotes. */
export function quoteString(literal: string): string {
  const content = literal.slice(1, -1);
  const doubles = content.split('"').length - 1;
  const singles = content.split("'").length - 1;
  const quote = doubles > singles ? "'" : '"';
  const other = quote === '"' ? "'" : '"';
  const body = content.replace(/\\(.)|(["'])/gs, (match, escaped: string | undefined, bare: string | undefined) => {
    if (escaped === other) return escaped;
    if (bare === quote) return `\\${bare}`;
    if (bare !== undefined) return bare;
    return match;
  });
  return `${quote}${body}${quote}`;
}

/** Every double-quoted string literal in a piece of type text, requoted as prettier would. */
export function requoteStrings(typeText: string): string {
  return typeText.replace(/"(?:[^"\\\n]|\\.)*"/g, quoteString);
}

/** prettier's number normalization, for the forms JSON.stringify produces (`1e+21` → `1e21`). */
export function printNumber(text: string): string {
  return text.toLowerCase().replace(/^([+-]?[\d.]+e)(?:\+|(-))?0*(\d)/, "$1$2$3");
}

const IDENTIFIER_NAME = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;

export function isIdentifierName(text: string): boolean {
  return IDENTIFIER_NAME.test(text);
}

/** An object key: bare when it is an identifier name (reserved words included), else a string literal. */
export function objectKey(key: string): string {
  return isIdentifierName(key) ? key : quoteString(JSON.stringify(key));
}

/** A value that prints as it is, such as an identifier in an object literal. */
export class Verbatim {
  constructor(readonly text: string) {}
}

/** Keys of at most this width never move their value to the next line (prettier's short-key rule: tabWidth + 3). */
const SHORT_KEY_WIDTH = 5;

/**
 * A JSON value (or a `Verbatim` identifier) as prettier lays out an object or
 * array literal: groups that break only when they do not fit, trailing commas
 * when broken, arrays of several multi-entry objects or arrays always broken,
 * and a long string value moved under a key that is not short.
 */
export function valueDoc(b: DocBuilders, value: unknown): Doc {
  if (value instanceof Verbatim) return value.text;
  if (typeof value === "string") return quoteString(JSON.stringify(value));
  if (typeof value === "number") return printNumber(JSON.stringify(value));
  if (value === null || typeof value === "boolean") return JSON.stringify(value);
  if (Array.isArray(value)) return arrayDoc(b, value);
  if (typeof value === "object") return objectDoc(b, value as Record<string, unknown>);
  throw new Error(`cannot print ${typeof value} as a literal`);
}

function arrayDoc(b: DocBuilders, items: unknown[]): Doc {
  if (items.length === 0) return "[]";
  if (items.length > 1 && items.every((item) => typeof item === "number")) b.unsure("a list of numbers (prettier fills it)");
  const printed = items.map((item) => valueDoc(b, item));
  return b.group(["[", b.indent([b.softline, b.join([",", b.line], printed)]), b.ifBreak(","), b.softline, "]"], { shouldBreak: alwaysBroken(items) });
}

function objectDoc(b: DocBuilders, object: Record<string, unknown>): Doc {
  const entries = Object.entries(object).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return "{}";
  const properties = entries.map(([key, value]) => propertyDoc(b, objectKey(key), value));
  return b.group(["{", b.indent([b.line, b.join([",", b.line], properties)]), b.ifBreak(","), b.line, "}"]);
}

function propertyDoc(b: DocBuilders, key: string, value: unknown): Doc {
  const printed = valueDoc(b, value);
  if (typeof value === "string" && b.width(key) >= SHORT_KEY_WIDTH) return b.group([key, ":", b.group(b.indent([b.line, printed]))]);
  return [key, ": ", printed];
}

/** prettier breaks an array of two or more objects (or arrays) that each hold more than one entry. */
function alwaysBroken(items: unknown[]): boolean {
  if (items.length < 2) return false;
  const size = (item: unknown) => (Array.isArray(item) ? item.length : Object.keys(item as object).length);
  const kind = (item: unknown) => (Array.isArray(item) ? "array" : item !== null && typeof item === "object" && !(item instanceof Verbatim) ? "object" : "other");
  const first = kind(items[0]);
  return first !== "other" && items.every((item) => kind(item) === first && size(item) > 1);
}

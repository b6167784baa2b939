/**
 * Errors and warnings that point at a place in an input file.
 *
 * Every user-facing failure of the generator is a GeneratorError: the CLI prints
 * its `format()` and exits non-zero, never a stack trace.
 */

export interface SourcePlace {
  /** Path of the input file as the user named it (relative where possible). */
  file: string;
  /** JSON pointer into the document, e.g. `/paths/~1v1~1Users/get`. */
  pointer?: string;
  /** 1-based line and column, where the loader could find them. */
  line?: number;
  column?: number;
}

export function formatPlace(place: SourcePlace): string {
  let text = place.file;
  if (place.line !== undefined) {
    text += `:${place.line}`;
    if (place.column !== undefined) text += `:${place.column}`;
  }
  if (place.pointer !== undefined) text += ` (at ${place.pointer === "" ? "/" : place.pointer})`;
  return text;
}

export class GeneratorError extends Error {
  readonly place: SourcePlace;
  readonly hint: string | undefined;

  constructor(place: SourcePlace, message: string, hint?: string) {
    super(message);
    this.name = "GeneratorError";
    this.place = place;
    this.hint = hint;
  }

  format(): string {
    const head = `error: ${formatPlace(this.place)}: ${this.message}`;
    return this.hint ? `${head}\n  hint: ${this.hint}` : head;
  }
}

export interface Warning {
  place: SourcePlace;
  message: string;
}

export function formatWarning(warning: Warning): string {
  return `warning: ${formatPlace(warning.place)}: ${warning.message}`;
}

/** Encodes one JSON pointer token (RFC 6901). */
export function pointerToken(token: string | number): string {
  return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}

export function pointerOf(...tokens: Array<string | number>): string {
  return tokens.map((token) => `/${pointerToken(token)}`).join("");
}

export function decodePointer(pointer: string): string[] {
  if (pointer === "" || pointer === "#") return [];
  const body = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  return body
    .split("/")
    .slice(1)
    .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
}

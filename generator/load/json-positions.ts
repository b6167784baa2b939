/**
 * Where a JSON pointer's value starts in JSON text, found by scanning: a
 * warning in a large JSON document can name its line without the document
 * being parsed again as YAML (the only other parser that keeps positions, and
 * about a hundred times slower). Like the YAML locator, a pointer that leads
 * nowhere gives the deepest value it reached. Assumes text that JSON.parse
 * accepted.
 */
export function offsetOfPointer(text: string, tokens: string[]): number {
  let offset = skipSpace(text, 0);
  for (const token of tokens) {
    const child = text[offset] === "{" ? memberValue(text, offset, token) : text[offset] === "[" ? elementValue(text, offset, Number(token)) : undefined;
    if (child === undefined) break;
    offset = child;
  }
  return offset;
}

/** The offset of the value under `key` in the object starting at `start`, if there is one. */
function memberValue(text: string, start: number, key: string): number | undefined {
  let offset = skipSpace(text, start + 1);
  while (text[offset] === '"') {
    const keyEnd = stringEnd(text, offset);
    const name = JSON.parse(text.slice(offset, keyEnd)) as string;
    const value = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the colon
    if (name === key) return value;
    offset = skipSpace(text, valueEnd(text, value));
    if (text[offset] !== ",") return undefined;
    offset = skipSpace(text, offset + 1);
  }
  return undefined;
}

/** The offset of element `index` of the array starting at `start`, if there is one. */
function elementValue(text: string, start: number, index: number): number | undefined {
  if (!Number.isInteger(index) || index < 0) return undefined;
  let offset = skipSpace(text, start + 1);
  if (text[offset] === "]") return undefined;
  for (let position = 0; position < index; position++) {
    offset = skipSpace(text, valueEnd(text, offset));
    if (text[offset] !== ",") return undefined;
    offset = skipSpace(text, offset + 1);
  }
  return offset;
}

/** The offset just past the value starting at `start`. */
function valueEnd(text: string, start: number): number {
  const first = text[start];
  if (first === '"') return stringEnd(text, start);
  if (first !== "{" && first !== "[") {
    let offset = start;
    while (offset < text.length && !",}] \t\r\n".includes(text[offset]!)) offset++;
    return offset;
  }
  let depth = 0;
  for (let offset = start; offset < text.length; offset++) {
    const character = text[offset];
    if (character === '"') offset = stringEnd(text, offset) - 1;
    else if (character === "{" || character === "[") depth++;
    else if ((character === "}" || character === "]") && --depth === 0) return offset + 1;
  }
  return text.length;
}

/** The offset just past the string literal starting at `start`. */
function stringEnd(text: string, start: number): number {
  for (let offset = start + 1; offset < text.length; offset++) {
    const character = text[offset];
    if (character === "\\") offset++;
    else if (character === '"') return offset + 1;
  }
  return text.length;
}

function skipSpace(text: string, start: number): number {
  let offset = start;
  while (offset < text.length && " \t\r\n".includes(text[offset]!)) offset++;
  return offset;
}

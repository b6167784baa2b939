import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commentLine, jsDoc, stringLiteral } from "../../generator/emit/ts.ts";
import { announceSeed, SEED } from "../hostile/seed.ts";

/**
 * The escapers one level below the hostile suite: many cheap cases over an
 * alphabet dense in the characters that end comments and strings, so that
 * combinations like `*`, NUL, `/` turn up in every run, not once in a while.
 */
const DANGEROUS = ["*", "/", "\\", "\u0000", "\u0007", "\u001f", "\u007f", "\r", "\n", "\u2028", "\u2029", "\u0085", "\u200d", '"', "'", "`", "$", "{", "}", "<", ">", " ", "a"];
const dense = fc.array(fc.constantFrom(...DANGEROUS), { maxLength: 24 }).map((parts) => parts.join(""));
const text = fc.oneof(dense, fc.string({ unit: "binary", maxLength: 24 }));
const CASES = 20_000;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

announceSeed("spec text escaping");

describe("escaping of spec text", () => {
  it("a jsDoc block cannot be closed early and holds no control characters or odd line ends", () => {
    fc.assert(
      fc.property(text, (value) => {
        for (const line of jsDoc(value)) {
          expect(line).not.toContain("*/");
          expect(line).not.toMatch(CONTROL);
          expect(line).not.toMatch(/[\r\u2028\u2029\u0085]/);
        }
      }),
      { seed: SEED, numRuns: CASES },
    );
  });

  it("a comment line is one line that cannot close its comment", () => {
    fc.assert(
      fc.property(text, (value) => {
        const line = commentLine(value);
        expect(line).not.toContain("*/");
        expect(line).not.toMatch(/[\n\r\u2028\u2029\u0085]/);
        expect(line).not.toMatch(CONTROL);
      }),
      { seed: SEED, numRuns: CASES },
    );
  });

  it("a string literal evaluates to its exact value and holds nothing a writer could read as a comment", () => {
    fc.assert(
      fc.property(text, (value) => {
        const literal = stringLiteral(value);
        expect(literal).not.toMatch(/(?<!\\)\/\*|\*\/|\/\/|\\\\/);
        expect(new Function(`return ${literal};`)()).toBe(value);
      }),
      { seed: SEED, numRuns: CASES },
    );
  });

  it("cases the property tests found stay fixed", () => {
    expect(jsDoc("a*\u0000/b")[0]).not.toContain("*/");
    expect(commentLine("a*\u0000/b")).not.toContain("*/");
    for (const value of ["*//", "///", "//*", "*/*/"]) expect(new Function(`return ${stringLiteral(value)};`)()).toBe(value);
  });
});

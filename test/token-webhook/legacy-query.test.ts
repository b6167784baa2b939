import { parse, stringify } from "node:querystring";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reencodeLegacyQuery } from "../../templates/helpers/webhooks/legacy-query.ts";

/** Query text built from the characters that matter to the legacy parser, plus any others. */
const queryText = fc
  .array(fc.oneof(fc.constantFrom("&", "=", "+", "%", "%2", "%4", "4", "F", "%41", "%e9", "%C3%A9", "%FF", "%ED%A0%80", "%F0%9F%98%80", "%zz", "1", "0", "a", "b", "__proto__", "constructor", "'", " ", "#", "é", "😀"), fc.string({ maxLength: 3, unit: "grapheme" })), { maxLength: 30 })
  .map((pieces) => pieces.join(""));

describe("Node's legacy querystring, rebuilt", () => {
  it("re-encodes arbitrary query text to the bytes querystring.stringify(querystring.parse()) gives", () => {
    fc.assert(
      fc.property(queryText, (query) => {
        expect(reencodeLegacyQuery(query)).toBe(stringify(parse(query)));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads only the first 1000 pieces, counting empty ones, as Node's default maxKeys does", () => {
    const query = `${"&".repeat(5)}${Array.from({ length: 1200 }, (_, index) => `k${index}=${index % 3 === 0 ? "x" : ""}`).join("&")}`;
    expect(reencodeLegacyQuery(query)).toBe(stringify(parse(query)));
  });

  it("keeps array-index keys first and repeated keys together, as object key order does", () => {
    for (const query of ["b=1&2=x&1=y&b=2", "a=1&a=2&0=z", "10=a&9=b&x=c"]) expect(reencodeLegacyQuery(query)).toBe(stringify(parse(query)));
  });
});

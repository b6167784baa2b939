import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, runGenerateCli, temporaryDirectory } from "../helpers/project.ts";

const tiny = fixture("openapi", "tiny.yaml");

interface BadInputCase {
  name: string;
  args: (out: string) => string[];
  /** The file the message must name, and the place in it. */
  file: string;
  place: RegExp;
  message: RegExp;
}

const cases: BadInputCase[] = [
  {
    name: "a missing file",
    args: (out) => ["--spec", "test/fixtures/bad/no-such-spec.yaml", "--out", out],
    file: "test/fixtures/bad/no-such-spec.yaml",
    place: /no-such-spec\.yaml: /,
    message: /file not found/,
  },
  {
    name: "a YAML syntax error",
    args: (out) => ["--spec", tiny, "--capability", "test/fixtures/bad/syntax-error.yaml", "--out", out],
    file: "test/fixtures/bad/syntax-error.yaml",
    place: /syntax-error\.yaml:8:1: /,
    message: /YAML syntax error/,
  },
  {
    name: "an invalid OpenAPI document",
    args: (out) => ["--spec", "test/fixtures/bad/invalid-document.yaml", "--out", out],
    file: "test/fixtures/bad/invalid-document.yaml",
    place: /invalid-document\.yaml:8:\d+ \(at \/paths\/~1v1~1Things\/get\/parameters\)/,
    message: /invalid OpenAPI document: must be array/,
  },
  {
    name: "duplicate operationIds",
    args: (out) => ["--spec", "test/fixtures/bad/duplicate-operation-id.yaml", "--out", out],
    file: "test/fixtures/bad/duplicate-operation-id.yaml",
    place: /duplicate-operation-id\.yaml:7:20 \(at \/paths\/~1v1~1Things\/get\/operationId\)/,
    message: /duplicate operationId "ListThing": also used at .*duplicate-operation-id\.yaml:11:20/,
  },
  {
    name: "an unresolvable $ref",
    args: (out) => ["--spec", "test/fixtures/bad/unresolvable-ref.yaml", "--out", out],
    file: "test/fixtures/bad/unresolvable-ref.yaml",
    place: /unresolvable-ref\.yaml:13:\d+ \(at \/paths\/~1v1~1Things\/get\/responses\/200\/content\/application~1json\/schema\/\$ref\)/,
    message: /unresolvable \$ref "#\/components\/schemas\/missing\.thing"/,
  },
  {
    name: "a capability operation with no match in the spec",
    args: (out) => ["--spec", tiny, "--capability", "test/fixtures/bad/unmatched-operation.yaml", "--out", out],
    file: "test/fixtures/bad/unmatched-operation.yaml",
    place: /unmatched-operation\.yaml:12:9 /,
    message: /operation "listgadgets" \(GET \/v1\/Gadgets on tiny\.twilio\.com\) matches no operation in tiny/,
  },
  {
    name: "two tools with the same name",
    args: (out) => ["--spec", tiny, "--capability", "test/fixtures/bad/duplicate-tool.yaml", "--out", out],
    file: "test/fixtures/bad/duplicate-tool.yaml",
    place: /duplicate-tool\.yaml:17:7 /,
    message: /duplicate tool name "list-widgets": also declared at .*duplicate-tool\.yaml:16:7/,
  },
  {
    name: "two REST operations with the same method and path",
    args: (out) => ["--spec", tiny, "--capability", "test/fixtures/bad/duplicate-route.yaml", "--out", out],
    file: "test/fixtures/bad/duplicate-route.yaml",
    place: /duplicate-route\.yaml:23:9 /,
    message: /duplicate REST route GET \/widgets\/\{id\}: also declared at .*duplicate-route\.yaml:19:9/,
  },
  {
    name: "a hash mismatch",
    args: (out) => ["--manifest", "test/fixtures/bad/hash-mismatch/manifest.json", "--out", out],
    file: "../../openapi/tiny.yaml",
    place: /tiny\.yaml: /,
    message: /does not match the sha256 pinned in test\/fixtures\/bad\/hash-mismatch\/manifest\.json \(at \/apis\/0\/sha256\)[\s\S]*hint: .*set that sha256 to [0-9a-f]{64}/,
  },
];

describe("bad input is refused with a clear message, a non-zero exit, and nothing written", () => {
  for (const testCase of cases) {
    it(`refuses ${testCase.name}`, async () => {
      const out = join(temporaryDirectory("bad"), "out");
      const result = await runGenerateCli(testCase.args(out));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`error: ${testCase.file}`);
      expect(result.stderr).toMatch(testCase.place);
      expect(result.stderr).toMatch(testCase.message);
      expect(result.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
      expect(existsSync(out)).toBe(false);
    });
  }

  it("accepts a repeated resource label with a warning only", async () => {
    const out = join(temporaryDirectory("label"), "out");
    const result = await runGenerateCli(["--spec", tiny, "--capability", "test/fixtures/bad/repeated-label.yaml", "--out", out]);
    expect(result.stderr).toMatch(/warning: test\/fixtures\/bad\/repeated-label\.yaml:21:7 .*resource label "widgets" is repeated \(first at .*repeated-label\.yaml:17:7/);
    expect(result.code).toBe(0);
    expect(existsSync(join(out, "capabilities", "repeated-label", "routes.json"))).toBe(true);
  });

  it("rejects unknown flags with usage and exit 2", async () => {
    const result = await runGenerateCli(["--frobnicate"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown option '--frobnicate'[\s\S]*usage: npm run generate/);
  });
});

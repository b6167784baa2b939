import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as prettier from "prettier";
import * as prettierDoc from "prettier/doc";
import { describe, expect, it } from "vitest";
import { printDeclarations, type Declaration } from "../../generator/emit/ts.ts";
import { Verbatim } from "../../generator/emit/print/literals.ts";
import { PRETTIER_OPTIONS } from "../../generator/write/format.ts";
import { projectRoot } from "../helpers/project.ts";

/** Every TypeScript source under generated/ (dist/ holds compiler output, except types.d.ts, which is types.ts). */
function generatedSources(directory: string, prefix = ""): string[] {
  return readdirSync(join(directory, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "dist" ? [`${relative}/types.d.ts`].filter((path) => readdirSync(join(directory, relative)).includes("types.d.ts")) : generatedSources(directory, relative);
    return entry.name.endsWith(".ts") ? [relative] : [];
  });
}

const format = (text: string) => prettier.format(text, { ...PRETTIER_OPTIONS, filepath: "file.ts" });

describe("generated TypeScript is already in prettier's shape", () => {
  const generated = join(projectRoot, "generated");
  const files = generatedSources(generated);

  it("finds the generated sources", () => {
    const packages = readdirSync(generated).filter((name) => existsSync(join(generated, name, "src")));
    const clients = packages.filter((name) => existsSync(join(generated, name, "calls.json")));
    expect(clients.length).toBeGreaterThan(0);
    for (const name of packages) expect(files).toContain(`${name}/src/index.ts`);
    for (const api of clients) for (const file of ["src/types.ts", "src/api.ts", "dist/types.d.ts"]) expect(files).toContain(`${api}/${file}`);
  });

  it("passes prettier --check with the pinned config, file by file", async () => {
    const differing: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(generated, file), "utf8");
      if ((await format(text)) !== text) differing.push(file);
    }
    expect(differing).toEqual([]);
  });
});

const long = (stem: string, width: number) => stem + "X".repeat(Math.max(0, width - stem.length));
const literals = (count: number, width: number) => Array.from({ length: count }, (_, index) => JSON.stringify(long(`v${index}`, width))).join(" | ");

/** Each case sits at one of prettier's line-breaking decisions; the printer must land where prettier does, without handing over. */
const CASES: Array<[string, Declaration[]]> = [
  ["a union that fits on its line", [{ kind: "type", isExported: true, name: "Short", type: literals(3, 8) }]],
  ["a union that fits only after `=`", [{ kind: "type", isExported: true, name: long("Middle", 40), type: literals(5, 14) }]],
  ["a union one member a line", [{ kind: "type", isExported: true, name: "Tall", type: literals(8, 20), docs: ["Several\nlines, one with `*\\/`"] }]],
  [
    "intersections after `=`: kept there while the head fits, else moved down whole, else broken",
    [
      { kind: "type", isExported: true, name: long("HeadFits", 40), type: `${long("Options", 40)} & EachOptions<${long("Item", 50)}>` },
      { kind: "type", isExported: true, name: long("HeadTooLong", 70), type: `${long("Options", 50)} & EachOptions<${long("Item", 50)}>` },
      { kind: "type", isExported: true, name: long("NeitherFits", 85), type: `${long("Options", 65)} & EachOptions<${long("Item", 70)}>` },
      { kind: "type", isExported: true, name: "Small", type: "A & B" },
    ],
  ],
  ["a union of string literals that hold brackets", [{ kind: "type", isExported: true, name: long("Metric", 30), type: Array.from({ length: 12 }, (_, index) => JSON.stringify(`Metric ${index} (30 min) [x] <y>`)).join(" | ") }]],
  ["a union of object types, one a line", [{ kind: "type", isExported: true, name: "Feed", type: `{ readonly ${long("location", 24)}: "path" | "query"; readonly parameter: string; readonly undeclared?: true } | { readonly body: true }` }]],
  ["quotes chosen as prettier chooses them", [{ kind: "type", isExported: true, name: "Quoted", type: [JSON.stringify('say "hi"'), JSON.stringify("it's"), JSON.stringify("\\ and /*")].join(" | ") }]],
  [
    "properties: unions, object types and quoted names",
    [
      {
        kind: "interface",
        isExported: true,
        name: "Props",
        properties: [
          { name: long("choice", 50), hasQuestionToken: true, type: literals(4, 14) },
          { name: long("many", 30), type: literals(9, 14) },
          { name: JSON.stringify("dotted.name"), isReadonly: true, type: "string" },
          { name: JSON.stringify("plain"), type: "string" },
          { name: long("shape", 40), isReadonly: true, type: `{ readonly ${long("a", 30)}: string; readonly ${long("b", 30)}: number }` },
          { name: "nullable", type: "Array<string> | null" },
        ],
        indexSignatures: [{ keyName: "field", keyType: "string", returnType: "unknown" }],
      },
    ],
  ],
  [
    "signatures that fit, and that break one parameter a line",
    [
      {
        kind: "interface",
        isExported: true,
        name: long("Methods", 60),
        extends: [long("FirstBase", 40), long("SecondBase", 40)],
        callSignatures: [{ parameters: [{ name: "sid", type: "string" }], returnType: "Context" }],
        methods: [
          { name: "fetch", parameters: [{ name: "options", hasQuestionToken: true, type: "CallOptions" }], returnType: "Promise<Item>" },
          { name: "update", parameters: [{ name: "params", type: long("Options", 50) }, { name: "options", hasQuestionToken: true, type: `CallOptions | Callback<${long("Item", 40)}>` }], returnType: "Promise<Item>", docs: ["Updates."] },
          { name: "each", parameters: [{ name: "params", hasQuestionToken: true, type: `${long("ListOptions", 60)} & EachOptions<${long("Item", 50)}>` }], returnType: "Promise<void>" },
          { name: "none", parameters: [], returnType: "void" },
        ],
      },
      { kind: "interface", isExported: true, name: long("OneBase", 60), extends: [long("OnlyBase", 70)] },
      { kind: "interface", isExported: true, name: "Bases", extends: [long("A", 55), long("B", 55)] },
    ],
  ],
  [
    "imports and data: objects, arrays, long strings and identifiers",
    [
      { kind: "import", isTypeOnly: true, moduleSpecifier: "./runtime/descriptors.js", namedImports: ["A", "B"] },
      { kind: "const", isExported: true, declaration: { name: "BASE", type: "string" }, value: `https://${long("host", 120)}` },
      {
        kind: "const",
        isExported: true,
        declaration: { name: "table", type: "Table" },
        blankLineBefore: true,
        value: {
          short: "fits",
          pairs: [["a", "b"], ["c", "d"]],
          mixed: ["a", ["b", "c"], "d"],
          objects: [{ a: 1, b: 2 }, { a: 3, b: 4 }],
          singles: [{ a: 1 }, { b: 2 }],
          description: long("a long description ", 130),
          "quoted-key": long("x", 120),
          "it's": 'say "hi"',
          nested: { empty: {}, none: [], flag: true, nothing: null, number: 1e21, resources: [new Verbatim("users"), new Verbatim("roles")] },
        },
      },
      { kind: "const", isExported: true, declaration: { name: "routes" }, value: [{ method: "GET", path: "/v1" }], suffix: " as const satisfies readonly Route[]" },
    ],
  ],
];

describe("the TypeScript printer lays out declarations as prettier does", () => {
  for (const [name, declarations] of CASES) {
    it(name, async () => {
      const { text, doubt } = printDeclarations(prettierDoc, declarations);
      expect(doubt).toBeUndefined();
      expect(text).toBe(await format(text));
    });
  }

  it("says when a construct is beyond it, so the writer hands the file to prettier", () => {
    const numbers = Array.from({ length: 60 }, (_, index) => index);
    expect(printDeclarations(prettierDoc, [{ kind: "const", declaration: { name: "numbers" }, value: numbers }]).doubt).toBeDefined();
    const generic = { kind: "interface" as const, name: "G", properties: [{ name: "wide", type: `Record<${long("Key", 60)}, ${long("Value", 60)}>` }] };
    expect(printDeclarations(prettierDoc, [generic]).doubt).toBeDefined();
  });

  it("refuses a structure field it does not print, rather than dropping it", () => {
    const withInitializer = { kind: "interface" as const, name: "I", properties: [{ name: "p", type: "string", initializer: "1" }] };
    expect(() => printDeclarations(prettierDoc, [withInitializer as unknown as Declaration])).toThrow("the TypeScript printer does not support `initializer` here");
    const unset = { kind: "interface" as const, name: "I", properties: [{ name: "p", type: "string", initializer: undefined }] };
    expect(printDeclarations(prettierDoc, [unset as unknown as Declaration]).text).toContain("p: string;");
  });
});

describe("a client's index.d.ts (templates/client/index.d.ts.hbs) keeps step with its index.ts", () => {
  it("re-exports exactly what index.ts re-exports", () => {
    const generated = join(projectRoot, "generated");
    const clients = readdirSync(generated).filter((name) => existsSync(join(generated, name, "calls.json")));
    const reexports = (path: string) => readFileSync(path, "utf8").split("\n").filter((line) => line.startsWith("export ") && line.includes(" from "));
    expect(clients.length).toBeGreaterThan(0);
    for (const client of clients) expect(reexports(join(generated, client, "dist/index.d.ts"))).toEqual(reexports(join(generated, client, "src/index.ts")));
  });
});

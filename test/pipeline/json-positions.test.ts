import { describe, expect, it } from "vitest";
import { pointerOf } from "../../generator/diagnostics.ts";
import { locate, parseForLocation, readSource, type SourceFile } from "../../generator/load/source.ts";
import { manifestDocument } from "../helpers/project.ts";

/** Every pointer into a value, the missing ones beside them: a key no object has, an index past the end. */
function pointers(value: unknown, pointer = ""): string[] {
  const children = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : typeof value === "object" && value !== null ? Object.entries(value) : [];
  const missing = Array.isArray(value) ? [`${pointer}/${value.length}`] : typeof value === "object" && value !== null ? [`${pointer}/no~1such key`] : [];
  return [pointer, ...missing, ...children.flatMap(([key, child]) => pointers(child, `${pointer}${pointerOf(key)}`))];
}

function yamlPlace(source: SourceFile, pointer: string) {
  return locate(source, pointer, parseForLocation(source));
}

describe("places in JSON documents, found by scanning instead of parsing as YAML", () => {
  it("are where the YAML parser puts them, for every pointer of a small document with escapes, nesting and odd spacing", () => {
    const text = '{\n  "a\\"b": [1, {"c": "x\\\\y", "d" : [ [], {} ]}],\n\t"e~f/g":{"h":null,"i":true,"j":-1.5e3},\r\n  "k": "\\u00e9"\n}\n';
    const source: SourceFile = { file: "small.json", absolutePath: "/small.json", text, sha256: "" };
    for (const pointer of pointers(JSON.parse(text))) expect(locate(source, pointer), pointer).toEqual(yamlPlace(source, pointer));
  });

  it("are where the YAML parser puts them across a real Twilio document", () => {
    const { path, file } = manifestDocument("conversations-v1");
    const source = readSource(file, path);
    const tree = parseForLocation(source);
    const all = pointers(JSON.parse(source.text));
    // Every 31st pointer keeps the test quick while covering every kind of node.
    const sample = all.filter((_, index) => index % 31 === 0);
    expect(sample.length).toBeGreaterThan(100);
    for (const pointer of sample) expect(locate(source, pointer), pointer).toEqual(locate(source, pointer, tree));
  });
});

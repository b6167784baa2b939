import { execFile } from "node:child_process";
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import ts from "typescript";
import { expect } from "vitest";
import { RunContext } from "../../generator/context.ts";
import { GeneratorError } from "../../generator/diagnostics.ts";
import { emitAll } from "../../generator/emit/index.ts";
import { bindCapability } from "../../generator/load/capability/bind.ts";
import { parseCapability } from "../../generator/load/capability/parse.ts";
import { normalizeApi } from "../../generator/load/openapi/normalize.ts";
import { loadOpenApiDocument } from "../../generator/load/openapi/read.ts";
import { sha256Of, type SourceFile } from "../../generator/load/source.ts";
import type { ApiModel } from "../../generator/model/types.ts";
import type { OutputFiles } from "../../generator/write/output.ts";
import fc from "fast-check";
import { projectRoot, temporaryDirectory } from "../helpers/project.ts";
import { SEED } from "./seed.ts";
import { buildSpec, MARKER, type SpecParts } from "./specs.ts";

export type CaseResult = { kind: "rejected"; error: GeneratorError } | { kind: "generated"; files: OutputFiles; api: ApiModel };

const SPEC_FILE = "hostile.json";
const CAPABILITY_FILE = "hostile-capability.yaml";

function source(file: string, text: string): SourceFile {
  return { file, absolutePath: join("/hostile", file), text, sha256: sha256Of(text) };
}

/** The real pipeline, in process: validate, normalize, bind, emit. A non-GeneratorError escapes and fails the test. */
export async function runCase(spec: unknown, cacheDirectory: string, capabilityYaml?: string): Promise<CaseResult> {
  const ctx = new RunContext();
  try {
    const api = normalizeApi(ctx, await loadOpenApiDocument(ctx, source(SPEC_FILE, JSON.stringify(spec))), "hostile");
    const capabilities = capabilityYaml === undefined ? [] : [bindCapability(ctx, parseCapability(ctx, source(CAPABILITY_FILE, capabilityYaml)), [api])];
    const files = await emitAll({ apis: [api], capabilities }, { projectRoot, packageVersion: "0.0.0-hostile", cacheDirectory });
    return { kind: "generated", files, api };
  } catch (error) {
    if (error instanceof GeneratorError) return { kind: "rejected", error };
    throw error;
  }
}

/** A refusal must say which file and where. */
export function expectClearRejection(error: GeneratorError): void {
  expect([SPEC_FILE, CAPABILITY_FILE]).toContain(error.place.file);
  expect(error.place.pointer !== undefined || error.place.line !== undefined, error.format()).toBe(true);
  expect(error.message.length).toBeGreaterThan(10);
}

/** Parses generated TypeScript and fails on a syntax error or on the marker in any token that is not a literal or a comment. */
export function expectMarkerOnlyInLiteralsAndComments(path: string, text: string): void {
  const syntax = ts.transpileModule(text, { fileName: path, reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } }).diagnostics ?? [];
  expect(syntax.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")), path).toEqual([]);
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
  const literal = new Set([ts.SyntaxKind.StringLiteral, ts.SyntaxKind.NoSubstitutionTemplateLiteral, ts.SyntaxKind.TemplateHead, ts.SyntaxKind.TemplateMiddle, ts.SyntaxKind.TemplateTail]);
  const visit = (node: ts.Node): void => {
    if (literal.has(node.kind) || (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode)) return;
    const children = node.getChildren(file);
    if (children.length === 0) {
      expect(node.getText(file).includes(MARKER), `${path}: marker in a ${ts.SyntaxKind[node.kind]} token: ${node.getText(file).slice(0, 80)}`).toBe(false);
      return;
    }
    for (const child of children) visit(child);
  };
  visit(file);
}

/** Every generated TS file checked token by token; every JSON file parses. */
export function expectSafeOutput(files: OutputFiles): void {
  for (const [path, text] of files) {
    if (path.endsWith(".ts") && !path.includes("/runtime/") && !path.endsWith(".d.ts")) expectMarkerOnlyInLiteralsAndComments(path, text);
    if (path.endsWith(".json")) expect(() => JSON.parse(text), path).not.toThrow();
  }
}

/**
 * Collects generated clients of many cases into one folder tree sharing a
 * single runtime, so one strict `tsc` run checks them all.
 */
export class TypeCheckBatch {
  readonly root = temporaryDirectory("hostile-tsc");
  private readonly cases: string[] = [];

  constructor() {
    cpSync(join(projectRoot, "templates/runtime"), join(this.root, "runtime"), { recursive: true });
  }

  add(label: string, files: OutputFiles): void {
    const folder = join(this.root, `case-${this.cases.length}`);
    this.cases.push(label);
    for (const [path, text] of files) {
      if (!path.startsWith("hostile/src/") || path.includes("/runtime/")) continue;
      const target = join(folder, path.slice("hostile/".length));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    for (const [path, text] of files) {
      if (!path.startsWith("capabilities/") || !path.endsWith("routes.ts")) continue;
      mkdirSync(join(folder, "capability"), { recursive: true });
      writeFileSync(join(folder, "capability", "routes.ts"), text);
    }
    symlinkSync(join(this.root, "runtime"), join(folder, "src", "runtime"), "dir");
  }

  get size(): number {
    return this.cases.length;
  }

  /** Strict, no Node types: the generated packages' own settings. */
  async check(): Promise<void> {
    // Isolated declarations are checked when the generator compiles dist/ (a failure there fails the case);
    // a capability's routes.ts is a standalone module that keeps literal types on purpose.
    const config = { compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2022", "DOM"], strict: true, noUncheckedIndexedAccess: true, noEmit: true, types: [] }, include: ["case-*/src/*.ts", "case-*/capability/*.ts", "runtime/*.ts"] };
    writeFileSync(join(this.root, "tsconfig.json"), JSON.stringify(config));
    const result = await new Promise<{ code: number; output: string }>((done) =>
      execFile(process.execPath, [join(projectRoot, "node_modules/typescript/bin/tsc"), "-p", this.root], { timeout: 600_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` })),
    );
    const failing = [...new Set([...result.output.matchAll(/case-(\d+)\//g)].map((match) => this.cases[Number(match[1])]))];
    expect({ failing, output: result.output.slice(0, 3000) }).toEqual({ failing: [], output: "" });
    expect(result.code).toBe(0);
  }
}

/** Runs a property over spec parts: every case is refused clearly or generates safe, strictly typed output. */
export async function property<T>(arbitrary: fc.Arbitrary<T>, numRuns: number, toParts: (value: T) => SpecParts, extra?: (value: T, result: Extract<CaseResult, { kind: "generated" }>) => void, onReject?: (value: T, message: string) => void): Promise<{ rejected: number; generated: number }> {
  const batch = new TypeCheckBatch();
  const cache = temporaryDirectory("hostile-cache");
  const counts = { rejected: 0, generated: 0 };
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      const result = await runCase(buildSpec(toParts(value)), cache);
      if (result.kind === "rejected") {
        expectClearRejection(result.error);
        onReject?.(value, result.error.message);
        counts.rejected++;
        return;
      }
      expectSafeOutput(result.files);
      extra?.(value, result);
      batch.add(JSON.stringify(value), result.files);
      counts.generated++;
    }),
    { numRuns, seed: SEED, endOnFailure: true },
  );
  if (batch.size > 0) await batch.check();
  return counts;
}

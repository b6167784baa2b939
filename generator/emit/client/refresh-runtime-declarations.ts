// Writes templates/runtime-declarations/: TypeScript's declarations for each
// runtime source, with the header that ties them to it. Run it after changing
// templates/runtime/: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { findProjectRoot } from "../../project-root.ts";
import { runtimeSources } from "./index.ts";
import { declarationHeader, runtimeDeclarationPath } from "./runtime-declarations.ts";

const projectRoot = findProjectRoot();
const ts = createRequire(import.meta.url)("typescript") as typeof import("typescript");
const compilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, newLine: ts.NewLineKind.LineFeed, declaration: true, isolatedDeclarations: true };
for (const [name, source] of runtimeSources(join(projectRoot, "templates", "runtime"))) {
  const output = ts.transpileDeclaration(source, { fileName: `runtime/${name}`, compilerOptions, reportDiagnostics: true });
  if ((output.diagnostics ?? []).length > 0) throw new Error(`templates/runtime/${name}: ${output.diagnostics!.map((problem) => ts.flattenDiagnosticMessageText(problem.messageText, "\n")).join("; ")}`);
  const path = runtimeDeclarationPath(projectRoot, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${declarationHeader(source, `typescript@${ts.version}`)}${output.outputText}`);
  process.stdout.write(`wrote ${path}\n`);
}

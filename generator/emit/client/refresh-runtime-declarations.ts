// Writes templates/runtime-declarations/: TypeScript's declarations for each
// hand-written source that packages copy, with the header that ties them to it.
// Run it after changing templates/runtime/, templates/aggregate/ or templates/helpers/:
// node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { findProjectRoot } from "../../project-root.ts";
import { copiedSources, declarationHeader, RUNTIME_DECLARATIONS_DIRECTORY, runtimeDeclarationPath } from "./runtime-declarations.ts";

const projectRoot = findProjectRoot();
const ts = createRequire(import.meta.url)("typescript") as typeof import("typescript");
const compilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, newLine: ts.NewLineKind.LineFeed, declaration: true, isolatedDeclarations: true };
rmSync(join(projectRoot, RUNTIME_DECLARATIONS_DIRECTORY), { recursive: true, force: true });
for (const { fileName, templatePath, text } of copiedSources(projectRoot)) {
  const output = ts.transpileDeclaration(text, { fileName, compilerOptions, reportDiagnostics: true });
  if ((output.diagnostics ?? []).length > 0) throw new Error(`templates/${templatePath}: ${output.diagnostics!.map((problem) => ts.flattenDiagnosticMessageText(problem.messageText, "\n")).join("; ")}`);
  const path = runtimeDeclarationPath(projectRoot, templatePath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${declarationHeader(text, `typescript@${ts.version}`)}${output.outputText}`);
  process.stdout.write(`wrote ${path}\n`);
}

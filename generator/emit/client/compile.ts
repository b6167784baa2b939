import ts from "typescript";

const JS_OPTIONS: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: false, newLine: ts.NewLineKind.LineFeed };
const DECLARATION_OPTIONS: ts.CompilerOptions = { ...JS_OPTIONS, declaration: true, isolatedDeclarations: true };

/**
 * `dist/` for one source file, compiled file by file: the generated sources
 * and the runtime declare every exported type, so no whole-program pass is
 * needed. Any diagnostic is an error naming the file.
 */
export function compileModule(fileName: string, source: string): { js: string; dts: string } {
  const js = ts.transpileModule(source, { fileName, compilerOptions: JS_OPTIONS, reportDiagnostics: true });
  const dts = ts.transpileDeclaration(source, { fileName, compilerOptions: DECLARATION_OPTIONS, reportDiagnostics: true });
  const problems = [...(js.diagnostics ?? []), ...(dts.diagnostics ?? [])];
  if (problems.length > 0) {
    const text = problems.map((problem) => ts.flattenDiagnosticMessageText(problem.messageText, "\n")).join("; ");
    throw new Error(`cannot compile generated ${fileName}: ${text}`);
  }
  return { js: js.outputText, dts: dts.outputText };
}

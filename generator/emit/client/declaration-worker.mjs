// TypeScript's declaration emitter for the hand-written runtime, on a worker
// thread so that loading TypeScript (about 9 MB of JavaScript) overlaps the
// rest of a run. Plain JavaScript: it runs as it is, bundled or not.
// workerData: [fileName, source][]; posts { [fileName]: { dts } | { error } }.
import { createRequire } from "node:module";
import { parentPort, workerData } from "node:worker_threads";

const ts = createRequire(import.meta.url)("typescript");
const compilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, newLine: ts.NewLineKind.LineFeed, declaration: true, isolatedDeclarations: true };
const results = {};
for (const [fileName, source] of workerData) {
  const output = ts.transpileDeclaration(source, { fileName, compilerOptions, reportDiagnostics: true });
  const problems = output.diagnostics ?? [];
  results[fileName] = problems.length > 0 ? { error: problems.map((problem) => ts.flattenDiagnosticMessageText(problem.messageText, "\n")).join("; ") } : { dts: output.outputText };
}
parentPort.postMessage(results);

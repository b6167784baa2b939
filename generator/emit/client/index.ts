import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GenerationModel } from "../../model/types.ts";
import { compareCodeUnits } from "../../names.ts";
import type { Formatter } from "../../write/format.ts";
import { outputPaths, type OutputSink } from "../sink.ts";
import type { TemplateRenderer } from "../templates.ts";
import { code, inline } from "../docs/markdown.ts";
import { commentLine, type TypeScriptWriter } from "../ts.ts";
import { commonJsEntry } from "./commonjs.ts";
import type { ModuleCompiler } from "./compile.ts";
import { bundleFolders, distFiles } from "./copied-modules.ts";
import { renderDeclarations } from "./declarations.ts";
import { renderDescriptor } from "./descriptor.ts";
import type { ClientPlan } from "./plan.ts";
import type { ClientView } from "./views.ts";

export interface ClientEmitEnvironment {
  runtimeDirectory: string;
  templatesDirectory: string;
  templates: TemplateRenderer;
  writer: TypeScriptWriter;
  formatter: Formatter;
  compiler: ModuleCompiler;
  packageVersion: (apiId: string) => string;
  views: Map<string, ClientView>;
}

/** One npm package per API: `src/` (generated types and table, copied runtime), `dist/`, package.json, README. */
export async function emitClientPackages(model: GenerationModel, sink: OutputSink, environment: ClientEmitEnvironment): Promise<void> {
  const runtime = runtimeSources(environment.runtimeDirectory);
  // The runtime is the same in every package: bundled once a run (and cached), however many APIs there are.
  const bundles = await bundleFolders(environment.compiler, runtime.map(([name, text]) => [`runtime/${name}`, text]), ["runtime/index.ts"]);
  // Compiles go to esbuild's own process and are awaited once, at the end, so it works while the next API is
  // printed; files still reach the sink in the order they were emitted.
  const files: Array<Promise<Array<[path: string, text: string]>>> = [];
  const add = (path: string, text: string) => files.push(Promise.resolve([[path, text]]));
  for (const api of model.apis) {
    const { plan, calls } = environment.views.get(api.id)!;
    const path = (file: string) => outputPaths.api(api.id, file);
    const version = environment.packageVersion(api.id);
    const descriptor = await renderDescriptor(plan, environment.writer);
    const types = await renderDeclarations(plan, environment.writer);
    const data = indexData(plan, version);
    const index = await environment.formatter.formatIfWide("index.ts", environment.templates.render("client/index.ts.hbs", data));
    // Generated files are printed in their final shape and come with their declarations: `types.ts` holds only types, so it is its own.
    const sources: Array<[string, string, string | undefined]> = [
      ["api.ts", descriptor.source, descriptor.declarations],
      ["types.ts", types, types],
      ["index.ts", index, environment.templates.render("client/index.d.ts.hbs", data)],
      ...runtime.map(([name, text]): [string, string, undefined] => [`runtime/${name}`, text, undefined]),
    ];
    for (const [name, text, declarations] of sources.sort(([a], [b]) => compareCodeUnits(a, b))) {
      add(path(`src/${name}`), text);
      files.push(distFiles(environment.compiler, name, text, bundles, declarations).then((outputs) => outputs.map(([file, output]): [string, string] => [path(file), output])));
    }
    for (const [file, text] of commonJsEntry(environment.templatesDirectory)) add(path(file), text);
    add(path("package.json"), environment.templates.render("client/package.json.hbs", packageData(plan, version)));
    add(path("tsconfig.json"), environment.templates.render("client/tsconfig.json.hbs", {}));
    add(path("README.md"), environment.templates.render("client/README.md.hbs", readmeData(plan)));
    add(path("calls.json"), `${JSON.stringify(calls, null, 2)}\n`);
  }
  for (const group of await Promise.all(files)) for (const [path, text] of group) sink.add(path, text);
}

/** The hand-written runtime, copied as it is: every package stands alone. Tests stay behind. */
export function runtimeSources(directory: string): Array<[string, string]> {
  return readdirSync(directory)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .sort(compareCodeUnits)
    .map((name) => [name, readFileSync(join(directory, name), "utf8")]);
}

function indexData(plan: ClientPlan, version: string): Record<string, unknown> {
  return {
    clientNameJson: JSON.stringify(`${plan.packageName}/${version}`),
    title: commentLine(plan.api.title),
    domainAccessor: plan.domainAccessor,
    versionAccessor: plan.versionAccessor,
    versionType: plan.versionType,
    packageName: plan.packageName,
    exampleBinding: plan.roots.find((root) => root.binding === "users")?.binding ?? plan.roots[0]?.binding ?? "resource",
  };
}

function packageData(plan: ClientPlan, version: string): Record<string, unknown> {
  return {
    packageNameJson: JSON.stringify(plan.packageName),
    versionJson: JSON.stringify(version),
    descriptionJson: JSON.stringify(`Typed client for ${commentLine(plan.api.title)} (${plan.api.id}), generated by twilio-codegen`),
  };
}

function readmeData(plan: ClientPlan): Record<string, unknown> {
  return {
    packageName: plan.packageName,
    title: inline(plan.api.title),
    operationCount: plan.api.operations.length,
    specFile: code(plan.api.source.file),
    specSha256: plan.api.source.sha256,
    example: exampleCall(plan),
  };
}

/** A first call for the README: a list if the API has one at the top level. */
function exampleCall(plan: ClientPlan): string {
  const prefix = `client.${plan.domainAccessor}.${plan.versionAccessor}`;
  const listed = plan.roots.find((root) => root.operations.list);
  if (listed) return `const items = await ${prefix}.${listed.accessor}.list({ limit: 20 });`;
  const fetched = plan.roots.find((root) => root.callable === "singleton" && root.operations.fetch);
  if (fetched) return `const item = await ${prefix}.${fetched.accessor}().fetch();`;
  return `// ${prefix} has ${plan.roots.length} top-level resources`;
}

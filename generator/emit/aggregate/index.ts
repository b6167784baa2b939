import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { clientPackageName, compareCodeUnits } from "../../names.ts";
import { PRETTIER_OPTIONS, type Formatter } from "../../write/format.ts";
import { commonJsEntry } from "../client/commonjs.ts";
import type { ModuleCompiler } from "../client/compile.ts";
import { bundleFolders, distFiles } from "../client/copied-modules.ts";
import type { ClientView } from "../client/views.ts";
import { commentLine } from "../ts.ts";
import { type OutputSink } from "../sink.ts";
import type { TemplateRenderer } from "../templates.ts";
import { planAggregate, type AggregatePlan } from "./plan.ts";

export interface AggregateEmitEnvironment {
  templatesDirectory: string;
  templates: TemplateRenderer;
  formatter: Formatter;
  compiler: ModuleCompiler;
  /** The version of each API's package, by API id, and of the aggregate itself. */
  versionOf: (apiId: string | undefined) => string;
  views: ReadonlyMap<string, ClientView>;
}

/** Where the aggregate package's files go. */
export const aggregatePath = (directory: string, file: string): string => `${directory}/${file}`;

/**
 * The package a team installs instead of `twilio`: one `twilio()` over every
 * API of the run, each domain served by its per-API package (a dependency),
 * and a hand-written runtime from `templates/aggregate/`.
 */
export async function emitAggregatePackage(sink: OutputSink, directory: string, environment: AggregateEmitEnvironment): Promise<AggregatePlan | undefined> {
  if (environment.views.size === 0) return undefined;
  const plan = planAggregate(environment.views);
  const path = (file: string) => aggregatePath(directory, file);
  const data = indexData(plan);
  const index = environment.templates.render("aggregate/package/index.ts.hbs", data);
  // The runtime's and helpers' declarations ship with them; the index's come from their own template, so no run loads TypeScript.
  const sources: Array<[string, string, string | undefined]> = [
    ...runtimeSources(environment.templatesDirectory).map(([name, text]): [string, string, undefined] => [`runtime/${name}`, text, undefined]),
    ...helperSources(environment.templatesDirectory).map(([name, text]): [string, string, undefined] => [`helpers/${name}`, text, undefined]),
    ["index.ts", await environment.formatter.formatIfWide("index.ts", index), environment.templates.render("aggregate/package/index.d.ts.hbs", data)],
  ];
  const bundles = await bundleFolders(environment.compiler, sources.map(([name, text]) => [name, text] as const), ["helpers/index.ts", "runtime/index.ts"]);
  for (const [name, text, declarations] of sources.sort(([a], [b]) => compareCodeUnits(a, b))) {
    sink.add(path(`src/${name}`), text);
    for (const [file, output] of await distFiles(environment.compiler, name, text, bundles, declarations)) sink.add(path(file), output);
  }
  for (const [file, text] of commonJsEntry(environment.templatesDirectory)) sink.add(path(file), text);
  sink.add(path("package.json"), environment.templates.render("aggregate/package/package.json.hbs", packageData(plan, environment.versionOf)));
  sink.add(path("tsconfig.json"), environment.templates.render("aggregate/package/tsconfig.json.hbs", tsconfigData()));
  sink.add(path("README.md"), environment.templates.render("aggregate/package/README.md.hbs", readmeData(plan)));
  return plan;
}

/** The aggregate's runtime, plus the one environment helper every package shares. */
function runtimeSources(templatesDirectory: string): Array<[string, string]> {
  const own = join(templatesDirectory, "aggregate");
  const files = readdirSync(own)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .map((name): [string, string] => [name, readFileSync(join(own, name), "utf8")]);
  files.push(["environment.ts", readFileSync(join(templatesDirectory, "runtime", "environment.ts"), "utf8")]);
  return files.sort(([a], [b]) => compareCodeUnits(a, b));
}

/** twilio-node's token and webhook helpers (`templates/helpers/`, folders kept), which the aggregate exports as twilio-node does. */
function helperSources(templatesDirectory: string): Array<[string, string]> {
  const directory = join(templatesDirectory, "helpers");
  return readdirSync(directory, { recursive: true, encoding: "utf8" })
    .map((name) => name.split(sep).join("/"))
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .sort(compareCodeUnits)
    .map((name): [string, string] => [name, readFileSync(join(directory, name), "utf8")]);
}

function indexData(plan: AggregatePlan): Record<string, unknown> {
  const versions = plan.domains.flatMap((domain) => domain.versions);
  const first = versions[0]!;
  const domains = plan.domains.map((domain) => {
    const typeOf = new Map(domain.versions.map((version) => [version.version, version.typeBinding]));
    return {
      ...domain,
      host: commentLine(domain.host),
      shortcuts: domain.shortcuts.map((shortcut) => ({ ...shortcut, typeBinding: typeOf.get(shortcut.version)! })),
    };
  });
  const example = plan.domains.find((domain) => domain.accessor === "conversations") ?? plan.domains[0]!;
  // prettier keeps the call on one line while it fits, and otherwise breaks only the array.
  const inline = `export const RestException: typeof ${first.restBinding} = sharedRestException(${first.restBinding}, [${versions.map((version) => version.restBinding).join(", ")}]);`;
  const restExceptionsInline = inline.length <= PRETTIER_OPTIONS.printWidth!;
  return { versions, domains, optionsPackage: first.packageName, firstRestBinding: first.restBinding, restExceptionsInline, exampleDomain: example.accessor, exampleVersion: example.versions[0]!.version };
}

function packageData(plan: AggregatePlan, versionOf: (apiId: string | undefined) => string): Record<string, unknown> {
  const dependencies = Object.fromEntries(plan.domains.flatMap((domain) => domain.versions).map((version) => [version.packageName, versionOf(version.apiId)]).sort(([a], [b]) => compareCodeUnits(a!, b!)));
  return {
    packageNameJson: JSON.stringify(plan.packageName),
    versionJson: JSON.stringify(versionOf(undefined)),
    descriptionJson: JSON.stringify("Every generated Twilio API under one twilio() client, a drop-in for the twilio package; generated by twilio-codegen"),
    dependenciesJson: JSON.stringify(dependencies, null, 2).replace(/\n/g, "\n  "),
  };
}

/** In generated/, the per-API packages are siblings, not yet in a node_modules: type-check against their declarations. */
function tsconfigData(): Record<string, unknown> {
  return { pathsJson: JSON.stringify({ [clientPackageName("*")]: [`../${"*"}/dist/index.d.ts`] }) };
}

function readmeData(plan: AggregatePlan): Record<string, unknown> {
  return {
    packageName: plan.packageName,
    domains: plan.domains.map((domain) => ({ accessor: domain.accessor, versions: domain.versions.map((version) => ({ version: version.version, packageName: version.packageName })) })),
  };
}

import { isMap, parseDocument, YAMLMap } from "yaml";
import { GeneratorError } from "../diagnostics.ts";
import type { SourceFile } from "../load/source.ts";
import { fileStem } from "../names.ts";
import { entriesOf, keyByName, mapAt, maps, renameKey, scalarEntries, seqAt, setString, stringAt } from "./yaml-nodes.ts";

/** The Ikanos version migrated files are written in. */
export const IKANOS_TARGET = "1.0.0-beta5";

interface CallerInput {
  type?: unknown;
  description?: unknown;
  required?: unknown;
  in: string;
}

/**
 * A Naftiko 1.0.0-alpha2 capability file in its Ikanos form, editing the parsed
 * document in place so comments stay where the YAML library can keep them:
 * `naftiko:` → `ikanos:`, `label` → `display`, named lists → maps keyed by
 * name, `functions` → `flows`, `{X}` → `{{X}}`, the user's `tools.X`/`rest.X`
 * → the exposure's namespace, and typed consumed inputs → typed caller inputs.
 */
export function migrateToIkanos(source: SourceFile): string {
  const document = parseDocument(source.text, { keepSourceTokens: false });
  if (document.errors.length > 0) throw new GeneratorError({ file: source.file }, `YAML syntax error: ${document.errors[0]!.message.split("\n")[0]}`);
  const root = document.contents;
  if (!isMap(root) || !root.has("naftiko")) throw new GeneratorError({ file: source.file, line: 1 }, "not a Naftiko capability file (no `naftiko:` key); only Naftiko 1.0.0-alpha2 files are migrated");
  renameKey(root, "naftiko", "ikanos");
  setString(root, "ikanos", IKANOS_TARGET);
  const info = mapAt(root, "info");
  if (info) {
    renameKey(info, "label", "display");
    if (!info.has("description")) info.set("description", "");
  }
  const capability = mapAt(root, "capability");
  if (capability === undefined) throw new GeneratorError({ file: source.file }, "no `capability` mapping to migrate");
  const stem = fileStem(source.file.replace(/^.*[\\/]/, "").replace(/\.ya?ml$/i, ""));
  const typedInputs = migrateConsumes(capability);
  migrateAggregates(capability);
  for (const exposure of maps(seqAt(capability, "exposes"))) migrateExposure(exposure, stem, typedInputs);
  return document.toString({ indentSeq: false, lineWidth: 0 });
}

/** Consumed resources, operations and inputs keyed by name; returns the typed inputs, by `namespace.operation`. */
function migrateConsumes(capability: YAMLMap): Map<string, Map<string, CallerInput>> {
  const typed = new Map<string, Map<string, CallerInput>>();
  for (const consumed of maps(seqAt(capability, "consumes"))) {
    const namespace = stringAt(consumed, "namespace") ?? "";
    for (const [, resource] of entriesOf(keyByName(consumed, "resources"))) {
      templatePath(resource);
      renameKey(resource, "label", "display");
      for (const [name, operation] of entriesOf(keyByName(resource, "operations"))) {
        const inputs = new Map<string, CallerInput>();
        for (const [inputName, input] of entriesOf(keyByName(operation, "inputParameters"))) {
          const kept: CallerInput = { in: stringAt(input, "in") ?? "query" };
          for (const key of ["type", "description", "required"] as const) {
            if (!input.has(key)) continue;
            kept[key] = input.get(key);
            input.delete(key);
          }
          inputs.set(inputName, kept);
        }
        keyByName(operation, "outputParameters", (_, index) => `output-${index + 1}`);
        typed.set(`${namespace}.${name}`, inputs);
      }
    }
  }
  return typed;
}

function migrateAggregates(capability: YAMLMap): void {
  for (const aggregate of maps(seqAt(capability, "aggregates"))) {
    renameKey(aggregate, "label", "display");
    keyByName(aggregate, "functions");
    renameKey(aggregate, "functions", "flows");
  }
}

function migrateExposure(exposure: YAMLMap, stem: string, typed: Map<string, Map<string, CallerInput>>): void {
  const type = stringAt(exposure, "type");
  if (type !== "mcp" && type !== "rest") return;
  const namespace = stringAt(exposure, "namespace") ?? `${stem}-${type}`;
  if (!exposure.has("namespace")) exposure.set("namespace", namespace);
  if (type === "mcp" && !exposure.has("transport")) {
    // Naftiko's default is stdio; Ikanos' is http. Saying stdio keeps the meaning (a port stays for --http).
    exposure.set("transport", "stdio");
  }
  if (type === "mcp") {
    for (const [, tool] of entriesOf(keyByName(exposure, "tools"))) migrateCaller(tool, namespace, typed, false);
    return;
  }
  const resources = keyByName(exposure, "resources", (item) => fileStem(stringAt(item, "path") ?? "resource") || "resource");
  for (const [, resource] of entriesOf(resources)) {
    templatePath(resource);
    const operations = keyByName(resource, "operations", (item) => (stringAt(item, "method") ?? "get").toLowerCase());
    for (const [, operation] of entriesOf(operations)) migrateCaller(operation, namespace, typed, true, stringAt(resource, "path") ?? "");
  }
}

/** `tools.X` / `rest.X` → `NS.X`, and the consumed input's type, description and `required` move to the caller's input X. */
function migrateCaller(caller: YAMLMap, namespace: string, typed: Map<string, Map<string, CallerInput>>, rest: boolean, path = ""): void {
  renameKey(caller, "label", "display");
  const consumedInputs = typed.get(stringAt(caller, "call") ?? "") ?? new Map<string, CallerInput>();
  const declared = new YAMLMap();
  for (const [argument, value] of scalarEntries(mapAt(caller, "with"))) {
    const text = typeof value.value === "string" ? value.value : "";
    const match = /^(?:rest|tools)\.(.+)$/.exec(text) ?? (text.startsWith(`${namespace}.`) ? [text, text.slice(namespace.length + 1)] : null);
    if (!match) continue;
    value.value = `${namespace}.${match[1]}`;
    const input = consumedInputs.get(argument);
    if (input === undefined || (input.type === undefined && input.description === undefined && input.required === undefined)) continue;
    const entry = new YAMLMap();
    if (rest) entry.set("in", new RegExp(`\\{\\{?${match[1]}\\}?\\}`, "i").test(path) ? "path" : input.in);
    for (const key of ["type", "description", "required"] as const) if (input[key] !== undefined) entry.set(key, input[key]);
    declared.set(match[1]!, entry);
  }
  if (declared.items.length > 0 && !caller.has("inputParameters")) caller.set("inputParameters", declared);
}

/** `{X}` → `{{X}}`, the Ikanos template form. */
function templatePath(resource: YAMLMap): void {
  const path = stringAt(resource, "path");
  if (path !== undefined) setString(resource, "path", path.replace(/(^|[^{])\{([^{}]+)\}(?!\})/g, "$1{{$2}}"));
}

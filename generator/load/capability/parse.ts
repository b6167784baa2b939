import type { RunContext } from "../../context.ts";
import { GeneratorError } from "../../diagnostics.ts";
import { isRecord } from "../openapi/read.ts";
import { locate, parseYamlSource, type SourceFile } from "../source.ts";
import type { Cursor } from "./cursor.ts";
import { parseAggregates, parseExposed } from "./exposes.ts";
import type { Dialect, RawBinding, RawCapability, RawConsumed, RawInput } from "./raw.ts";
import { CapabilityReader } from "./reader.ts";
import { authenticationOf, inputsOf, methodOf, normalizeTemplates } from "./values.ts";

export type { RawCall, RawCapability, RawOperation, RawTool } from "./raw.ts";

/** Ikanos versions read into the model: the alphas from 3 and the betas up to 5. */
const IKANOS_VERSIONS = /^1\.0\.0-(alpha([3-9]|\d\d)|beta[1-5])$/;

/**
 * Reads a capability file of either dialect, Naftiko 1.0.0-alpha2 or Ikanos
 * 1.0.0-alpha3 … beta5, into one raw form with the place of every part.
 */
export function parseCapability(ctx: RunContext, source: SourceFile): RawCapability {
  const parsed = parseYamlSource(source);
  if (!isRecord(parsed.value)) throw new GeneratorError(locate(source, "", parsed), "a capability file must be a mapping");
  const dialect = dialectOf(ctx, source, parsed);
  const reader = new CapabilityReader(ctx, source, dialect, parsed);
  const root = reader.root;
  root.optionalString(dialect.kind);
  const info = root.child("info");
  const capability = root.child("capability");
  capability.requireMapping("`capability`");
  const raw: RawCapability = { source, dialect, label: reader.label(info) ?? source.file, binds: [], consumes: [], tools: [], restResources: [] };
  const description = info.optionalString("description");
  if (description !== undefined && description !== "") raw.description = description;
  for (const at of [root, capability]) for (const entry of at.items("binds")) raw.binds.push(parseBinding(reader, entry));
  for (const entry of capability.items("consumes")) {
    const consumed = parseConsumedEntry(reader, entry);
    if (consumed) raw.consumes.push(consumed);
  }
  const aggregates = parseAggregates(reader, capability);
  for (const entry of capability.items("exposes")) parseExposed(reader, entry, raw, aggregates);
  reader.finish();
  return raw;
}

function dialectOf(ctx: RunContext, source: SourceFile, parsed: ReturnType<typeof parseYamlSource>): Dialect {
  const root = parsed.value as Record<string, unknown>;
  const place = (key: string) => locate(source, `/${key}`, parsed);
  if (root["ikanos"] !== undefined) {
    const version = String(root["ikanos"]);
    if (!IKANOS_VERSIONS.test(version)) ctx.warn(place("ikanos"), `Ikanos ${version} is not one of the versions this generator reads (1.0.0-alpha3 to 1.0.0-beta5); read as 1.0.0-beta5`);
    return { kind: "ikanos", version };
  }
  if (root["naftiko"] !== undefined) {
    const version = String(root["naftiko"]);
    if (version !== "1.0.0-alpha2") ctx.warn(place("naftiko"), `Naftiko ${version} is read as 1.0.0-alpha2`);
    return { kind: "naftiko", version };
  }
  ctx.warn({ file: source.file, line: 1, column: 1 }, "no `naftiko:` or `ikanos:` version; read as Naftiko 1.0.0-alpha2");
  return { kind: "naftiko", version: "1.0.0-alpha2" };
}

function parseBinding(reader: CapabilityReader, entry: Cursor): RawBinding {
  if (entry.has("from")) {
    const imported = reader.importEntry(entry, "binds");
    return { ...parseBinding(imported.reader, imported.at), namespace: imported.namespace };
  }
  const binding: RawBinding = { namespace: entry.requiredString("namespace"), variables: entry.entries("keys").map(([name, value]) => (value.whole(), name)), place: entry.place() };
  entry.optionalString("description");
  const location = entry.optionalString("location");
  if (location !== undefined) binding.location = location;
  return binding;
}

function parseConsumedEntry(reader: CapabilityReader, entry: Cursor): RawConsumed | undefined {
  if (entry.has("from")) {
    const imported = reader.importEntry(entry, "consumes");
    const consumed = parseConsumedEntry(imported.reader, imported.at);
    return consumed && { ...consumed, namespace: imported.namespace };
  }
  const type = entry.optionalString("type");
  if (type !== "http") {
    entry.whole();
    reader.warn(entry, `consumed adapters of type ${JSON.stringify(type ?? "(none)")} are not supported; only \`type: http\` is read`);
    return undefined;
  }
  const consumed: RawConsumed = { namespace: entry.requiredString("namespace"), baseUri: entry.requiredString("baseUri"), place: entry.child("baseUri").place(), operations: [] };
  entry.optionalString("description");
  const authentication = authenticationOf(entry);
  if (authentication) consumed.authentication = authentication;
  const shared = inputsOf(reader, entry, "consumed");
  for (const { name: resourceName, at: resource } of entry.named("resources", reader.keyedByName)) {
    const path = normalizeTemplates(reader, resource, "path");
    reader.label(resource);
    resource.optionalString("description");
    const resourceInputs = [...shared, ...inputsOf(reader, resource, "consumed")];
    for (const { name, at: operation } of resource.named("operations", reader.keyedByName)) {
      consumed.operations.push({
        name,
        method: methodOf(reader, operation),
        path,
        ...optional("description", operation.optionalString("description")),
        inputs: merged(resourceInputs, inputsOf(reader, operation, "consumed")),
        place: operation.place(),
      });
      readConsumedOutput(reader, operation, `${resourceName}.${name}`);
    }
  }
  return consumed;
}

/** Operation-level inputs win over resource- and adapter-level ones of the same name. */
function merged(outer: RawInput[], inner: RawInput[]): RawInput[] {
  return [...outer.filter((input) => !inner.some((other) => other.name === input.name)), ...inner];
}

/**
 * A consumed operation's raw format and output parameters serve orchestration
 * steps. JSON, and the whole response as one value, is what a single call does
 * anyway; anything else is reported.
 */
function readConsumedOutput(reader: CapabilityReader, operation: Cursor, name: string): void {
  const format = operation.optionalString("outputRawFormat");
  if (format !== undefined && format !== "json") reader.warn(operation.child("outputRawFormat"), `operation ${name}: outputRawFormat ${JSON.stringify(format)} is not supported; responses are read as JSON`);
  if (!operation.has("outputParameters")) return;
  const outputs = operation.child("outputParameters");
  const values = (Array.isArray(outputs.value) ? outputs.value : isRecord(outputs.value) ? Object.values(outputs.value) : []) as unknown[];
  outputs.whole();
  const wholeResponse = values.every((value) => isRecord(value) && (value["value"] === "$." || value["value"] === "$"));
  if (!wholeResponse) reader.warn(outputs, `operation ${name}: consumed outputParameters feed orchestration steps, which the generator does not support yet; ignored`);
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

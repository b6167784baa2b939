import { ContentCache } from "../../write/cache.ts";
import type { OpenAPIV3 } from "openapi-types";
import type { RunContext } from "../../context.ts";
import { decodePointer, GeneratorError, pointerOf } from "../../diagnostics.ts";
import { locate, parseStructuredSource, type ParsedYaml, type SourceFile } from "../source.ts";
import { OpenApiSchemaValidator } from "./schema-validator.ts";

export interface LoadedDocument {
  source: SourceFile;
  document: OpenAPIV3.Document;
  /** Kept for YAML inputs so later errors can name a line cheaply. */
  parsed?: ParsedYaml;
}

interface AjvDetail {
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

/**
 * Parses and validates one OpenAPI 3 document. `schemas` is shared by the
 * documents of one run; `cache` remembers validation outcomes between runs.
 *
 * Twilio's real documents are not all schema-valid (messaging v2 puts `examples`
 * beside a `$ref`). A violation that lies inside a Schema Object does not stop us
 * from using the document, so it becomes a warning with its location. Anything
 * that breaks the document's structure, or an unresolvable `$ref`, is an error.
 */
export async function loadOpenApiDocument(ctx: RunContext, source: SourceFile, schemas = new OpenApiSchemaValidator(), cache?: ContentCache): Promise<LoadedDocument> {
  const { value, parsed } = parseStructuredSource(source);
  // YAML keeps its positions; a JSON document is scanned for a place only when one is asked for.
  const place = (pointer: string) => locate(source, pointer, parsed);
  assertOpenApi3(value, source, place);
  checkInternalRefs(value, place);
  await validateDocument(ctx, value, source, place, schemas, cache);
  return { source, document: value as unknown as OpenAPIV3.Document, parsed };
}

function assertOpenApi3(value: unknown, source: SourceFile, place: (pointer: string) => ReturnType<typeof locate>): asserts value is Record<string, unknown> {
  if (!isRecord(value)) throw new GeneratorError({ file: source.file }, "not an OpenAPI document: the top level is not an object");
  const version = value["openapi"];
  if (typeof version !== "string" || !/^3\.\d+\.\d+/.test(version)) {
    const found = version === undefined ? ("swagger" in value ? "a Swagger 2 document" : "no `openapi` field") : `openapi: ${JSON.stringify(version)}`;
    throw new GeneratorError(place(version === undefined ? "" : "/openapi"), `not an OpenAPI 3 document (found ${found})`);
  }
  if (!isRecord(value["paths"])) throw new GeneratorError(place("/paths"), "invalid OpenAPI document: `paths` must be an object");
}

/** Walks the document and resolves every `$ref`, so a broken one is reported where it is written. */
function checkInternalRefs(root: Record<string, unknown>, place: (pointer: string) => ReturnType<typeof locate>): void {
  const stack: Array<{ node: unknown; pointer: string }> = [{ node: root, pointer: "" }];
  while (stack.length > 0) {
    const { node, pointer } = stack.pop()!;
    if (Array.isArray(node)) {
      node.forEach((item, index) => stack.push({ node: item, pointer: `${pointer}${pointerOf(index)}` }));
      continue;
    }
    if (!isRecord(node)) continue;
    const ref = node["$ref"];
    if (typeof ref === "string") {
      if (!ref.startsWith("#")) {
        throw new GeneratorError(place(`${pointer}/$ref`), `external $ref ${JSON.stringify(ref)} is not supported: bundle the document first`);
      }
      if (resolvePointer(root, ref) === undefined) {
        throw new GeneratorError(place(`${pointer}/$ref`), `unresolvable $ref ${JSON.stringify(ref)}: no such location in the document`);
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (typeof child === "object" && child !== null) stack.push({ node: child, pointer: `${pointer}${pointerOf(key)}` });
    }
  }
}

export function resolvePointer(root: unknown, ref: string): unknown {
  let node: unknown = root;
  for (const token of decodePointer(ref)) {
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isRecord(node) && Object.hasOwn(node, token)) node = node[token];
    else return undefined;
  }
  return node;
}

/**
 * Validation is a pure function of the document's text, so its outcome (the
 * tolerated violations) is cached by the text's hash: a warm run neither loads
 * nor runs swagger-parser. An invalid document is never cached; it fails anew.
 */
async function validateDocument(
  ctx: RunContext,
  value: Record<string, unknown>,
  source: SourceFile,
  place: (pointer: string) => ReturnType<typeof locate>,
  schemas: OpenApiSchemaValidator,
  cache: ContentCache | undefined,
): Promise<void> {
  const key = ContentCache.key(schemas.version, source.sha256);
  const known = cache?.get("validation", key);
  const findings = known === undefined ? await validateWithSwaggerParser(value, source, place, schemas) : (JSON.parse(known) as Finding[]);
  if (known === undefined) cache?.set("validation", key, JSON.stringify(findings));
  for (const finding of findings) ctx.warn(place(finding.pointer), finding.message);
}

/** A schema violation the document is still usable with. */
interface Finding {
  pointer: string;
  message: string;
}

async function validateWithSwaggerParser(
  value: Record<string, unknown>,
  source: SourceFile,
  place: (pointer: string) => ReturnType<typeof locate>,
  schemas: OpenApiSchemaValidator,
): Promise<Finding[]> {
  // swagger-parser dereferences what it validates; it gets a copy so the model keeps named `$ref`s.
  const options = { dereference: { circular: "ignore" as const } };
  const copy = structuredClone(value) as unknown as OpenAPIV3.Document;
  // Loaded here, not at the top: a warm run takes validation outcomes from the cache and never needs it.
  const { default: SwaggerParser } = await import("@apidevtools/swagger-parser");
  try {
    if (typeof value["openapi"] === "string" && value["openapi"].startsWith("3.0")) {
      // SwaggerParser.validate's steps for OpenAPI 3.0 (its spec checks cover Swagger 2 only), with the schema compiled once per run.
      const violations = schemas.violations(await SwaggerParser.dereference(copy, options));
      if (violations.length > 0) throw Object.assign(new SyntaxError("Swagger schema validation failed."), { details: violations });
    } else {
      await SwaggerParser.validate(copy, options);
    }
    return [];
  } catch (error) {
    const details = (error as { details?: AjvDetail[] }).details;
    if (!Array.isArray(details) || details.length === 0) {
      throw new GeneratorError({ file: source.file }, `invalid OpenAPI document: ${firstLine((error as Error).message)}`);
    }
    const tolerated = schemaOnlyViolations(details);
    if (!tolerated) {
      const first = deepest(details)[0]!;
      throw new GeneratorError(place(first.instancePath), `invalid OpenAPI document: ${describe(first)}${more(details.length)}`);
    }
    return tolerated.map((detail) => ({ pointer: detail.instancePath, message: `schema violation, document still usable: ${describe(detail)}` }));
  }
}

/**
 * Returns the violations to report if every one lies inside a Schema Object
 * (or is an ancestor in the same ajv `oneOf` cascade); otherwise undefined.
 */
function schemaOnlyViolations(details: AjvDetail[]): AjvDetail[] | undefined {
  const insideSchema = (detail: AjvDetail) => decodePointer(detail.instancePath).some((token) => token === "schema" || token === "schemas");
  const leaves = deepest(details);
  if (!leaves.every(insideSchema)) return undefined;
  const covered = details.every((detail) => leaves.some((leaf) => leaf.instancePath.startsWith(detail.instancePath)));
  if (!covered) return undefined;
  const unique = new Map<string, AjvDetail>();
  for (const leaf of leaves) if (leaf.params?.["additionalProperty"] !== undefined || !unique.has(leaf.instancePath)) unique.set(leaf.instancePath, leaf);
  return [...unique.values()];
}

function deepest(details: AjvDetail[]): AjvDetail[] {
  return details.filter((detail) => !details.some((other) => other !== detail && other.instancePath.startsWith(`${detail.instancePath}/`)));
}

function describe(detail: AjvDetail): string {
  const extra = detail.params?.["additionalProperty"];
  return extra === undefined ? (detail.message ?? "violates the OpenAPI schema") : `unexpected key ${JSON.stringify(extra)} (${detail.message})`;
}

function more(count: number): string {
  return count > 1 ? ` (and ${count - 1} related violation${count > 2 ? "s" : ""})` : "";
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? text;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

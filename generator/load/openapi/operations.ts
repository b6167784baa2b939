import type { Hints, HttpMethod, JsonBody, Operation, OperationKind, Pagination, Parameter, ParameterLocation, Schema } from "../../model/types.ts";
import type { RunContext } from "../../context.ts";
import { GeneratorError, pointerOf, type SourcePlace } from "../../diagnostics.ts";
import { fieldKey, optionKey } from "../../../templates/runtime/option-keys.ts";
import { isRecord, resolvePointer } from "./read.ts";
import type { SchemaConverter } from "./schema.ts";

export const HTTP_METHODS = ["get", "post", "put", "patch", "delete"] as const;

const KIND_BY_PREFIX: Record<string, OperationKind> = { Create: "create", Fetch: "fetch", Update: "update", Patch: "patch", Delete: "remove", List: "list" };

export interface OperationInput {
  path: string;
  method: (typeof HTTP_METHODS)[number];
  raw: Record<string, unknown>;
  pathItem: Record<string, unknown>;
  pathType: "list" | "instance";
  resourceKey: string;
}

/** Builds one model Operation from its path item and operation object. */
export class OperationBuilder {
  constructor(
    private readonly ctx: RunContext,
    private readonly root: Record<string, unknown>,
    private readonly schemas: SchemaConverter,
    private readonly place: (pointer: string) => SourcePlace,
  ) {}

  build(input: OperationInput): Operation {
    const pointer = pointerOf("paths", input.path, input.method);
    const operationId = input.raw["operationId"];
    if (typeof operationId !== "string" || operationId === "") {
      throw new GeneratorError(this.place(pointer), "operation has no operationId: every operation needs one to be named");
    }
    const method = input.method.toUpperCase() as HttpMethod;
    const parameters = this.parameters(input, pointer);
    const body = this.requestBody(input.raw["requestBody"], `${pointer}/requestBody`);
    rejectKeyClashes([...parameters, ...body.form].filter((parameter) => parameter.location !== "path").map((parameter) => parameter.name), optionKey, () => this.place(pointer), "parameters", "the option key");
    const success = this.success(input.raw["responses"], `${pointer}/responses`);
    const kind = this.kind(operationId, method, input.pathType, pointer);
    const operation: Operation = {
      operationId,
      kind,
      method,
      path: input.path,
      resourceKey: input.resourceKey,
      tags: Array.isArray(input.raw["tags"]) ? input.raw["tags"].map(String) : [],
      parameters: [...parameters, ...body.form],
      success,
      hints: hintsFor(method),
      deprecated: input.raw["deprecated"] === true,
    };
    copyText(operation, input.raw);
    if (body.json) operation.jsonBody = body.json;
    const pagination = kind === "list" ? paginationOf(success.schema, parameters) : undefined;
    if (pagination) operation.pagination = pagination;
    const twilio = input.raw["x-twilio"];
    if (isRecord(twilio) && Array.isArray(twilio["conditional"])) operation.conditional = twilio["conditional"].filter(Array.isArray).map((group) => group.map(String));
    return operation;
  }

  private kind(operationId: string, method: HttpMethod, pathType: "list" | "instance", pointer: string): OperationKind {
    const prefix = /^[A-Z][a-z]+/.exec(operationId)?.[0];
    const byPrefix = prefix === undefined ? undefined : KIND_BY_PREFIX[prefix];
    if (byPrefix) return byPrefix;
    const byMethod: OperationKind =
      method === "GET" ? (pathType === "list" ? "list" : "fetch") : method === "DELETE" ? "remove" : method === "POST" && pathType === "list" ? "create" : "update";
    this.ctx.warn(this.place(`${pointer}/operationId`), `operationId ${JSON.stringify(operationId)} has no Create/Fetch/Update/Patch/Delete/List prefix; treated as ${byMethod}`);
    return byMethod;
  }

  /** Path-level and operation-level parameters merged; path parameters in template order first. */
  private parameters(input: OperationInput, pointer: string): Parameter[] {
    const byKey = new Map<string, Parameter>();
    const collect = (list: unknown, listPointer: string) => {
      if (!Array.isArray(list)) return;
      list.forEach((entry, index) => {
        const parameter = this.parameter(entry, `${listPointer}/${index}`);
        if (parameter) byKey.set(`${parameter.location}:${parameter.name}`, parameter);
      });
    };
    collect(input.pathItem["parameters"], pointerOf("paths", input.path, "parameters"));
    collect(input.raw["parameters"], `${pointer}/parameters`);
    const templateNames = [...input.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
    const pathParameters = templateNames.map((name) => {
      const found = byKey.get(`path:${name}`);
      if (found) return found;
      this.ctx.warn(this.place(pointer), `path parameter {${name}} is not declared; assumed to be a required string`);
      return { name, location: "path" as const, required: true, schema: { type: "string" as const } };
    });
    const others = [...byKey.values()].filter((parameter) => parameter.location !== "path");
    return [...pathParameters, ...others];
  }

  private parameter(entry: unknown, pointer: string): Parameter | undefined {
    const ref = isRecord(entry) && typeof entry["$ref"] === "string" ? entry["$ref"] : undefined;
    const raw = ref ? resolvePointer(this.root, ref) : entry;
    if (!isRecord(raw) || typeof raw["name"] !== "string" || typeof raw["in"] !== "string") {
      throw new GeneratorError(this.place(pointer), "invalid parameter: needs a string `name` and `in`");
    }
    if (raw["in"] === "cookie") {
      this.ctx.warn(this.place(pointer), `cookie parameter ${JSON.stringify(raw["name"])} is not supported and is left out`);
      return undefined;
    }
    const location = raw["in"] as ParameterLocation;
    const parameter: Parameter = {
      name: raw["name"],
      location,
      required: location === "path" || raw["required"] === true,
      schema: this.schemas.convert(raw["schema"], `${pointer}/schema`),
    };
    if (typeof raw["description"] === "string" && raw["description"] !== "") parameter.description = raw["description"];
    return parameter;
  }

  private requestBody(entry: unknown, pointer: string): { form: Parameter[]; json?: JsonBody } {
    const raw = isRecord(entry) && typeof entry["$ref"] === "string" ? resolvePointer(this.root, entry["$ref"]) : entry;
    if (!isRecord(raw) || !isRecord(raw["content"])) return { form: [] };
    const content = raw["content"];
    const form = content["application/x-www-form-urlencoded"];
    if (isRecord(form)) return { form: this.formFields(form["schema"], `${pointer}/content/application~1x-www-form-urlencoded/schema`) };
    const mediaType = Object.keys(content).sort().find((type) => /json/i.test(type));
    if (mediaType === undefined) {
      this.ctx.warn(this.place(`${pointer}/content`), `request body media types ${Object.keys(content).join(", ")} are not supported; body left out`);
      return { form: [] };
    }
    const media = content[mediaType];
    const schemaPointer = `${pointer}/content/${mediaType.replace(/\//g, "~1")}/schema`;
    return { form: [], json: { mediaType, required: raw["required"] === true, schema: this.schemas.convert(isRecord(media) ? media["schema"] : undefined, schemaPointer) } };
  }

  private formFields(rawSchema: unknown, pointer: string): Parameter[] {
    const schema = isRecord(rawSchema) && typeof rawSchema["$ref"] === "string" ? resolvePointer(this.root, rawSchema["$ref"]) : rawSchema;
    if (!isRecord(schema)) return [];
    const required = new Set(Array.isArray(schema["required"]) ? schema["required"].map(String) : []);
    const properties = isRecord(schema["properties"]) ? schema["properties"] : {};
    return Object.entries(properties).map(([name, value]) => {
      const converted = this.schemas.convert(value, `${pointer}${pointerOf("properties", name)}`);
      const field: Parameter = { name, location: "form", required: required.has(name), schema: converted };
      if (converted.description !== undefined) field.description = converted.description;
      return field;
    });
  }

  /** The property names of a response object (through one named reference), where its fields become instance fields. */
  private topLevelFields(schema: Schema): { names: string[]; pointer?: string } | undefined {
    if (schema.type === "object") return { names: schema.properties.map((property) => property.name) };
    if (schema.type !== "ref") return undefined;
    const named = resolvePointer(this.root, `#/components/schemas/${schema.name.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    if (!isRecord(named) || !isRecord(named["properties"])) return undefined;
    return { names: Object.keys(named["properties"]), pointer: pointerOf("components", "schemas", schema.name, "properties") };
  }

  private success(entry: unknown, pointer: string): Operation["success"] {
    const responses = isRecord(entry) ? entry : {};
    // A few Twilio operations answer only with a redirect (307 to a download): that is their success.
    const status = Object.keys(responses).filter((code) => /^[23]\d\d$/.test(code)).sort()[0];
    if (status === undefined) throw new GeneratorError(this.place(pointer), "operation has no 2xx or 3xx response");
    const response = responses[status];
    const resolved = isRecord(response) && typeof response["$ref"] === "string" ? resolvePointer(this.root, response["$ref"]) : response;
    const content = isRecord(resolved) && isRecord(resolved["content"]) ? resolved["content"] : {};
    const mediaType = content["application/json"] !== undefined ? "application/json" : Object.keys(content)[0];
    const media = mediaType === undefined ? undefined : content[mediaType];
    const success: Operation["success"] = { status: Number(status) };
    if (mediaType !== undefined && mediaType !== "application/json") success.mediaType = mediaType;
    if (isRecord(media) && media["schema"] !== undefined) {
      const schemaPointer = `${pointer}/${status}/content/${mediaType!.replace(/~/g, "~0").replace(/\//g, "~1")}/schema`;
      success.schema = this.schemas.convert(media["schema"], schemaPointer);
      const fields = this.topLevelFields(success.schema);
      if (fields) rejectKeyClashes(fields.names, fieldKey, () => this.place(fields.pointer ?? schemaPointer), "response fields", "the instance field");
    }
    const examples = isRecord(media) && isRecord(media["examples"]) ? Object.values(media["examples"]) : [];
    const example = examples.find(isRecord)?.["value"];
    if (example !== undefined) success.example = example;
    return success;
  }
}

/** Two spec names that turn into one client name would silently shadow each other: refuse them. `place` is only worked out on failure (it may parse the file for line numbers). */
function rejectKeyClashes(names: string[], toKey: (name: string) => string, place: () => SourcePlace, what: string, becomes: string): void {
  const seen = new Map<string, string>();
  for (const name of names) {
    const key = toKey(name);
    const earlier = seen.get(key);
    if (earlier !== undefined && earlier !== name) throw new GeneratorError(place(), `${what} ${JSON.stringify(earlier)} and ${JSON.stringify(name)} both become ${becomes} ${JSON.stringify(key)}`);
    seen.set(key, name);
  }
}

export function hintsFor(method: HttpMethod): Hints {
  return { readOnly: method === "GET", destructive: method === "DELETE", idempotent: method === "GET" || method === "DELETE" || method === "PUT" };
}

function copyText(operation: Operation, raw: Record<string, unknown>): void {
  if (typeof raw["summary"] === "string" && raw["summary"] !== "") operation.summary = raw["summary"];
  if (typeof raw["description"] === "string" && raw["description"] !== "") operation.description = raw["description"];
}

/** A Twilio list page is `{ meta: {...}, <key>: [items] }`; the key is also `meta.key`. */
function paginationOf(schema: Schema | undefined, parameters: Parameter[]): Pagination | undefined {
  if (schema?.type !== "object") return undefined;
  const hasMeta = schema.properties.some((property) => property.name === "meta");
  const items = schema.properties.find((property) => property.name !== "meta" && property.schema.type === "array");
  if (!hasMeta || !items || items.schema.type !== "array") return undefined;
  const pagination: Pagination = { itemsKey: items.name, itemSchema: items.schema.items };
  const pageSize = parameters.find((parameter) => parameter.name === "PageSize" && parameter.location === "query");
  if (pageSize?.schema.type === "integer" && pageSize.schema.maximum !== undefined) pagination.maxPageSize = pageSize.schema.maximum;
  return pagination;
}

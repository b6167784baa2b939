import type { Context } from "hono";
import { setOwn } from "../shared/own.js";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import type { RouteEntry } from "../shared/tables.js";

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

export interface FieldProblem {
  field: string;
  in: string;
  message: string;
}

/**
 * Validates one route's inputs against the spec. Path, query, header and form
 * values arrive as text, so they are coerced to the schema's types (a single
 * value becomes a one-item array where the spec wants an array).
 */
export class RouteValidator {
  private readonly validate: ValidateFunction;

  constructor(private readonly route: RouteEntry, ajv: Ajv) {
    const properties = Object.fromEntries(route.parameters.map((parameter) => [parameter.name, parameter.schema]));
    const required = route.parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name);
    this.validate = ajv.compile({ type: "object", properties, ...(required.length > 0 ? { required } : {}) });
  }

  /** Checks (and coerces, in place) the collected inputs; returns the problems, if any. */
  problems(inputs: Record<string, unknown>): FieldProblem[] {
    if (this.validate(inputs)) return [];
    return (this.validate.errors ?? []).map((error) => {
      const path = error.instancePath.split("/").slice(1);
      const missing = typeof error.params["missingProperty"] === "string" ? error.params["missingProperty"] : undefined;
      const field = [...path, ...(missing !== undefined && path.length > 0 ? [missing] : [])].join(".") || missing || "request";
      const top = path[0] ?? missing ?? "";
      const source = this.route.parameters.find((parameter) => parameter.name === top)?.in ?? "request";
      const allowed = Array.isArray(error.params["allowedValues"]) ? ` (${(error.params["allowedValues"] as unknown[]).join(", ")})` : "";
      return { field, in: source, message: `${missing !== undefined ? "is required" : (error.message ?? "is invalid")}${allowed}` };
    });
  }
}

export function createAjv(): Ajv {
  return addFormats(new Ajv({ allErrors: true, strict: false, coerceTypes: "array" }));
}

/** Reads each declared input from where the route says it comes: path, query, header or body. */
export async function collectInputs(context: Context, route: RouteEntry, pathNames: Map<string, string>): Promise<Record<string, unknown>> {
  const body = route.parameters.some((parameter) => parameter.in === "body") ? await readBody(context) : {};
  const inputs: Record<string, unknown> = {};
  for (const parameter of route.parameters) {
    let value: unknown;
    if (parameter.in === "path") value = context.req.param(pathNames.get(parameter.name)!);
    else if (parameter.in === "query") value = parameter.schema["type"] === "array" ? context.req.queries(parameter.name) : context.req.query(parameter.name);
    else if (parameter.in === "header") value = context.req.header(parameter.name);
    else value = "body" in parameter.feeds ? (Object.keys(body).length > 0 ? body : undefined) : body[parameter.name];
    if (value !== undefined) setOwn(inputs, parameter.name, value);
  }
  return inputs;
}

export class BodyError extends Error {}

/** A body in a type the adapter does not read: answered with 415, never guessed at. */
export class UnsupportedMediaError extends Error {}

async function readBody(context: Context): Promise<Record<string, unknown>> {
  const type = context.req.header("content-type") ?? "";
  if (type.includes("application/json")) {
    let parsed: unknown;
    try {
      parsed = await context.req.json();
    } catch {
      throw new BodyError("the body is not valid JSON");
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new BodyError("the JSON body must be an object");
    return parsed as Record<string, unknown>;
  }
  if (type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")) {
    let form: Record<string, unknown>;
    try {
      form = await context.req.parseBody({ all: true });
    } catch {
      throw new BodyError("the form body is malformed");
    }
    return Object.fromEntries(Object.entries(form).filter(([, value]) => typeof value === "string" || Array.isArray(value)));
  }
  const text = await context.req.text();
  if (text.trim() !== "") throw new UnsupportedMediaError("send the body as application/json, application/x-www-form-urlencoded or multipart/form-data");
  return {};
}

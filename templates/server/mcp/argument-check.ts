import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { closestName, describeUnknown, unknownArguments } from "./strict-arguments.js";
import type { JsonSchema } from "./tool-types.js";

// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/**
 * Checks tool arguments before anything goes upstream: unknown names first
 * (with the name each most likely meant), then the input schema.
 */
export class ArgumentChecker {
  private readonly ajv = addFormats(new Ajv({ allErrors: true, strict: false, verbose: true }));
  private readonly validators = new Map<string, { schema: JsonSchema; validate: ValidateFunction }>();

  add(name: string, schema: JsonSchema): void {
    this.validators.set(name, { schema, validate: this.ajv.compile(schema) });
  }

  /** A readable complaint, or undefined when the arguments fit. */
  check(name: string, args: unknown): string | undefined {
    const entry = this.validators.get(name);
    if (entry === undefined) return `no input schema for ${name}`;
    const unknown = unknownArguments(entry.schema, args);
    if (unknown.length > 0) return describeUnknown(unknown);
    if (entry.validate(args)) return undefined;
    return (entry.validate.errors ?? []).map((error) => `${error.instancePath === "" ? "arguments" : error.instancePath.slice(1).replace(/\//g, ".")} ${error.message ?? "is invalid"}${allowed(error.params, error.data)}`).join("; ");
  }
}

/** Lists the allowed values of a short enum; for a long one, names the closest to what was given. */
function allowed(params: Record<string, unknown>, given: unknown): string {
  const values = params["allowedValues"];
  if (!Array.isArray(values)) return "";
  if (values.length <= 20) return ` (${values.join(", ")})`;
  const closest = typeof given === "string" ? closestName(given, values.map(String)) : undefined;
  return ` (one of ${values.length} values${closest === undefined ? "" : `; did you mean ${JSON.stringify(closest)}?`})`;
}

import type { RunContext } from "../../context.ts";
import type { ArgumentBinding, Operation, Schema } from "../../model/types.ts";
import type { RawCapability, RawInput } from "./raw.ts";

/** Parameter names compared as the author most likely meant them: `FlexMetadata` is `Flex-Metadata`. */
export function matchesName(specName: string, declaredName: string): boolean {
  const plain = (name: string) => name.toLowerCase().replace(/[-_.]/g, "");
  return plain(specName) === plain(declaredName);
}

/**
 * What the exposing side says about a consumed operation's argument: Ikanos
 * declares types on the tool or route inputs that `with:` maps onto it.
 */
export function inputHints(raw: RawCapability): (namespace: string, operation: string) => (argument: string) => RawInput | undefined {
  const callers = [...raw.tools, ...raw.restResources.flatMap((resource) => resource.operations)];
  return (namespace, operation) => (argument) => {
    for (const caller of callers) {
      if (caller.call !== `${namespace}.${operation}`) continue;
      const binding = caller.with.find((entry) => entry.argument === argument);
      const name = binding?.source.kind === "input" ? binding.source.name : undefined;
      const found = caller.declaredInputs.find((input) => input.name === name);
      if (found) return found;
    }
    return undefined;
  };
}

const SCHEMAS: Record<string, Schema> = {
  string: { type: "string" },
  number: { type: "number" },
  integer: { type: "integer" },
  boolean: { type: "boolean" },
  array: { type: "array", items: { type: "unknown" } },
  object: { type: "object", properties: [], additionalProperties: true },
};

/** A query or header input the spec does not know: kept under its own name, with the declared type and `required`. */
export function declaredArgument(ctx: RunContext, input: RawInput, operation: Operation, hint: RawInput | undefined): ArgumentBinding | undefined {
  if (input.in !== "query" && input.in !== "header") {
    ctx.warn(input.place, `input ${JSON.stringify(input.name)} (in: ${input.in}) has no counterpart in ${operation.operationId}, and only query and header inputs can be sent as declared; it is ignored`);
    return undefined;
  }
  const type = input.type ?? hint?.type ?? "string";
  const schema = SCHEMAS[type];
  if (schema === undefined) {
    ctx.warn(input.place, `input ${JSON.stringify(input.name)} has type ${JSON.stringify(type)}, which is not a JSON type; read as string`);
  }
  const required = input.required ?? hint?.required ?? false;
  const target: Extract<ArgumentBinding["target"], { kind: "declared" }> = { kind: "declared", parameter: input.name, location: input.in, required, schema: schema ?? { type: "string" } };
  const description = input.description ?? hint?.description;
  if (description !== undefined) target.description = description;
  ctx.warn(input.place, `input ${JSON.stringify(input.name)} (in: ${input.in}) is not in the spec of ${operation.operationId}; it is sent as declared (${type}${required ? ", required" : ""})`);
  return { argument: input.name, target };
}

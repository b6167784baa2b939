import type { CapabilityOperation, ObjectSchema, Operation, ParameterLocation, Schema, WithBinding } from "../model/types.ts";

/** Where one caller input goes on the upstream request. `body` is the whole request body. */
export type Feed = { location: ParameterLocation; parameter: string; /** Not in the spec: sent as declared, beside the client call. */ undeclared?: true } | { body: true };

/** One input a caller (MCP tool argument, REST request parameter) gives, and what it feeds. */
export interface Input {
  name: string;
  required: boolean;
  feeds: Feed;
  schema: Schema;
  description?: string;
}

/** A value a `with:` mapping fixes, not taken from the caller. */
export interface FixedInput {
  feeds: Feed;
  value: string;
}

/** An API operation's inputs: each parameter under its wire name, and `body` for a JSON body. */
export function operationInputs(operation: Operation): Input[] {
  const inputs: Input[] = operation.parameters.map((parameter) => {
    const input: Input = { name: parameter.name, required: parameter.required, feeds: { location: parameter.location, parameter: parameter.name }, schema: parameter.schema };
    if (parameter.description !== undefined) input.description = parameter.description;
    return input;
  });
  if (operation.jsonBody) inputs.push({ name: "body", required: operation.jsonBody.required, feeds: { body: true }, schema: operation.jsonBody.schema, description: "Request body (JSON)." });
  return inputs;
}

/** The request body as one schema: the form fields as an object, or the JSON body's schema. */
export function bodySchema(operation: Operation): { schema: Schema; required: boolean } {
  if (operation.jsonBody) return { schema: operation.jsonBody.schema, required: operation.jsonBody.required };
  const fields = operation.parameters.filter((parameter) => parameter.location === "form");
  const schema: ObjectSchema = { type: "object", properties: fields.map((field) => ({ name: field.name, required: field.required, schema: field.schema })), description: "Request body: the operation's form fields." };
  return { schema, required: fields.some((field) => field.required) };
}

/**
 * A capability call's inputs, traced through `with:`: `Sid: tools.Sid` makes the
 * caller's `Sid` feed the spec parameter that the bound argument `Sid` maps to.
 */
export function capabilityInputs(bound: CapabilityOperation, bindings: WithBinding[], operation: Operation): { inputs: Input[]; fixed: FixedInput[] } {
  const inputs: Input[] = [];
  const fixed: FixedInput[] = [];
  for (const binding of bindings) {
    const argument = bound.arguments.find((candidate) => candidate.argument === binding.argument);
    if (argument === undefined) continue;
    const target = argument.target;
    const feeds: Feed = target.kind === "body" ? { body: true } : target.kind === "declared" ? { location: target.location, parameter: target.parameter, undeclared: true } : { location: target.location, parameter: target.parameter };
    if (binding.source.kind === "literal") {
      fixed.push({ feeds, value: binding.source.value });
      continue;
    }
    if (target.kind === "declared") {
      const input: Input = { name: binding.source.name, required: target.required, feeds, schema: target.schema };
      if (target.description !== undefined) input.description = target.description;
      inputs.push(input);
      continue;
    }
    if (target.kind === "body") {
      const body = bodySchema(operation);
      inputs.push({ name: binding.source.name, required: body.required, feeds, schema: body.schema, description: body.schema.description ?? "Request body." });
      continue;
    }
    const parameter = operation.parameters.find((candidate) => candidate.name === target.parameter && candidate.location === target.location);
    if (parameter === undefined) continue;
    const input: Input = { name: binding.source.name, required: parameter.required, feeds, schema: parameter.schema };
    if (parameter.description !== undefined) input.description = parameter.description;
    inputs.push(input);
  }
  return { inputs, fixed };
}

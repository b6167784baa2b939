import type { ApiModel, Operation, Parameter, Schema } from "../../model/types.ts";
import { bindingName, camelCase } from "../../names.ts";
import { optionKey } from "../../../templates/runtime/option-keys.ts";
import type { CallRoute, CallTable } from "../client/calls.ts";
import type { ClientPlan } from "../client/plan.ts";
import { propertyName } from "../ts.ts";

/** `variables`: path values as named variables (compact, for tables); `samples`: literal values that satisfy the spec (runnable). */
export type PathStyle = "variables" | "samples";

/**
 * A client call as a user writes it, from the same call table the servers
 * walk: `client.conversations.v1.services(chatServiceSid).roles.create({ … })`.
 * Every spec-derived value is a JSON literal, so spec text stays data.
 */
export function callExpression(plan: ClientPlan, table: CallTable, operation: Operation, style: PathStyle): string {
  const route = table.operations[operation.operationId]!;
  const { chain, values } = accountShortcut(plan, route, pathArguments(operation, style));
  let expression = `client.${table.domain}.${table.version}`;
  for (const step of chain) {
    expression += `.${step.name}`;
    if (step.call === "instance") expression += `(${values.splice(0, step.arity ?? 1).join(", ")})`;
    else if (step.call === "singleton") expression += "()";
  }
  const method = route.kind === "remove" ? "remove" : route.kind;
  const options = optionsLiteral(operation, plan.api);
  const args = route.takesParams && options !== "{}" ? options : "";
  return `${expression}.${method}(${args})`;
}

/** On api.twilio.com, `client.api.v2010.messages` stands for `accounts(own).messages`, as in twilio-node. */
function accountShortcut(plan: ClientPlan, route: CallRoute, values: string[]): { chain: CallRoute["chain"]; values: string[] } {
  const first = route.chain[0];
  const mirrored = plan.account !== undefined && first?.name === plan.account.accessor && first.call === "instance" && route.chain.length > 1 && !plan.roots.some((root) => root.accessor === route.chain[1]!.name);
  return mirrored ? { chain: route.chain.slice(1), values: values.slice(1) } : { chain: route.chain, values };
}

function pathArguments(operation: Operation, style: PathStyle): string[] {
  return operation.parameters.filter((parameter) => parameter.location === "path").map((parameter) => (style === "variables" ? bindingName(camelCase(parameter.name)) : literal(parameter.schema, parameter.name)));
}

/** The required options (a list adds `limit`; an update with none required shows its first field). */
function optionsLiteral(operation: Operation, api: ApiModel): string {
  const inputs = operation.parameters.filter((parameter) => parameter.location !== "path" && parameter.name !== "PageSize" && parameter.name !== "Page" && parameter.name !== "PageToken");
  const shown: Array<[string, string]> = inputs.filter((parameter) => parameter.required).map((parameter) => [propertyName(optionKey(parameter.name)), literal(parameter.schema, parameter.name)]);
  if (operation.jsonBody) shown.push(...jsonBodyFields(operation.jsonBody.schema, api));
  if (shown.length === 0 && (operation.kind === "update" || operation.kind === "patch")) {
    const first: Parameter | undefined = inputs.find((parameter) => parameter.location === "form");
    if (first) shown.push([propertyName(optionKey(first.name)), literal(first.schema, first.name)]);
  }
  if (operation.kind === "list") shown.push(["limit", "20"]);
  return shown.length === 0 ? "{}" : `{ ${shown.map(([key, value]) => `${key}: ${value}`).join(", ")} }`;
}

function jsonBodyFields(schema: Schema, api: ApiModel): Array<[string, string]> {
  const object = schema.type === "ref" ? api.schemas.find((candidate) => candidate.name === schema.name)?.schema : schema;
  if (object?.type !== "object") return [];
  return object.properties.filter((property) => property.required).map((property) => [propertyName(property.name), literal(property.schema, property.name, api)]);
}

/** A JavaScript literal meeting the schema: SIDs from their pattern, the first enum value, dates as Date. */
export function literal(schema: Schema, name: string, api?: ApiModel, depth = 0): string {
  switch (schema.type) {
    case "string": {
      if (schema.format === "date-time") return 'new Date("2024-05-01T10:20:30Z")';
      if (schema.format === "uri") return JSON.stringify("https://example.com/callback");
      const sid = schema.pattern === undefined ? undefined : /^\^?([A-Z]{2})\[0-9a-f(?:A-F)?\]\{32\}\$?$/.exec(schema.pattern);
      if (sid) return JSON.stringify(`${sid[1]}${"a".repeat(32)}`);
      if (/PhoneNumber|^To$|^From$/.test(name)) return JSON.stringify("+15005550006");
      return JSON.stringify(camelCase(name) || "value");
    }
    case "integer":
    case "number":
      return String(schema.minimum ?? 1);
    case "boolean":
      return "true";
    case "enum":
      return JSON.stringify(schema.values[0] ?? "");
    case "array":
      return `[${literal(schema.items, name, api, depth + 1)}]`;
    case "object": {
      if (depth > 4) return "{}";
      const required = schema.properties.filter((property) => property.required);
      return required.length === 0 ? "{}" : `{ ${required.map((property) => `${propertyName(property.name)}: ${literal(property.schema, property.name, api, depth + 1)}`).join(", ")} }`;
    }
    case "ref": {
      const named = api?.schemas.find((candidate) => candidate.name === schema.name)?.schema;
      return named && depth <= 4 ? literal(named, name, api, depth + 1) : "{}";
    }
    default:
      return "{}";
  }
}

import type { Operation, Schema } from "../../model/types.ts";
import { bindingName, camelCase, fileStem, humanTitle, UniqueNames } from "../../names.ts";
import { fieldKey, optionKey } from "../../../templates/runtime/option-keys.ts";
import type { CallTable } from "../client/calls.ts";
import type { ClientPlan, ResourcePlan } from "../client/plan.ts";
import { callExpression } from "./calls.ts";
import { cell, code, fence, inline, table } from "./markdown.ts";

export interface ResourcePage {
  file: string;
  content: string;
}

/**
 * `docs/<resource>.md` for each resource: its properties, and each operation
 * with its parameters, a runnable sample and the spec's example response.
 */
export function resourcePages(plan: ClientPlan, calls: CallTable): ResourcePage[] {
  const pages: ResourcePage[] = [];
  // taskrouter has taskQueues.statistics and taskQueues(sid).statistics: same trail, two pages.
  const files = new UniqueNames();
  const visit = (resource: ResourcePlan, path: string[]) => {
    const trail = [...path, resource.resource.mountName];
    if (Object.keys(resource.operations).length > 0) pages.push({ file: `docs/${files.claim(fileStem(trail.join("-")))}.md`, content: page(plan, calls, resource) });
    for (const child of [...resource.listChildren, ...resource.children]) visit(child, trail);
  };
  for (const root of plan.roots) visit(root, []);
  return pages;
}

function page(plan: ClientPlan, calls: CallTable, resource: ResourcePlan): string {
  const paths = [resource.resource.listPath, resource.resource.instancePath].filter((path): path is string => path !== undefined);
  const sections = [`# ${inline(humanTitle(resource.typeBase))}`, inline(resource.resource.description ?? ""), `Paths: ${paths.map((path) => code(path)).join(", ")}.`];
  if (resource.callable === "singleton") sections.push("This resource is a singleton: it exists once per parent, and you fetch or update it rather than create it.");
  if (resource.instanceSchema) sections.push("## Properties", propertiesTable(resource.instanceSchema.properties));
  for (const operation of Object.values(resource.operations)) sections.push(operationSection(plan, calls, resource, operation));
  return `${sections.filter((section) => section !== "").join("\n\n")}\n`;
}

function propertiesTable(properties: Array<{ name: string; required: boolean; schema: Schema }>): string {
  const rows = properties.map((property) => [
    `${code(property.name)} (${code(fieldKey(property.name))})`,
    typeName(property.schema),
    property.required ? "yes" : "no",
    property.schema.pii ?? "",
    property.schema.type === "string" && property.schema.pattern !== undefined ? code(property.schema.pattern) : "",
    property.schema.type === "enum" ? property.schema.values.map((value) => code(value)).join(", ") : "",
    cell(property.schema.description),
  ]);
  return table(["Property (instance field)", "Type", "Required", "PII", "Pattern", "Values", "Description"], rows);
}

function operationSection(plan: ClientPlan, calls: CallTable, resource: ResourcePlan, operation: Operation): string {
  const parameters = operation.parameters.map((parameter) => [
    `${code(parameter.name)}${parameter.location === "path" ? "" : ` (${code(optionKey(parameter.name))})`}`,
    parameter.location,
    typeName(parameter.schema),
    parameter.required ? "yes" : "no",
    cell(parameter.description),
  ]);
  const parts = [`## ${inline(humanTitle(operation.operationId))}: \`${operation.method} ${operation.path}\``, inline(operation.description ?? operation.summary ?? "")];
  if (parameters.length > 0) parts.push(table(["Parameter (option)", "In", "Type", "Required", "Description"], parameters));
  parts.push("Example:", fence(sample(plan, calls, resource, operation), "js"));
  if (operation.success.example !== undefined) parts.push(`Example response (HTTP ${operation.success.status}):`, fence(JSON.stringify(operation.success.example, null, 2), "json"));
  return parts.filter((part) => part !== "").join("\n\n");
}

/** A whole program: runs as JavaScript (Node 20, ESM) and type-checks as TypeScript against the package. */
function sample(plan: ClientPlan, calls: CallTable, resource: ResourcePlan, operation: Operation): string {
  const call = callExpression(plan, calls, operation, "samples");
  const name = bindingName(camelCase(resource.typeBase));
  const body =
    operation.kind === "remove"
      ? [`await ${call};`, `console.log("removed");`]
      : operation.kind === "list"
        ? [`const ${name}List = await ${call};`, `console.log(${name}List.length);`]
        : [`const ${name} = await ${call};`, `console.log(${name});`];
  return [`import twilio from "${plan.packageName}";`, "", "const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);", ...body].join("\n");
}

/** A short type for tables: `string (date-time)`, `enum`, `array of string`. */
function typeName(schema: Schema): string {
  switch (schema.type) {
    case "string":
      return schema.format === undefined ? "string" : `string (${cell(schema.format)})`;
    case "array":
      return `array of ${typeName(schema.items)}`;
    case "enum":
      return schema.name === undefined ? "enum" : `enum (${cell(schema.name)})`;
    case "ref":
    case "union":
    case "unknown":
      return "object";
    default:
      return schema.type;
  }
}

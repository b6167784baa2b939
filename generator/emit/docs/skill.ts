import type { ApiModel, CapabilityModel, GenerationModel, Operation } from "../../model/types.ts";
import { humanTitle } from "../../names.ts";
import { apiToolNames } from "../mcp.ts";
import type { CallTable } from "../client/calls.ts";
import type { ClientPlan, ResourcePlan } from "../client/plan.ts";
import type { ClientView } from "../client/views.ts";
import { specOperation } from "../routes.ts";
import { callExpression } from "./calls.ts";
import { cell, code, frontMatter, inline, table } from "./markdown.ts";

/** SKILL.md for an API: how to call every operation, correct on auth, pagination and singletons. */
export function apiSkill(api: ApiModel, plan: ClientPlan, table_: CallTable): string {
  const names = apiToolNames(api);
  const sections = [
    frontMatter({ name: `twilio-${api.id}`, description: `Call Twilio's ${displayName(api)} API (${api.id}, ${api.operations.length} operations) through the generated TypeScript client ${plan.packageName} or its MCP tools.` }),
    `# Twilio ${inline(displayName(api))} (${api.id})`,
    setupSection(api, plan),
    conventionsSection(api, plan, table_),
    "## Endpoints",
    "Each row: the HTTP call, what it does, the client call (path values as variables), and the MCP tool in `mcp.json`.",
    ...plan.roots.map((root) => endpointGroup(root, plan, table_, names)),
    questionsSection(plan, table_),
  ];
  return `${sections.join("\n\n")}\n`;
}

function setupSection(api: ApiModel, plan: ClientPlan): string {
  const lines = [
    "## Setup and auth",
    `- Base URL: \`${api.baseUrl}\`. The client's \`baseUrl\`, \`edge\` and \`region\` options (or \`TWILIO_BASE_URL\`, \`TWILIO_EDGE\`, \`TWILIO_REGION\`) change it.`,
  ];
  if (api.auth.basic) {
    lines.push(
      "- Auth is HTTP Basic: the account SID (`AC…`) and auth token, or an API key SID (`SK…`) and its secret with the account SID passed as `accountSid`. It is not a bearer token.",
      "```ts",
      `import twilio from "${plan.packageName}";`,
      "",
      "const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);",
      "// or: twilio(process.env.TWILIO_API_KEY, process.env.TWILIO_API_SECRET, { accountSid: process.env.TWILIO_ACCOUNT_SID })",
      "```",
    );
  }
  if (api.auth.oauth2) lines.push(`- Auth is an OAuth2 bearer token from the client-credentials flow at \`${api.auth.oauth2.tokenUrl}\`: pass it as \`twilio(undefined, undefined, { accessToken })\`.`);
  return lines.join("\n");
}

function conventionsSection(api: ApiModel, plan: ClientPlan, table_: CallTable): string {
  const singletons = plan.all
    .filter((resource) => resource.callable === "singleton" && resource.operations.fetch !== undefined)
    .map((resource) => code(callExpression(plan, table_, resource.operations.fetch!, "variables").replace(/^client\.[^.]+\.[^.]+\./, "").replace(/\.fetch\(\)$/, "")));
  const lines = [
    "## Conventions",
    "- Pagination: a list request takes `PageSize` (the spec caps it per list), `Page` and `PageToken`. Each page's `meta.next_page_url` links the next one, and it is null on the last. The client follows the links: `list({ limit })` collects, `each(...)` calls back, `page()`/`getPage(url)` give one page, and `iterate()` serves `for await`. Pages are not numbered by offset.",
    "- Errors: a non-2xx answer carries JSON `{ code, message, more_info, status }`. The client rejects with a `RestException` holding `status`, `code`, `message`, `moreInfo` and `details`.",
    "- Requests: POST bodies are forms (`application/x-www-form-urlencoded`, arrays as repeated keys); the client takes camelCase options (`friendlyName`, `'timers.inactive'`).",
  ];
  if (singletons.length > 0) lines.push(`- Singletons, each one per parent, fetched and updated but never created or listed: ${singletons.join(", ")}.`);
  if (plan.account) lines.push("- Account scope: `client.api.v2010.messages` is `accounts(<your account SID>).messages`; `client.api.v2010.account` is your own account.");
  if (api.operations.some((operation) => operation.jsonBody)) lines.push("- A few operations take a JSON body instead of a form; their options are the body's fields.");
  return lines.join("\n");
}

function endpointGroup(root: ResourcePlan, plan: ClientPlan, table_: CallTable, names: Map<string, string>): string {
  const rows: string[][] = [];
  const visit = (resource: ResourcePlan) => {
    for (const operation of Object.values(resource.operations)) {
      rows.push([operation.method, code(operation.path), cell(operation.summary ?? operation.description), code(callExpression(plan, table_, operation, "variables")), code(names.get(operation.operationId)!)]);
    }
    for (const child of [...resource.listChildren, ...resource.children]) visit(child);
  };
  visit(root);
  if (rows.length === 0) return "";
  return `### ${inline(humanTitle(root.accessor))}\n\n${table(["Method", "Path", "Description", "Client call", "MCP tool"], rows)}`;
}

/** Intents a user would ask, mapped to calls: create and list per top-level resource, fetch and update for singletons. */
function questionsSection(plan: ClientPlan, table_: CallTable): string {
  const lines = ["## Common questions"];
  for (const resource of plan.all) {
    const thing = humanTitle(resource.typeBase).toLowerCase();
    const { create, list, fetch, update } = resource.operations;
    if (resource.callable === "singleton") {
      if (fetch) lines.push(`- How do I read the ${thing}? ${code(callExpression(plan, table_, fetch, "variables"))}`);
      if (update) lines.push(`- How do I change the ${thing}? ${code(callExpression(plan, table_, update, "variables"))}. There is nothing to create.`);
    } else if (plan.roots.includes(resource)) {
      if (create) lines.push(`- How do I add a ${thing}? ${code(callExpression(plan, table_, create, "variables"))}`);
      if (list) lines.push(`- How do I list ${humanTitle(resource.accessor).toLowerCase()}? ${code(callExpression(plan, table_, list, "variables"))}`);
    }
  }
  lines.push("- How do I get the next page? Keep calling with the same client: `list`/`each`/`iterate` follow `meta.next_page_url` for you, or pass it to `getPage(url)`.");
  lines.push("- What if a call fails? `catch (error)`: `error instanceof RestException`, then `error.code` is Twilio's error code and `error.moreInfo` links its page.");
  return lines.join("\n");
}

/** SKILL.md for a capability: its declared tools and routes, and the calls behind them. */
export function capabilitySkill(model: GenerationModel, capability: CapabilityModel, views: Map<string, ClientView>): string {
  const rows = capability.tools.map((tool) => {
    const bound = capability.operations.find((operation) => operation.name === tool.operation)!;
    const { api, operation } = specOperation(model, bound);
    return [code(tool.name), cell(tool.description), hints(tool.hints), `${operation.method} ${code(operation.path)}`, code(clientCall(views.get(api.id)!, operation))];
  });
  const routes = capability.routes.map((route) => {
    const bound = capability.operations.find((operation) => operation.name === route.operation)!;
    const { operation } = specOperation(model, bound);
    return [route.method, code(route.path), cell(route.description), `${operation.method} ${code(operation.path)} (${operation.operationId})`];
  });
  const apis = [...new Set(capability.operations.map((operation) => operation.apiId))].map((id) => model.apis.find((api) => api.id === id)!);
  return `${[
    frontMatter({ name: `twilio-${capability.id}`, description: capability.description ?? capability.label }),
    `# ${inline(capability.label)}`,
    "## Setup and auth",
    `- Upstream: ${apis.map((api) => `\`${api.baseUrl}\` (${api.id})`).join(", ")}. HTTP Basic auth with \`TWILIO_ACCOUNT_SID\` and \`TWILIO_AUTH_TOKEN\`, or \`TWILIO_API_KEY\`, \`TWILIO_API_SECRET\` and \`TWILIO_ACCOUNT_SID\`; \`TWILIO_BASE_URL\` overrides the upstream.`,
    `- MCP: \`npm run mcp -- ${capability.id}\` (${capability.mcp.transport === "http" ? `Streamable HTTP on port ${capability.mcp.port ?? 9090}, or \`--stdio\`` : `stdio) or \`--http\` (port ${capability.mcp.port ?? 9090}`}). REST: \`npm run rest -- ${capability.id}\` (port ${capability.rest.port ?? 8080}).`,
    ...(capability.credentials ? [`- Credentials: this capability names ${Object.values(capability.credentials).map((name) => `\`${name}\``).join(" and ")}; without them the standard variables above are used.`] : []),
    "## Tools",
    table(["Tool", "Description", "Hints", "Calls", "Client call"], rows),
    "## Routes",
    table(["Method", "Path", "Description", "Calls"], routes),
    "## Conventions",
    "- Lists page with `PageSize`, `Page` and `PageToken`; follow `meta.next_page_url` for the next page. Errors carry Twilio's `code` and `message`.",
  ].join("\n\n")}\n`;
}

/** `Twilio - Conversations` → `Conversations`. */
function displayName(api: ApiModel): string {
  return (api.title || api.id).replace(/^Twilio\s*-\s*/i, "");
}

function hints(values: Partial<Record<"readOnly" | "destructive" | "idempotent", boolean>>): string {
  return (["readOnly", "destructive", "idempotent"] as const).filter((key) => values[key]).join(", ") || "none";
}

function clientCall(view: ClientView, operation: Operation): string {
  return callExpression(view.plan, view.calls, operation, "variables");
}

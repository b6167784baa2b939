import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CallTable } from "../emit/client/calls.ts";
import type { FixedInput, Input } from "../emit/inputs.ts";
import type { McpTool, ToolBinding } from "../emit/mcp.ts";
import type { RouteEntry } from "../emit/routes.ts";

/** A capability or an API, as generated: what the servers need to run it. */
export interface ServeTarget {
  id: string;
  kind: "api" | "capability";
  tools: McpTool[];
  bindings: Record<string, ToolBinding>;
  routes: RouteEntry[];
  defaultRestPort: number;
  defaultMcpPort: number;
  /** Call tables of the APIs this target uses, by API id, with their package folder. */
  apis: Map<string, { table: CallTable; directory: string }>;
}

export interface CallBinding {
  api: string;
  operationId: string;
  inputs: Array<Pick<Input, "name" | "feeds">>;
  fixed?: FixedInput[];
}

export class TargetError extends Error {}

/** Finds `generated/<id>` (an API) or `generated/capabilities/<id>`, refusing anything else by name. */
export function loadTarget(generatedDirectory: string, id: string): ServeTarget {
  const available = availableTargets(generatedDirectory);
  const match = available.find((candidate) => candidate.id === id);
  if (match === undefined) {
    throw new TargetError(`unknown target ${JSON.stringify(id)}; available: ${available.map((candidate) => candidate.id).join(", ") || "none (run npm run generate)"}`);
  }
  const directory = match.kind === "api" ? join(generatedDirectory, id) : join(generatedDirectory, "capabilities", id);
  const manifest = readJson<{ tools: McpTool[] }>(join(directory, "mcp.json"));
  const bindingFile = readJson<{ port: number; tools: Record<string, ToolBinding> }>(join(directory, "mcp.bindings.json"));
  const bindings = bindingFile.tools;
  const routeTable = readJson<{ routes: RouteEntry[]; port?: number }>(join(directory, "routes.json"));
  const apiIds = new Set([...Object.values(bindings).map((binding) => binding.api), ...routeTable.routes.map((route) => route.operation.api)]);
  const apis = new Map([...apiIds].sort().map((api) => [api, { table: readJson<CallTable>(join(generatedDirectory, api, "calls.json")), directory: join(generatedDirectory, api) }] as const));
  return { id, kind: match.kind, tools: manifest.tools, bindings, routes: routeTable.routes, defaultRestPort: routeTable.port ?? 8080, defaultMcpPort: bindingFile.port, apis };
}

export function availableTargets(generatedDirectory: string): Array<{ id: string; kind: "api" | "capability" }> {
  if (!existsSync(generatedDirectory)) return [];
  const apis = readdirSync(generatedDirectory).filter((name) => existsSync(join(generatedDirectory, name, "calls.json")));
  const capabilitiesDirectory = join(generatedDirectory, "capabilities");
  const capabilities = existsSync(capabilitiesDirectory) ? readdirSync(capabilitiesDirectory).filter((name) => existsSync(join(capabilitiesDirectory, name, "mcp.json"))) : [];
  return [...capabilities.map((id) => ({ id, kind: "capability" as const })), ...apis.map((id) => ({ id, kind: "api" as const }))];
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { BindingsFile, CallTable, CredentialVariables, FixedInput, McpTool, RouteEntry, RoutesFile, ToolBinding } from "./tables.js";

/** A capability or an API, as generated: what the servers need to run it. */
export interface ServeTarget {
  id: string;
  kind: "api" | "capability";
  tools: McpTool[];
  bindings: Record<string, ToolBinding>;
  routes: RouteEntry[];
  defaultRestPort: number;
  defaultMcpPort: number;
  /** What a capability declares for its MCP server: name, instructions, and the transport to use by default. */
  mcp: { name?: string; instructions?: string; transport?: "http" | "stdio" };
  /** The REST adapter's declared namespace. */
  restNamespace?: string;
  /** Variables the capability names for its credentials; the standard TWILIO_* ones are the fallback. */
  credentials?: CredentialVariables;
  /** Call tables of the APIs this target uses, by API id, with the folder of each client package. */
  apis: Map<string, { table: CallTable; directory: string }>;
}

export interface CallBinding {
  api: string;
  operationId: string;
  inputs: Array<{ name: string; feeds: ToolBinding["inputs"][number]["feeds"] }>;
  fixed?: FixedInput[];
}

/** What a server package says about itself in `server.json`. */
export interface ServerDescription {
  id: string;
  kind: "api" | "capability";
  /** Client package name of each API the target calls. */
  apis: Record<string, string>;
}

export class TargetError extends Error {}

/**
 * The target of an installed server package: its own tables (a capability) or
 * its client package's (an API). Client packages resolve as dependencies.
 */
export function loadPackageTarget(packageDirectory: string): ServeTarget {
  const description = readJson<ServerDescription>(join(packageDirectory, "server.json"));
  const locate = (api: string) => resolvePackage(packageDirectory, description.apis[api] ?? api);
  const tables = description.kind === "api" ? locate(description.id) : packageDirectory;
  return readTarget(description.id, description.kind, tables, locate);
}

/**
 * A target inside a generated tree: `DIR/capabilities/<id>` or `DIR/<id>`, the
 * layout `npm run generate` writes, wherever `--out` put it.
 */
export function loadTarget(generatedDirectory: string, id: string): ServeTarget {
  const available = availableTargets(generatedDirectory);
  const match = available.find((candidate) => candidate.id === id);
  if (match === undefined) {
    throw new TargetError(`unknown target ${JSON.stringify(id)} in ${generatedDirectory}; available: ${available.map((candidate) => candidate.id).join(", ") || "none (run npm run generate)"}`);
  }
  const directory = match.kind === "api" ? join(generatedDirectory, id) : join(generatedDirectory, "capabilities", id);
  return readTarget(id, match.kind, directory, (api) => {
    const local = join(generatedDirectory, api);
    if (!existsSync(join(local, "calls.json"))) throw new TargetError(`${id} calls API ${api}, but ${local} has no calls.json: generate it into the same directory`);
    return local;
  });
}

export function availableTargets(generatedDirectory: string): Array<{ id: string; kind: "api" | "capability" }> {
  if (!existsSync(generatedDirectory)) return [];
  const apis = readdirSync(generatedDirectory).filter((name) => existsSync(join(generatedDirectory, name, "calls.json")));
  const capabilitiesDirectory = join(generatedDirectory, "capabilities");
  const capabilities = existsSync(capabilitiesDirectory) ? readdirSync(capabilitiesDirectory).filter((name) => existsSync(join(capabilitiesDirectory, name, "mcp.json"))) : [];
  return [...capabilities.map((id) => ({ id, kind: "capability" as const })), ...apis.map((id) => ({ id, kind: "api" as const }))];
}

function readTarget(id: string, kind: "api" | "capability", directory: string, locateApi: (api: string) => string): ServeTarget {
  const manifest = readJson<{ tools: McpTool[] }>(join(directory, "mcp.json"));
  const bindingFile = readJson<BindingsFile>(join(directory, "mcp.bindings.json"));
  const routeTable = readJson<RoutesFile>(join(directory, "routes.json"));
  const apiIds = new Set([...Object.values(bindingFile.tools).map((binding) => binding.api), ...routeTable.routes.map((route) => route.operation.api)]);
  const apis = new Map(
    [...apiIds].sort().map((api) => {
      const apiDirectory = locateApi(api);
      return [api, { table: readJson<CallTable>(join(apiDirectory, "calls.json")), directory: apiDirectory }] as const;
    }),
  );
  const target: ServeTarget = { id, kind, tools: manifest.tools, bindings: bindingFile.tools, routes: routeTable.routes, defaultRestPort: routeTable.port ?? 8080, defaultMcpPort: bindingFile.port, mcp: mcpDeclarations(bindingFile), apis };
  if (routeTable.namespace !== undefined) target.restNamespace = routeTable.namespace;
  const credentials = bindingFile.credentials ?? routeTable.credentials;
  if (credentials !== undefined) target.credentials = credentials;
  return target;
}

function mcpDeclarations(file: BindingsFile): ServeTarget["mcp"] {
  const declared: ServeTarget["mcp"] = {};
  if (file.name !== undefined) declared.name = file.name;
  if (file.instructions !== undefined) declared.instructions = file.instructions;
  if (file.transport !== undefined) declared.transport = file.transport;
  return declared;
}

/** The folder of an installed dependency, found as Node finds it from the server package. */
function resolvePackage(fromDirectory: string, name: string): string {
  try {
    return dirname(createRequire(join(fromDirectory, "package.json")).resolve(`${name}/package.json`));
  } catch {
    throw new TargetError(`cannot find the client package ${name} from ${fromDirectory}: install it beside this server (npm install ${name})`);
  }
}

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch (error) {
    throw new TargetError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

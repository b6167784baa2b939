import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { DeclaredOutput } from "../shared/output-mapping.js";
import type { DocPage } from "./code-mode.js";
import type { CallOutcome, ServedOperation, ToolBackend } from "./tool-server.js";
import type { ManifestTool } from "./tool-types.js";

/** The parts of a loaded target this module reads; the servers' target loader gives more. */
export interface TargetView {
  id: string;
  tools: ManifestTool[];
  bindings: Record<string, { api: string; operationId: string; output?: DeclaredOutput }>;
  apis: Map<string, { table: { api?: string; client: string; domain: string; version: string; operations: Record<string, { method: string; path: string }> }; directory: string }>;
}

/** Calls one bound operation upstream (the servers' Upstream does this through the generated client). */
export type BindingCaller = (binding: TargetView["bindings"][string], args: Record<string, unknown>, signal: AbortSignal) => Promise<CallOutcome>;

export interface ClientCredentials {
  username: string;
  password: string;
  accountSid?: string;
  baseUrl?: string;
  timeoutMs?: number;
}

type ClientFactory = (username: string, password: string, options: Record<string, unknown>) => Record<string, unknown>;

/**
 * A tool backend over a generated target: its `all`-mode tools with where each
 * goes, the docs of its package folders for `search_docs`, and a client for
 * `execute` built here, on the host side, with the credentials.
 */
export function targetBackend(target: TargetView, options: { name: string; instructions?: string; version: string; call: BindingCaller; credentials: ClientCredentials; docsDirectories: string[]; log: (line: string) => void }): ToolBackend {
  const operations: ServedOperation[] = target.tools.flatMap((tool) => {
    const binding = target.bindings[tool.name];
    const route = binding && target.apis.get(binding.api)?.table.operations[binding.operationId];
    if (binding === undefined || route === undefined) return [];
    const served: ServedOperation = { tool, operationId: binding.operationId, method: route.method, path: route.path };
    if (binding.output !== undefined) served.output = binding.output;
    return [served];
  });
  warmClients(target, options.log);
  return {
    name: options.name,
    ...(options.instructions === undefined ? {} : { instructions: options.instructions }),
    version: options.version,
    operations,
    call: (operation, args, signal) => options.call(target.bindings[operation.tool.name]!, args, signal),
    docs: () => options.docsDirectories.flatMap(readDocs),
    client: () => combinedClient(target, options.credentials),
    log: options.log,
  };
}

/**
 * Loads the client modules at start-up (Node keeps them), so the first call
 * does not pay for it; a failure here is only logged, and the call reports it.
 */
function warmClients(target: TargetView, log: (line: string) => void): void {
  for (const { table, directory } of target.apis.values()) {
    import(pathToFileURL(join(directory, table.client)).href).catch((error: unknown) => log(`cannot load the client of ${table.api ?? directory}: ${(error as Error).message}`));
  }
}

/** SKILL.md and docs/*.md of one package folder, named as the package names them. */
export function readDocs(directory: string): DocPage[] {
  const pages: DocPage[] = [];
  const skill = join(directory, "SKILL.md");
  if (existsSync(skill)) pages.push({ file: "SKILL.md", text: readFileSync(skill, "utf8") });
  const docs = join(directory, "docs");
  if (existsSync(docs)) for (const name of readdirSync(docs).filter((entry) => entry.endsWith(".md")).sort()) pages.push({ file: `docs/${name}`, text: readFileSync(join(docs, name), "utf8") });
  return pages;
}

/** One object with every API of the target under its domain: `{ conversations: { v1 }, flexApi: { v1 } }`. */
async function combinedClient(target: TargetView, credentials: ClientCredentials): Promise<object> {
  const root: Record<string, Record<string, unknown>> = {};
  for (const { table, directory } of target.apis.values()) {
    const module = (await import(pathToFileURL(join(directory, table.client)).href)) as { default: ClientFactory };
    const options: Record<string, unknown> = {};
    if (credentials.baseUrl !== undefined) options["baseUrl"] = credentials.baseUrl;
    if (credentials.accountSid !== undefined) options["accountSid"] = credentials.accountSid;
    if (credentials.timeoutMs !== undefined) options["timeout"] = credentials.timeoutMs;
    const client = module.default(credentials.username, credentials.password, options);
    const domain = client[table.domain] as Record<string, unknown>;
    root[table.domain] = { ...(root[table.domain] ?? {}), [table.version]: domain[table.version] };
  }
  return root;
}

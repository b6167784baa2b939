import { serveStdio } from "@modelcontextprotocol/server/stdio";
import { chooseTarget, GUARD_OPTIONS, GUARD_USAGE, guardPolicy, parseServerCommand, parsePort, runServerCommand, serverLog, upstreamTimeout } from "../shared/command.js";
import { credentialsFromEnvironment } from "../shared/credentials.js";
import { drainOnSignal } from "../shared/listen.js";
import { TargetError } from "../shared/target.js";
import { Upstream } from "../shared/upstream.js";
import { startMcpHttp } from "./http.js";
import { mcpServerFactory, ToolSet } from "./server.js";
import { codeTools } from "./code-mode.js";
import { DISCOVER_TOOLS } from "./discover.js";
import { defaultToolMode, parseToolMode, TOOL_MODES } from "./tool-modes.js";

const USAGE = `usage: <server-package>-mcp [options]        (an installed server package)
       npm run mcp -- <capability-stem|api-id> [--dir DIR] [options]

  (default)            speak MCP over stdio, or what the capability declares (transport: http)
  --http               Streamable HTTP at http://HOST:PORT/mcp
  --stdio              stdio, even when the capability declares transport: http
  --port N             HTTP port (default: the capability's, else 9090; 0 picks a free one)
${GUARD_USAGE}
  --resource R         only tools under resource R, e.g. users (repeatable)
  --tag T              only tools with tag T (repeatable)
  --read-only          only read-only tools
  --tools MODE         all: a tool per operation; discover: search_operations,
                       describe_operation, call_operation; code: search_docs and
                       execute (JavaScript against the client in a sandbox).
                       Default: all for a capability, discover for an API of
                       more than 40 operations
  --output-schemas     all mode: list every tool's output schema (declared
                       outputs are always listed)

Over HTTP, MCP_BEARER_TOKEN (or --token) makes every request need
"Authorization: Bearer <token>"; it is required when --host is not loopback.
Credentials come from TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY,
TWILIO_API_SECRET and TWILIO_ACCOUNT_SID, unless the capability names its own
variables (authentication and binds). TWILIO_BASE_URL overrides the upstream, and
TWILIO_BASE_URL_<API> one API's (TWILIO_BASE_URL_FLEX_V1).`;

const log = serverLog("mcp");
const DRAIN_MS = 10_000;

async function main(argv: string[]): Promise<number> {
  const parsed = parseServerCommand("mcp", argv, {
    ...GUARD_OPTIONS,
    http: { type: "boolean", default: false },
    stdio: { type: "boolean", default: false },
    port: { type: "string" },
    resource: { type: "string", multiple: true, default: [] },
    tag: { type: "string", multiple: true, default: [] },
    "read-only": { type: "boolean", default: false },
    tools: { type: "string" },
    "output-schemas": { type: "boolean", default: false },
  }, USAGE);
  if (typeof parsed === "number") return parsed;
  const { values } = parsed;
  if (values.http && values.stdio) throw new TargetError("--http and --stdio cannot be combined");
  const { target, version } = chooseTarget(parsed.target, values.dir, import.meta.url);
  const credentials = credentialsFromEnvironment(process.env, target.credentials, [...target.apis.keys()]);
  const timeoutMs = upstreamTimeout(values);
  const upstream = new Upstream(target, credentials, { timeoutMs });
  const tools = new ToolSet(target, { resources: values.resource, tags: values.tag, readOnly: values["read-only"] });
  const mode = values.tools === undefined ? defaultToolMode(target.kind, tools.tools.length) : parseToolMode(values.tools);
  if (mode === undefined) throw new TargetError(`--tools must be one of ${TOOL_MODES.join(", ")}, not ${JSON.stringify(values.tools)}`);
  const makeServer = mcpServerFactory(target, tools, upstream, log, version, { mode, outputSchemas: values["output-schemas"], credentials, timeoutMs });
  const listed = mode === "all" ? tools.tools.length : mode === "discover" ? DISCOVER_TOOLS.length : codeTools().length;
  const offered = `(--tools ${mode}, ${tools.tools.length} operations)`;
  const http = values.http || (!values.stdio && target.mcp.transport === "http");
  if (!http) {
    serveStdio(makeServer, { onerror: (error) => log(`stdio: ${error.message}`) });
    log(`${target.id}: ${listed} tools on stdio ${offered}`);
    return -1;
  }
  const guard = guardPolicy(values, "MCP_BEARER_TOKEN", process.env);
  const port = parsePort(values.port, target.defaultMcpPort);
  const { url, server } = await startMcpHttp({ host: values.host, port, log, makeServer, guard });
  log(`${target.id}: ${listed} tools at ${url} ${offered}${guard.token ? " (bearer token required)" : ""}`);
  drainOnSignal(server, DRAIN_MS, log);
  return -1;
}

runServerCommand(() => main(process.argv.slice(2)), log);

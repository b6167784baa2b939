import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { chooseTarget, GUARD_OPTIONS, GUARD_USAGE, guardPolicy, parseServerCommand, parsePort, runServerCommand, serverLog, upstreamTimeout } from "../shared/command.js";
import { credentialsFromEnvironment } from "../shared/credentials.js";
import { drainOnSignal } from "../shared/listen.js";
import { TargetError } from "../shared/target.js";
import { Upstream } from "../shared/upstream.js";
import { startMcpHttp } from "./http.js";
import { createMcpServer, ToolSet } from "./server.js";

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
  }, USAGE);
  if (typeof parsed === "number") return parsed;
  const { values } = parsed;
  if (values.http && values.stdio) throw new TargetError("--http and --stdio cannot be combined");
  const { target, version } = chooseTarget(parsed.target, values.dir, import.meta.url);
  const upstream = new Upstream(target, credentialsFromEnvironment(process.env, target.credentials, [...target.apis.keys()]), { timeoutMs: upstreamTimeout(values) });
  const tools = new ToolSet(target, { resources: values.resource, tags: values.tag, readOnly: values["read-only"] });
  const makeServer = () => createMcpServer(target, tools, upstream, log, version);
  const http = values.http || (!values.stdio && target.mcp.transport === "http");
  if (!http) {
    await makeServer().connect(new StdioServerTransport());
    log(`${target.id}: ${tools.tools.length} tools on stdio`);
    return -1;
  }
  const guard = guardPolicy(values, "MCP_BEARER_TOKEN", process.env);
  const port = parsePort(values.port, target.defaultMcpPort);
  const { url, server } = await startMcpHttp({ host: values.host, port, log, makeServer, guard });
  log(`${target.id}: ${tools.tools.length} tools at ${url}${guard.token ? " (bearer token required)" : ""}`);
  drainOnSignal(server, DRAIN_MS, log);
  return -1;
}

runServerCommand(() => main(process.argv.slice(2)), log);

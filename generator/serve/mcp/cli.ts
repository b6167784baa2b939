import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { generatedDirectory, parseServerCommand, parsePort, projectVersion, runServerCommand, warnIfExposed } from "../cli-common.ts";
import { credentialsFromEnvironment } from "../credentials.ts";
import { loadTarget } from "../target.ts";
import { Upstream } from "../upstream.ts";
import { startMcpHttp } from "./http.ts";
import { createMcpServer, ToolSet } from "./server.ts";

const USAGE = `usage: npm run mcp -- <capability-stem|api-id> [options]

  (default)            speak MCP over stdio
  --http               Streamable HTTP at http://HOST:PORT/mcp instead
  --port N             HTTP port (default: the capability's, else 9090)
  --host H             HTTP host (default 127.0.0.1)
  --token T            require "Authorization: Bearer T" over HTTP (or set MCP_BEARER_TOKEN)
  --resource R         only tools under resource R, e.g. users (repeatable)
  --tag T              only tools with tag T (repeatable)
  --read-only          only read-only tools

Credentials come from TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY,
TWILIO_API_SECRET and TWILIO_ACCOUNT_SID. TWILIO_BASE_URL overrides the upstream.`;

const log = (line: string) => process.stderr.write(`mcp: ${line}\n`);

async function main(argv: string[]): Promise<number> {
  const parsed = parseServerCommand("mcp", argv, {
    http: { type: "boolean", default: false },
    port: { type: "string" },
    host: { type: "string", default: "127.0.0.1" },
    token: { type: "string" },
    resource: { type: "string", multiple: true, default: [] },
    tag: { type: "string", multiple: true, default: [] },
    "read-only": { type: "boolean", default: false },
  }, USAGE);
  if (typeof parsed === "number") return parsed;
  const { values } = parsed;
  const target = loadTarget(generatedDirectory, parsed.target);
  const upstream = new Upstream(target, credentialsFromEnvironment(process.env));
  const tools = new ToolSet(target, { resources: values.resource, tags: values.tag, readOnly: values["read-only"] });
  const version = projectVersion();
  const makeServer = () => createMcpServer(target, tools, upstream, log, version);
  if (!values.http) {
    await makeServer().connect(new StdioServerTransport());
    log(`${target.id}: ${tools.tools.length} tools on stdio`);
    return -1;
  }
  const port = parsePort(values.port, target.defaultMcpPort);
  warnIfExposed(values.host, log);
  const token = values.token ?? process.env["MCP_BEARER_TOKEN"];
  const { url, server } = await startMcpHttp({ host: values.host, port, log, makeServer, ...(token ? { token } : {}) });
  log(`${target.id}: ${tools.tools.length} tools at ${url}${token ? " (bearer token required)" : ""}`);
  const stop = () => server.close(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return -1;
}

runServerCommand(() => main(process.argv.slice(2)), log);

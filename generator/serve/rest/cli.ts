import { serve } from "@hono/node-server";
import { generatedDirectory, parseServerCommand, parsePort, runServerCommand, warnIfExposed } from "../cli-common.ts";
import { credentialsFromEnvironment } from "../credentials.ts";
import { loadTarget } from "../target.ts";
import { Upstream } from "../upstream.ts";
import { createRestApp } from "./app.ts";

const USAGE = `usage: npm run rest -- <capability-stem|api-id> [--port N] [--host H]

  --port N    default: the capability's REST port, else 8080
  --host H    default 127.0.0.1

Credentials come from TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY,
TWILIO_API_SECRET and TWILIO_ACCOUNT_SID. TWILIO_BASE_URL overrides the upstream.
GET /healthz reports health.`;

const log = (line: string) => process.stderr.write(`rest: ${line}\n`);

async function main(argv: string[]): Promise<number> {
  const parsed = parseServerCommand("rest", argv, { port: { type: "string" }, host: { type: "string", default: "127.0.0.1" } }, USAGE);
  if (typeof parsed === "number") return parsed;
  const { values } = parsed;
  const target = loadTarget(generatedDirectory, parsed.target);
  const app = createRestApp(target, new Upstream(target, credentialsFromEnvironment(process.env)), log);
  const port = parsePort(values.port, target.defaultRestPort);
  warnIfExposed(values.host, log);
  const server = serve({ fetch: app.fetch, port, hostname: values.host }, (info) => log(`${target.id}: ${target.routes.length} routes at http://${values.host}:${info.port}`));
  const stop = () => server.close(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return -1;
}

runServerCommand(() => main(process.argv.slice(2)), log);

import { parseArgs } from "node:util";
import { serve } from "@hono/node-server";
import { generatedDirectory, parsePort, runServerCommand, warnIfExposed } from "../cli-common.ts";
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
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { port: { type: "string" }, host: { type: "string", default: "127.0.0.1" }, help: { type: "boolean", default: false } } });
  } catch (error) {
    process.stderr.write(`rest: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 1) {
    (values.help ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const target = loadTarget(generatedDirectory, positionals[0]!);
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

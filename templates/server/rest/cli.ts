import { createAdaptorServer } from "@hono/node-server";
import type { Server } from "node:http";
import { chooseTarget, GUARD_OPTIONS, GUARD_USAGE, guardPolicy, parseServerCommand, parsePort, runServerCommand, serverLog, upstreamTimeout } from "../shared/command.js";
import { credentialsFromEnvironment } from "../shared/credentials.js";
import { drainOnSignal, listen } from "../shared/listen.js";
import { Upstream } from "../shared/upstream.js";
import { createRestApp } from "./app.js";

const USAGE = `usage: <server-package>-rest [options]        (an installed server package)
       npm run rest -- <capability-stem|api-id> [--dir DIR] [options]

  --port N             default: the capability's REST port, else 8080; 0 picks a free one
${GUARD_USAGE}

REST_BEARER_TOKEN (or --token) makes every request need "Authorization: Bearer
<token>"; it is required when --host is not loopback.
Credentials come from TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY,
TWILIO_API_SECRET and TWILIO_ACCOUNT_SID, unless the capability names its own
variables (authentication and binds). TWILIO_BASE_URL overrides the upstream, and
TWILIO_BASE_URL_<API> one API's (TWILIO_BASE_URL_FLEX_V1).
GET /healthz reports health (and the capability's REST namespace).`;

const log = serverLog("rest");
const DRAIN_MS = 10_000;

async function main(argv: string[]): Promise<number> {
  const parsed = parseServerCommand("rest", argv, { ...GUARD_OPTIONS, port: { type: "string" } }, USAGE);
  if (typeof parsed === "number") return parsed;
  const { values } = parsed;
  const { target } = chooseTarget(parsed.target, values.dir, import.meta.url);
  const guard = guardPolicy(values, "REST_BEARER_TOKEN", process.env);
  const upstream = new Upstream(target, credentialsFromEnvironment(process.env, target.credentials, [...target.apis.keys()]), { timeoutMs: upstreamTimeout(values) });
  const app = createRestApp(target, upstream, log, guard);
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  const address = await listen(server, parsePort(values.port, target.defaultRestPort), values.host);
  log(`${target.id}: ${target.routes.length} routes at http://${values.host}:${address.port}${guard.token ? " (bearer token required)" : ""}`);
  drainOnSignal(server, DRAIN_MS, log);
  return -1;
}

runServerCommand(() => main(process.argv.slice(2)), log);

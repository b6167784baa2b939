import { createAdaptorServer } from "@hono/node-server";
import type { Server } from "node:http";
import { generatedDirectory, GUARD_OPTIONS, GUARD_USAGE, guardPolicy, parseServerCommand, parsePort, runServerCommand, serverLog, upstreamTimeout } from "../cli-common.ts";
import { credentialsFromEnvironment } from "../credentials.ts";
import { drainOnSignal, listen } from "../listen.ts";
import { loadTarget } from "../target.ts";
import { Upstream } from "../upstream.ts";
import { createRestApp } from "./app.ts";

const USAGE = `usage: npm run rest -- <capability-stem|api-id> [options]

  --port N             default: the capability's REST port, else 8080; 0 picks a free one
${GUARD_USAGE}

REST_BEARER_TOKEN (or --token) makes every request need "Authorization: Bearer
<token>"; it is required when --host is not loopback.
Credentials come from TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY,
TWILIO_API_SECRET and TWILIO_ACCOUNT_SID. TWILIO_BASE_URL overrides the upstream.
GET /healthz reports health.`;

const log = serverLog("rest");
const DRAIN_MS = 10_000;

async function main(argv: string[]): Promise<number> {
  const parsed = parseServerCommand("rest", argv, { ...GUARD_OPTIONS, port: { type: "string" } }, USAGE);
  if (typeof parsed === "number") return parsed;
  const { values } = parsed;
  const target = loadTarget(generatedDirectory, parsed.target);
  const guard = guardPolicy(values, "REST_BEARER_TOKEN", process.env);
  const upstream = new Upstream(target, credentialsFromEnvironment(process.env), { timeoutMs: upstreamTimeout(values) });
  const app = createRestApp(target, upstream, log, guard);
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  const address = await listen(server, parsePort(values.port, target.defaultRestPort), values.host);
  log(`${target.id}: ${target.routes.length} routes at http://${values.host}:${address.port}${guard.token ? " (bearer token required)" : ""}`);
  drainOnSignal(server, DRAIN_MS, log);
  return -1;
}

runServerCommand(() => main(process.argv.slice(2)), log);

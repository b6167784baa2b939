import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { BenchContext, Row } from "../lib/context.ts";
import { single } from "../lib/context.ts";

const DURATION_SECONDS = 5;
const CONNECTIONS = 10;
const USER_SID = `US${"a".repeat(32)}`;

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

type Autocannon = (options: object) => Promise<AutocannonResult>;

/** Resident memory of a process in MiB, from /proc (Linux). */
function residentMiB(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Starts a server command of templates/server/ on a free port of 127.0.0.1 and returns its URL. */
async function startServer(context: BenchContext, protocol: "mcp" | "rest", upstream: string): Promise<{ child: ChildProcess; url: string }> {
  const args = [join(context.root, "generator/launch.mjs"), join(context.root, `templates/server/${protocol}/cli.ts`), "conversations-users", "--dir", join(context.root, "generated"), "--port", "0", ...(protocol === "mcp" ? ["--http"] : [])];
  const child = spawn(process.execPath, args, { cwd: context.root, env: { ...process.env, TWILIO_ACCOUNT_SID: `AC${"a".repeat(32)}`, TWILIO_AUTH_TOKEN: "bench", TWILIO_BASE_URL: upstream }, stdio: ["ignore", "ignore", "pipe"] });
  const url = await new Promise<string>((resolve, reject) => {
    let log = "";
    const timer = setTimeout(() => reject(new Error(`${protocol} server did not start: ${log}`)), 30_000);
    child.stderr!.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      const match = /(?:routes|tools) at (http:\/\/\S+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
  });
  return { child, url };
}

/** One warm-up second, then the measured run. */
async function load(autocannon: Autocannon, request: object): Promise<AutocannonResult> {
  await autocannon({ ...request, connections: CONNECTIONS, duration: 1 });
  return autocannon({ ...request, connections: CONNECTIONS, duration: DURATION_SECONDS });
}

function rows(label: string, result: AutocannonResult, direct: AutocannonResult, memory: string): Row[] {
  const failures = result.errors + result.timeouts + result.non2xx;
  return [
    { section: "Servers", subject: `${label}: throughput, ${CONNECTIONS} connections, ${DURATION_SECONDS} s`, unit: "req/s", ours: single(result.requests.average), ratio: result.requests.average / direct.requests.average, against: "the same upstream called directly", note: `${result.requests.total} requests, ${failures} errors/timeouts/non-2xx; ${memory}` },
    { section: "Servers", subject: `${label}: latency p99`, unit: "ms", ours: single(result.latency.p99), ratio: result.latency.p99 / Math.max(direct.latency.p99, 1), against: "the same upstream called directly" },
  ];
}

/**
 * Bounded load on both servers, each its own process on 127.0.0.1, in front of
 * a fast local upstream: REST `GET /v1/v1/users/{sid}` and an MCP tools/call
 * of the same operation, each against the upstream called directly.
 */
export async function serverRows(context: BenchContext): Promise<Row[]> {
  context.log(`servers: ${DURATION_SECONDS} s of load each on the upstream, the REST adapter and the MCP server, ${CONNECTIONS} connections`);
  const user = JSON.stringify({ sid: USER_SID, identity: "ada" });
  const stub = createServer((_, response) => response.writeHead(200, { "Content-Type": "application/json" }).end(user));
  await new Promise<void>((resolve) => stub.listen(0, "127.0.0.1", resolve));
  const upstream = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  const autocannon = createRequire(join(context.bench, "package.json"))("autocannon") as Autocannon;
  const servers: ChildProcess[] = [];
  try {
    const direct = await load(autocannon, { url: `${upstream}/v1/Users/${USER_SID}` });
    const rest = await startServer(context, "rest", upstream);
    servers.push(rest.child);
    const before = residentMiB(rest.child.pid!);
    const viaRest = await load(autocannon, { url: `${rest.url}/v1/v1/users/${USER_SID}` });
    const after = residentMiB(rest.child.pid!);
    const memory = before === undefined || after === undefined ? "memory: n/a (no /proc)" : `RSS ${before.toFixed(1)} → ${after.toFixed(1)} MiB`;
    const mcp = await startServer(context, "mcp", upstream);
    servers.push(mcp.child);
    const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "fetch-conversation-user-your-account-s", arguments: { Sid: USER_SID } } });
    const viaMcp = await load(autocannon, { url: mcp.url, method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json, text/event-stream" }, body });
    return [
      { section: "Servers", subject: `Upstream called directly: throughput`, unit: "req/s", ours: single(direct.requests.average), note: `p99 ${direct.latency.p99} ms` },
      ...rows("REST adapter, GET /v1/v1/users/{sid}", viaRest, direct, memory),
      ...rows("MCP server, tools/call fetch user", viaMcp, direct, "one fresh stateless server per request"),
    ];
  } finally {
    for (const server of servers) server.kill("SIGTERM");
    stub.closeAllConnections();
    stub.close();
  }
}

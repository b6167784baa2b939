import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { BenchContext, Row } from "../lib/context.ts";
import { single } from "../lib/context.ts";

const DURATION_SECONDS = 5;
const CONNECTIONS = 10;

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** Resident memory of a process in MiB, from /proc (Linux). */
function residentMiB(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A bounded load check: the adapter runs as its own process (npm run rest) on
 * 127.0.0.1, its upstream is a stub in this process, and autocannon sends
 * `GET /v1/v1/users/{sid}` for a fixed time over a fixed number of connections.
 */
export async function restRows(context: BenchContext): Promise<Row[]> {
  context.log(`rest: ${DURATION_SECONDS} s of load on the conversations-users adapter, ${CONNECTIONS} connections`);
  const user = JSON.stringify({ sid: `US${"a".repeat(32)}`, identity: "ada" });
  const stub = createServer((_, response) => response.writeHead(200, { "Content-Type": "application/json" }).end(user));
  await new Promise<void>((resolve) => stub.listen(0, "127.0.0.1", resolve));
  const upstream = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  const adapter = spawn(process.execPath, [join(context.root, "generator/launch.mjs"), join(context.root, "templates/server/rest/cli.ts"), "conversations-users", "--dir", join(context.root, "generated"), "--port", "0"], {
    cwd: context.root,
    env: { ...process.env, TWILIO_ACCOUNT_SID: `AC${"a".repeat(32)}`, TWILIO_AUTH_TOKEN: "bench", TWILIO_BASE_URL: upstream },
    stdio: ["ignore", "ignore", "pipe"],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let log = "";
      const timer = setTimeout(() => reject(new Error(`adapter did not start: ${log}`)), 30_000);
      adapter.stderr!.on("data", (chunk: Buffer) => {
        log += chunk.toString();
        const match = /routes at (http:\/\/\S+)/.exec(log);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    const autocannon = createRequire(join(context.bench, "package.json"))("autocannon") as (options: object) => Promise<AutocannonResult>;
    await autocannon({ url: `${url}/v1/v1/users/USaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`, connections: CONNECTIONS, duration: 1 });
    const before = residentMiB(adapter.pid!);
    const result = await autocannon({ url: `${url}/v1/v1/users/USaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`, connections: CONNECTIONS, duration: DURATION_SECONDS });
    const after = residentMiB(adapter.pid!);
    const memory = before === undefined || after === undefined ? "memory: n/a (no /proc)" : `adapter RSS ${before.toFixed(1)} MiB before, ${after.toFixed(1)} MiB after`;
    return [
      { section: "REST", subject: `Adapter throughput, GET /v1/v1/users/{sid}, ${CONNECTIONS} connections, ${DURATION_SECONDS} s`, unit: "req/s", ours: single(result.requests.average), note: `${result.requests.total} requests; ${memory}` },
      { section: "REST", subject: "Adapter latency, p99", unit: "ms", ours: single(result.latency.p99) },
      { section: "REST", subject: "Errors, timeouts and non-2xx answers", unit: "count", ours: single(result.errors + result.timeouts + result.non2xx) },
    ];
  } finally {
    adapter.kill("SIGTERM");
    stub.closeAllConnections();
    stub.close();
  }
}

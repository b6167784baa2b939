import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { projectRoot } from "./project.ts";

const PRISM = join(projectRoot, "node_modules/@stoplight/prism-cli/dist/index.js");
const STARTUP_LIMIT_MS = 90_000;

/** A free port on 127.0.0.1, found by letting the OS pick one. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Prism mocking one OpenAPI document on 127.0.0.1, with request validation on. */
export class PrismServer {
  private child: ChildProcess | undefined;
  private log = "";
  baseUrl = "";

  /** The tail of Prism's own log, for asserting what it validated. */
  output(): string {
    return this.log;
  }

  clearOutput(): void {
    this.log = "";
  }

  constructor(private readonly specPath: string) {}

  async start(): Promise<string> {
    const port = await freePort();
    const child = spawn(process.execPath, [PRISM, "mock", "--host", "127.0.0.1", "--port", String(port), this.specPath], { stdio: ["ignore", "pipe", "pipe"] });
    this.child = child;
    let output = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Prism did not start within ${STARTUP_LIMIT_MS} ms:\n${output.slice(-2000)}`)), STARTUP_LIMIT_MS);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("Prism is listening")) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on("data", onData);
      child.stderr!.on("data", onData);
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`Prism exited with ${code}:\n${output.slice(-2000)}`));
      });
    });
    // Keep draining output so Prism never blocks on a full pipe; keep a bounded tail.
    const keep = (chunk: Buffer) => (this.log = (this.log + chunk.toString()).slice(-65_536));
    child.stdout!.on("data", keep);
    child.stderr!.on("data", keep);
    this.baseUrl = `http://127.0.0.1:${port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }
}

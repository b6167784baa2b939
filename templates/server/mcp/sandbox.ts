import { getQuickJS, type QuickJSContext, type QuickJSDeferredPromise, type QuickJSHandle, type QuickJSRuntime, type QuickJSWASMModule } from "quickjs-emscripten";

/** Bounds on one run. Every run gets a fresh QuickJS runtime: nothing survives from one to the next. */
export interface SandboxLimits {
  /** Interpreter time, excluding the host's upstream calls. */
  cpuMs: number;
  /** Whole run, upstream calls included. */
  wallMs: number;
  memoryBytes: number;
  stackBytes: number;
  /** Console output and the returned value, each. */
  outputBytes: number;
  /** Calls into the host (upstream requests) per run. */
  hostCalls: number;
}

export const DEFAULT_LIMITS: SandboxLimits = { cpuMs: 2_000, wallMs: 30_000, memoryBytes: 32 * 1024 * 1024, stackBytes: 512 * 1024, outputBytes: 64 * 1024, hostCalls: 50 };

/** The one door out of the sandbox: a JSON request in, a JSON answer (or a refusal) out. */
export type HostCall = (request: unknown) => Promise<unknown>;

export interface SandboxResult {
  ok: boolean;
  /** The value the script returned, as JSON (undefined when it returned nothing). */
  value?: unknown;
  error?: string;
  /** `console.log` and friends, one entry per call. */
  logs: string[];
  truncated: boolean;
  hostCalls: number;
}

/**
 * Sandbox side of the bridge: `console` writes through `__log`, and `__call`
 * turns a host answer (JSON text) into a value or a thrown Error. The names
 * are removed from globalThis once captured, so scripts see only `console`.
 */
const BRIDGE = `(() => {
  const log = __log, host = __host;
  const show = (value) => typeof value === "string" ? value : (() => { try { return JSON.stringify(value); } catch { return String(value); } })();
  const write = (...values) => { log(values.map(show).join(" ")); };
  globalThis.console = { log: write, info: write, warn: write, error: write, debug: write };
  globalThis.__call = (request) => host(JSON.stringify(request)).then((text) => {
    const answer = JSON.parse(text);
    if (answer.error !== undefined) throw new Error(answer.error);
    return answer.value;
  });
  delete globalThis.__log;
  delete globalThis.__host;
})();`;

/** Runs agent JavaScript in WebAssembly QuickJS: no `process`, `require`, modules, network or file system. */
export class Sandbox {
  private module: Promise<QuickJSWASMModule> | undefined;

  constructor(private readonly limits: SandboxLimits = DEFAULT_LIMITS) {}

  /** `prelude` is trusted setup (e.g. the client proxy) run before the script; the script's body may `await` and `return`. */
  async run(script: string, host: HostCall, prelude = ""): Promise<SandboxResult> {
    this.module ??= getQuickJS();
    const run = new Run(await this.module, this.limits, host);
    try {
      return await run.execute(`${BRIDGE}\n${prelude}`, script);
    } finally {
      run.dispose();
    }
  }
}

class Run {
  private readonly runtime: QuickJSRuntime;
  private readonly context: QuickJSContext;
  private readonly pending = new Set<QuickJSDeferredPromise>();
  private readonly logs: string[] = [];
  private logBytes = 0;
  private truncated = false;
  private hostCalls = 0;
  private cpuUsed = 0;
  private sliceStart: number | undefined;
  private readonly wallDeadline: number;

  constructor(module: QuickJSWASMModule, private readonly limits: SandboxLimits, private readonly host: HostCall) {
    this.runtime = module.newRuntime();
    this.runtime.setMemoryLimit(limits.memoryBytes);
    this.runtime.setMaxStackSize(limits.stackBytes);
    this.runtime.setInterruptHandler(() => this.overTime());
    this.context = this.runtime.newContext();
    this.wallDeadline = Date.now() + limits.wallMs;
    this.defineFunction("__log", (text) => this.log(text));
    this.defineFunction("__host", (text) => this.callHost(text));
  }

  async execute(setup: string, script: string): Promise<SandboxResult> {
    const prepared = this.enter(() => this.context.evalCode(setup, "setup.js"));
    if (prepared.error) return this.fail(this.describe(prepared.error));
    prepared.value.dispose();
    const evaluated = this.enter(() => this.context.evalCode(`(async () => {\n${script}\n})()`, "script.js"));
    if (evaluated.error) return this.fail(this.describe(evaluated.error));
    const settled = this.context.resolvePromise(evaluated.value);
    evaluated.value.dispose();
    this.pump();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), Math.max(0, this.wallDeadline - Date.now()));
    });
    const outcome = await Promise.race([settled, timeout]).finally(() => clearTimeout(timer));
    if (outcome === "timeout") return this.fail(`the script ran longer than ${this.limits.wallMs} ms (wall clock) and was stopped`);
    if (outcome.error) return this.fail(this.describe(outcome.error));
    const value = this.context.dump(outcome.value) as unknown;
    outcome.value.dispose();
    return this.finish(value);
  }

  dispose(): void {
    for (const deferred of this.pending) if (deferred.alive) deferred.dispose();
    this.pending.clear();
    this.context.dispose();
    this.runtime.dispose();
  }

  private finish(value: unknown): SandboxResult {
    const result: SandboxResult = { ok: true, logs: this.logs, truncated: this.truncated, hostCalls: this.hostCalls };
    if (value === undefined) return result;
    const text = JSON.stringify(value) ?? "null";
    if (Buffer.byteLength(text) > this.limits.outputBytes) return this.fail(`the returned value is over ${this.limits.outputBytes} bytes as JSON; return less`);
    result.value = JSON.parse(text) as unknown;
    return result;
  }

  private fail(error: string): SandboxResult {
    return { ok: false, error, logs: this.logs, truncated: this.truncated, hostCalls: this.hostCalls };
  }

  /** Runs interpreter work, counting its time against the CPU limit. */
  private enter<T>(work: () => T): T {
    this.sliceStart = performance.now();
    try {
      return work();
    } finally {
      this.cpuUsed += performance.now() - this.sliceStart;
      this.sliceStart = undefined;
    }
  }

  private overTime(): boolean {
    const slice = this.sliceStart === undefined ? 0 : performance.now() - this.sliceStart;
    return this.cpuUsed + slice > this.limits.cpuMs || Date.now() > this.wallDeadline;
  }

  /** Runs the promise jobs queued by a settled host call or the script itself. */
  private pump(): void {
    if (!this.runtime.alive) return;
    const result = this.enter(() => this.runtime.executePendingJobs());
    if (result.error) result.error.dispose();
  }

  private defineFunction(name: string, body: (text: string) => QuickJSHandle | undefined): void {
    const handle = this.context.newFunction(name, (argument) => body(this.context.getString(argument)));
    this.context.setProp(this.context.global, name, handle);
    handle.dispose();
  }

  private log(text: string): undefined {
    const bytes = Buffer.byteLength(text);
    if (this.truncated || this.logBytes + bytes > this.limits.outputBytes) {
      this.truncated = true;
      return undefined;
    }
    this.logBytes += bytes;
    this.logs.push(text);
    return undefined;
  }

  /** Hands a request to the host; the sandbox gets a promise that settles when the host answers. */
  private callHost(text: string): QuickJSHandle {
    const deferred = this.context.newPromise();
    this.pending.add(deferred);
    this.hostCalls += 1;
    const answer = this.hostCalls > this.limits.hostCalls ? Promise.resolve({ error: `more than ${this.limits.hostCalls} calls in one run` }) : this.answer(text);
    void answer.then((reply) => {
      if (!deferred.alive || !this.context.alive) return;
      const handle = this.context.newString(JSON.stringify(reply));
      deferred.resolve(handle);
      handle.dispose();
      this.pending.delete(deferred);
      deferred.dispose();
      this.pump();
    });
    return deferred.handle;
  }

  private async answer(text: string): Promise<{ value?: unknown; error?: string }> {
    try {
      return { value: await this.host(JSON.parse(text) as unknown) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  private describe(error: QuickJSHandle): string {
    const dumped = this.context.dump(error) as unknown;
    error.dispose();
    if (typeof dumped === "object" && dumped !== null && "message" in dumped) {
      const { name, message } = dumped as { name?: unknown; message?: unknown };
      const text = `${typeof name === "string" ? name : "Error"}: ${String(message)}`;
      if (/interrupted/i.test(text)) return `the script used more than ${this.limits.cpuMs} ms of CPU time and was stopped (${text})`;
      if (/out of memory/i.test(text)) return `the script used more than ${this.limits.memoryBytes} bytes of memory and was stopped (${text})`;
      return text;
    }
    return String(dumped);
  }
}

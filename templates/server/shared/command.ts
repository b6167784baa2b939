import { existsSync, readFileSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CredentialsError } from "./credentials.js";
import { DEFAULT_MAX_BODY_BYTES, isLoopbackHost, printable, type GuardPolicy } from "./guard.js";
import { loadPackageTarget, loadTarget, TargetError, type ServeTarget } from "./target.js";

/**
 * What to serve: with a target name, that target inside `--dir` (a generated
 * tree); without one, the server package this command was installed from.
 */
export function chooseTarget(name: string | undefined, directory: string | undefined, entryUrl: string): { target: ServeTarget; version: string } {
  if (name !== undefined) {
    if (directory === undefined) throw new TargetError(`to serve ${JSON.stringify(name)}, say where it was generated: --dir DIR`);
    const target = loadTarget(resolve(directory), name);
    return { target, version: packageVersion(target.kind === "api" ? join(resolve(directory), name) : join(resolve(directory), "capabilities", name)) };
  }
  const packageDirectory = dirname(dirname(fileURLToPath(entryUrl)));
  if (!existsSync(join(packageDirectory, "server.json"))) throw new TargetError("name a target and the directory it was generated into: <target> --dir DIR");
  return { target: loadPackageTarget(packageDirectory), version: packageVersion(packageDirectory) };
}

function packageVersion(directory: string): string {
  try {
    return (JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as { version?: string }).version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

export function parsePort(text: string | undefined, fallback: number): number {
  const port = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TargetError(`--port must be a port number, not ${JSON.stringify(text)}`);
  return port;
}

/** The options every server takes for who may call it and how long upstream calls may take. */
export const GUARD_OPTIONS = {
  dir: { type: "string" as const },
  host: { type: "string" as const, default: "127.0.0.1" },
  token: { type: "string" as const },
  "max-body": { type: "string" as const },
  "allow-origin": { type: "string" as const, multiple: true as const, default: [] as string[] },
  "allow-host": { type: "string" as const, multiple: true as const, default: [] as string[] },
  timeout: { type: "string" as const },
};

export const GUARD_USAGE = `  --dir DIR            serve <target> from the generated tree DIR
  --host H             listen address (default 127.0.0.1)
  --max-body BYTES     largest request body (default ${DEFAULT_MAX_BODY_BYTES}); larger ones get 413
  --allow-origin O     also accept browser requests from origin O (repeatable)
  --allow-host NAME    also answer to Host NAME (repeatable)
  --timeout MS         upstream time limit per attempt (default 30000)`;

interface GuardValues {
  host: string;
  token?: string | undefined;
  "max-body"?: string | undefined;
  "allow-origin": string[];
  "allow-host": string[];
  timeout?: string | undefined;
}

/**
 * The guard policy from the command line and the environment. A token is
 * required off loopback: anything else would hand the operator's Twilio
 * account to whoever reaches the port.
 */
export function guardPolicy(values: GuardValues, tokenVariable: string, environment: NodeJS.ProcessEnv): GuardPolicy {
  const token = values.token ?? nonEmpty(environment[tokenVariable]);
  if (!isLoopbackHost(values.host) && token === undefined) {
    throw new TargetError(`listening on ${values.host} needs a bearer token: set ${tokenVariable} (or pass --token)`);
  }
  const policy: GuardPolicy = { boundHost: values.host, maxBodyBytes: positiveInteger("--max-body", values["max-body"], DEFAULT_MAX_BODY_BYTES), allowedOrigins: values["allow-origin"], allowedHosts: values["allow-host"] };
  if (token !== undefined) policy.token = token;
  return policy;
}

export function upstreamTimeout(values: GuardValues): number {
  return positiveInteger("--timeout", values.timeout, 30_000);
}

function positiveInteger(flag: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new TargetError(`${flag} must be a positive whole number, not ${JSON.stringify(text)}`);
  return value;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}

/** A log line goes to stderr with control characters escaped, so no value can forge a line. */
export function serverLog(prefix: string): (line: string) => void {
  return (line) => process.stderr.write(`${prefix}: ${printable(line)}\n`);
}

/**
 * Runs a server command: a known problem (bad target, missing credentials) is
 * one line and exit 1; anything else is exit 70. A negative result keeps the
 * process running (a server is up).
 */
export function runServerCommand(main: () => Promise<number>, log: (line: string) => void): void {
  main().then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (error: unknown) => {
      const known = error instanceof TargetError || error instanceof CredentialsError;
      log(known ? (error as Error).message : `internal error: ${(error as Error).message}`);
      process.exitCode = known ? 1 : 70;
    },
  );
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses `[target] [options]`. Returns the values and the target name, or the
 * exit code when the command line asked for help or was wrong (usage printed).
 */
export function parseServerCommand<T extends Options>(command: string, argv: string[], options: T, usage: string): { values: ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true }>>["values"]; target: string | undefined } | number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...options, help: { type: "boolean", default: false } } as T });
  } catch (error) {
    process.stderr.write(`${command}: ${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  const help = (parsed.values as { help?: boolean }).help === true;
  if (help || parsed.positionals.length > 1) {
    (help ? process.stdout : process.stderr).write(`${usage}\n`);
    return help ? 0 : 2;
  }
  return { values: parsed.values, target: parsed.positionals[0] };
}

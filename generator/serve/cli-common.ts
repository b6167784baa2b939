import { readFileSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { resolve } from "node:path";
import { findProjectRoot } from "../project-root.ts";
import { CredentialsError } from "./credentials.ts";
import { isLoopbackHost } from "./http-guard.ts";
import { TargetError } from "./target.ts";

export const projectRoot = findProjectRoot();
export const generatedDirectory = resolve(projectRoot, "generated");

export function projectVersion(): string {
  return (JSON.parse(readFileSync(resolve(projectRoot, "package.json"), "utf8")) as { version: string }).version;
}

export function parsePort(text: string | undefined, fallback: number): number {
  const port = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TargetError(`--port must be a port number, not ${JSON.stringify(text)}`);
  return port;
}

export function warnIfExposed(host: string, log: (line: string) => void): void {
  if (!isLoopbackHost(host)) log(`warning: listening on ${host}, which is not a loopback address`);
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
 * Parses `<target> [options]`. Returns the values and the target name, or the
 * exit code when the command line asked for help or was wrong (usage printed).
 */
export function parseServerCommand<T extends Options>(command: string, argv: string[], options: T, usage: string): { values: ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true }>>["values"]; target: string } | number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...options, help: { type: "boolean", default: false } } as T });
  } catch (error) {
    process.stderr.write(`${command}: ${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  const help = (parsed.values as { help?: boolean }).help === true;
  if (help || parsed.positionals.length !== 1) {
    (help ? process.stdout : process.stderr).write(`${usage}\n`);
    return help ? 0 : 2;
  }
  return { values: parsed.values, target: parsed.positionals[0]! };
}

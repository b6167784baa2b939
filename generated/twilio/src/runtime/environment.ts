/** The bits of Node's `process` the client reads, without depending on Node's type definitions. */
export interface ProcessLike {
  version?: string;
  platform?: string;
  arch?: string;
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * The one place the runtime looks at the host. Off Node there may be no
 * `process` (workerd, browsers), or one whose `env` throws when read without
 * permission (Deno without --allow-env): every read is guarded, and a
 * variable that cannot be read is simply unset.
 */
export function processInfo(): ProcessLike {
  const host = (globalThis as { process?: ProcessLike }).process;
  if (host === undefined || host === null) return {};
  const info: ProcessLike = { env: guardedEnvironment(host) };
  const version = guarded(() => host.version);
  const platform = guarded(() => host.platform);
  const arch = guarded(() => host.arch);
  if (typeof version === "string") info.version = version;
  if (typeof platform === "string") info.platform = platform;
  if (typeof arch === "string") info.arch = arch;
  return info;
}

function guardedEnvironment(host: ProcessLike): Readonly<Record<string, string | undefined>> {
  return new Proxy({} as Record<string, string | undefined>, {
    get(_, name) {
      if (typeof name !== "string") return undefined;
      const value = guarded(() => host.env?.[name]);
      return typeof value === "string" ? value : undefined;
    },
  });
}

function guarded<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The bits of Node's `process` the client reads, without depending on Node's type definitions. */
export interface ProcessLike {
  version?: string;
  platform?: string;
  arch?: string;
  env?: Readonly<Record<string, string | undefined>>;
}

export function processInfo(): ProcessLike {
  return (globalThis as { process?: ProcessLike }).process ?? {};
}

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Limiter } from "./limit.ts";

/**
 * Entries being written, by path: writes run on libuv's threads while the run
 * goes on (a cold run writes thousands), and a read of an entry still in
 * flight is answered from here. Shared by every cache of the process.
 */
const inFlight = new Map<string, { value: string; written: Promise<void> }>();

/** Entries being written at once; the rest wait (see limit.ts). */
const writes = new Limiter(8);

/**
 * Results of pure, slow steps (rendering, formatting, compiling), remembered by
 * a hash of everything they depend on. A hit means the tool that makes the
 * result need not even be loaded. Entries are written atomically and in the
 * background (`settleCacheWrites` waits for them); a missing, unreadable or
 * unwritable entry is simply a miss.
 */
export class ContentCache {
  constructor(private readonly directory: string | undefined) {}

  static key(...parts: string[]): string {
    const hash = createHash("sha256");
    for (const part of parts) hash.update(part).update("\0");
    return hash.digest("hex");
  }

  get(namespace: string, key: string): string | undefined {
    if (this.directory === undefined) return undefined;
    const path = join(this.directory, namespace, key);
    const pending = inFlight.get(path);
    if (pending !== undefined) return pending.value;
    try {
      return readFileSync(path, "utf8");
    } catch {
      return undefined;
    }
  }

  set(namespace: string, key: string, value: string): void {
    if (this.directory === undefined) return;
    const folder = join(this.directory, namespace);
    const path = join(folder, key);
    const entry = { value, written: Promise.resolve() };
    inFlight.set(path, entry);
    entry.written = writes.run(() => writeEntry(folder, path, value)).finally(() => {
      if (inFlight.get(path) === entry) inFlight.delete(path);
    });
  }

  async through(namespace: string, key: string, make: () => Promise<string>): Promise<string> {
    const cached = this.get(namespace, key);
    if (cached !== undefined) return cached;
    const made = await make();
    this.set(namespace, key, made);
    return made;
  }
}

/** Waits until every entry set so far is on disk (or has failed to get there). */
export async function settleCacheWrites(): Promise<void> {
  while (inFlight.size > 0) await Promise.all([...inFlight.values()].map((entry) => entry.written));
}

/** Writes one entry atomically (a temporary file, then a rename), making its folder the first time one is missing. */
async function writeEntry(folder: string, path: string, value: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    try {
      await writeFile(temporary, value);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      mkdirSync(folder, { recursive: true });
      await writeFile(temporary, value);
    }
    await rename(temporary, path);
  } catch {
    // A cache that cannot be written is a cache that misses next time.
  }
}

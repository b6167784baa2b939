import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Results of pure, slow steps (rendering, formatting, compiling), remembered by
 * a hash of everything they depend on. A hit means the tool that makes the
 * result need not even be loaded. Entries are written atomically; a missing or
 * unreadable entry is simply a miss.
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
    try {
      return readFileSync(join(this.directory, namespace, key), "utf8");
    } catch {
      return undefined;
    }
  }

  set(namespace: string, key: string, value: string): void {
    if (this.directory === undefined) return;
    const folder = join(this.directory, namespace);
    mkdirSync(folder, { recursive: true });
    const temporary = join(folder, `${key}.${process.pid}.tmp`);
    writeFileSync(temporary, value);
    renameSync(temporary, join(folder, key));
  }

  async through(namespace: string, key: string, make: () => Promise<string>): Promise<string> {
    const cached = this.get(namespace, key);
    if (cached !== undefined) return cached;
    const made = await make();
    this.set(namespace, key, made);
    return made;
  }
}

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as prettier from "prettier";

/** Pinned here, not read from any config file, so output is the same on every machine. */
export const PRETTIER_OPTIONS: prettier.Options = {
  parser: "typescript",
  printWidth: 120,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  endOfLine: "lf",
};

/**
 * Formats TypeScript with prettier, remembering results by content hash so an
 * unchanged file is never formatted twice. A prettier failure is an error,
 * never a silent fallback to the unformatted text.
 */
export class Formatter {
  constructor(private readonly cacheDirectory: string | undefined) {}

  async format(path: string, source: string): Promise<string> {
    const key = createHash("sha256").update(`${prettier.version}\0${JSON.stringify(PRETTIER_OPTIONS)}\0${source}`).digest("hex");
    const cached = this.read(key);
    if (cached !== undefined) return cached;
    let formatted: string;
    try {
      formatted = await prettier.format(source, { ...PRETTIER_OPTIONS, filepath: path });
    } catch (error) {
      throw new Error(`prettier could not format generated ${path}: ${(error as Error).message}`);
    }
    this.write(key, formatted);
    return formatted;
  }

  private read(key: string): string | undefined {
    if (this.cacheDirectory === undefined) return undefined;
    try {
      return readFileSync(join(this.cacheDirectory, key), "utf8");
    } catch {
      return undefined;
    }
  }

  private write(key: string, text: string): void {
    if (this.cacheDirectory === undefined) return;
    mkdirSync(this.cacheDirectory, { recursive: true });
    const temporary = join(this.cacheDirectory, `${key}.${process.pid}.tmp`);
    writeFileSync(temporary, text);
    renameSync(temporary, join(this.cacheDirectory, key));
  }
}

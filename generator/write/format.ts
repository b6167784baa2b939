import type { Options } from "prettier";
import { ContentCache } from "./cache.ts";

/** Pinned here, not read from any config file, so output is the same on every machine. */
export const PRETTIER_OPTIONS: Options = {
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
 * Formats TypeScript with prettier. Results are cached by content hash, and
 * prettier is loaded only on a miss, so an unchanged file costs a file read.
 * A prettier failure is an error, never a silent fallback to unformatted text.
 */
export class Formatter {
  private prettier: Promise<typeof import("prettier")> | undefined;

  /** `prettierVersion` is the installed version, read from its package.json so prettier need not load. */
  constructor(
    private readonly cache: ContentCache,
    private readonly prettierVersion: string,
  ) {}

  /**
   * Text from a template written in prettier's final shape stays in that
   * shape while every line fits (the data only fills names and comments);
   * a line of code over the print width, or outside ASCII, sends it through
   * prettier. A long comment line is no reason: prettier never reflows one.
   */
  formatIfWide(path: string, source: string): Promise<string> {
    const fits = (line: string) => line.length <= PRETTIER_OPTIONS.printWidth! || /^\s*(\/\/|\/\*\*.*\*\/$)/.test(line);
    const settled = /^[\x20-\x7e\n]*$/.test(source) && source.split("\n").every(fits);
    return settled ? Promise.resolve(source) : this.format(path, source);
  }

  format(path: string, source: string): Promise<string> {
    const key = ContentCache.key(this.prettierVersion, JSON.stringify(PRETTIER_OPTIONS), source);
    return this.cache.through("format", key, async () => {
      this.prettier ??= import("prettier");
      const prettier = await this.prettier;
      try {
        return await prettier.format(source, { ...PRETTIER_OPTIONS, filepath: path });
      } catch (error) {
        throw new Error(`prettier could not format generated ${path}: ${(error as Error).message}`);
      }
    });
  }
}

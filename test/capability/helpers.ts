import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generate, type GenerateResult } from "../../generator/run.ts";
import { projectRoot, temporaryDirectory } from "../helpers/project.ts";

export const casesDirectory = "test/fixtures/capabilities/cases";
export const ikanosDirectory = "test/fixtures/capabilities/ikanos";

export function fixtureFiles(directory: string): string[] {
  return readdirSync(join(projectRoot, directory))
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => `${directory}/${name}`);
}

/** Runs the real generator over capability files (with the manifest's documents) into a fresh folder. */
export async function generateCapabilities(files: string[], label: string): Promise<{ out: string; result: GenerateResult }> {
  const out = temporaryDirectory(label);
  const result = await generate({ projectRoot, cwd: projectRoot, out, check: false, all: false, specs: [], capabilities: files });
  return { out, result };
}

/** The 1-based line of the `occurrence`-th line of a fixture that contains `needle`: tests never hard-code lines. */
export function lineOf(file: string, needle: string, occurrence = 1): number {
  const lines = readFileSync(join(projectRoot, file), "utf8").split("\n");
  let seen = 0;
  for (const [index, line] of lines.entries()) if (line.includes(needle) && ++seen === occurrence) return index + 1;
  throw new Error(`${file} has no line with ${JSON.stringify(needle)} (occurrence ${occurrence})`);
}

/** Warnings about one file at one line. */
export function warningsAt(result: GenerateResult, file: string, line: number): string[] {
  return result.warnings.filter((warning) => warning.startsWith(`warning: ${file}:${line}:`));
}

export function readOutput<T = Record<string, unknown>>(out: string, stem: string, file: string): T {
  return JSON.parse(readFileSync(join(out, "capabilities", stem, file), "utf8")) as T;
}

export function outputText(out: string, stem: string, file: string): string {
  return readFileSync(join(out, "capabilities", stem, file), "utf8");
}

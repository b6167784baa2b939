import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const PROJECT_NAME = "twilio-codegen";

/**
 * The project folder: the nearest one above this module whose package.json is
 * ours. Found by walking up rather than by a fixed `..`, because the generator
 * also runs from a bundle in node_modules/.cache (see generator/launch.mjs).
 */
export function findProjectRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let directory = resolve(from); ; directory = dirname(directory)) {
    const manifest = join(directory, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === PROJECT_NAME) return directory;
    if (dirname(directory) === directory) throw new Error(`cannot find the ${PROJECT_NAME} project above ${from}`);
  }
}

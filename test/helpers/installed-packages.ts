import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot, temporaryDirectory } from "./project.ts";

/** The generated npm packages: every folder of generated/ with a package.json (the per-API ones and the aggregate). */
export function generatedPackageDirectories(root = join(projectRoot, "generated")): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(join(root, entry.name)).includes("package.json"))
    .map((entry) => join(root, entry.name));
}

/**
 * A consumer project with the generated packages in its node_modules, as npm
 * would lay them out (copied, not linked: the aggregate must find its
 * dependencies beside it, as it will once installed from a registry).
 */
export function consumerProject(label: string, packageJson: Record<string, unknown>): string {
  const project = temporaryDirectory(label);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: `consumer-${label}`, private: true, ...packageJson }));
  for (const directory of generatedPackageDirectories()) {
    const manifest = JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as { name: string };
    const target = join(project, "node_modules", ...manifest.name.split("/"));
    mkdirSync(target, { recursive: true });
    cpSync(join(directory, "package.json"), join(target, "package.json"));
    cpSync(join(directory, "dist"), join(target, "dist"), { recursive: true });
  }
  return project;
}

import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { GeneratorError } from "../diagnostics.ts";
import { compareCodeUnits } from "../names.ts";

/** A publishable package of the output: its folder, name, version and the output packages it needs. */
export interface LocalPackage {
  directory: string;
  name: string;
  version: string;
  dependsOn: string[];
}

export interface PublishOutcome {
  package: LocalPackage;
  result: "published" | "already published" | "would publish";
}

export interface PublishOptions {
  registry: string;
  dryRun: boolean;
  /** Runs npm; tests and users get the real one, with their own npm config (credentials included). */
  npm?: NpmRunner;
  log?: (line: string) => void;
}

export type NpmRunner = (args: string[], cwd: string) => Promise<{ code: number; stdout: string; stderr: string }>;

/** Every package under the output folder, one or two levels down (`<api-id>/`, `twilio/`, `capabilities/<stem>/`, `servers/<api-id>/`); private ones stay home. */
export function findPackages(outDir: string): LocalPackage[] {
  const folders = childFolders(outDir).flatMap((folder) => (existsSync(join(folder, "package.json")) ? [folder] : childFolders(folder)));
  const packages = folders.flatMap((directory): LocalPackage[] => {
    const manifestPath = join(directory, "package.json");
    if (!existsSync(manifestPath)) return [];
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { name?: string; version?: string; private?: boolean; dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
    if (manifest.private === true) return [];
    if (typeof manifest.name !== "string" || typeof manifest.version !== "string") throw new GeneratorError({ file: relative(process.cwd(), manifestPath) }, "a package needs a `name` and a `version` to be published");
    return [{ directory, name: manifest.name, version: manifest.version, dependsOn: Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }) }];
  });
  return inDependencyOrder(packages);
}

function childFolders(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(directory, entry.name))
    .sort(compareCodeUnits);
}

/** Dependencies first (the aggregate after the APIs it re-exports); otherwise by name, so the order is stable. */
export function inDependencyOrder(packages: LocalPackage[]): LocalPackage[] {
  const byName = new Map(packages.map((entry) => [entry.name, entry]));
  const ordered: LocalPackage[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (entry: LocalPackage, trail: string[]) => {
    if (state.get(entry.name) === "done") return;
    if (state.get(entry.name) === "visiting") throw new GeneratorError({ file: entry.directory }, `packages depend on each other in a cycle: ${[...trail, entry.name].join(" → ")}`);
    state.set(entry.name, "visiting");
    for (const dependency of [...entry.dependsOn].sort(compareCodeUnits)) {
      const local = byName.get(dependency);
      if (local) visit(local, [...trail, entry.name]);
    }
    state.set(entry.name, "done");
    ordered.push(entry);
  };
  for (const entry of [...packages].sort((a, b) => compareCodeUnits(a.name, b.name))) visit(entry, []);
  return ordered;
}

/** Publishes, in dependency order, each package whose version the registry does not have yet. */
export async function publishPackages(packages: LocalPackage[], options: PublishOptions): Promise<PublishOutcome[]> {
  const npm = options.npm ?? runNpm;
  const outcomes: PublishOutcome[] = [];
  for (const entry of packages) {
    const published = await isPublished(npm, entry, options.registry);
    const result = published ? "already published" : options.dryRun ? "would publish" : "published";
    if (result === "published") {
      const run = await npm(["publish", entry.directory, "--registry", options.registry, "--access", "public", "--ignore-scripts"], entry.directory);
      if (run.code !== 0) throw new GeneratorError({ file: entry.directory }, `npm publish of ${entry.name}@${entry.version} failed: ${lastLines(run.stderr)}`, "check the registry URL and your npm credentials for it (npm login --registry URL)");
    }
    options.log?.(`${result.padEnd(17)} ${entry.name}@${entry.version}`);
    outcomes.push({ package: entry, result });
  }
  return outcomes;
}

async function isPublished(npm: NpmRunner, entry: LocalPackage, registry: string): Promise<boolean> {
  const run = await npm(["view", `${entry.name}@${entry.version}`, "version", "--json", "--registry", registry], entry.directory);
  if (run.code === 0) return run.stdout.trim() !== "";
  if (/E404|404 Not Found|is not in this registry/.test(`${run.stdout}${run.stderr}`)) return false;
  throw new GeneratorError({ file: entry.directory }, `cannot ask ${registry} about ${entry.name}: ${lastLines(run.stderr)}`, "check the registry URL and that it is running");
}

function lastLines(text: string): string {
  return text.trim().split("\n").slice(-3).join(" / ");
}

const runNpm: NpmRunner = (args, cwd) =>
  new Promise((resolve) => {
    execFile("npm", args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }));
  });

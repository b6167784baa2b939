// Runs a TypeScript entry point of this project at native speed: esbuild bundles
// it (our sources only; packages stay external) into node_modules/.cache, and
// Node imports the bundle. The bundle is rebuilt only when one of the sources it
// was built from is newer than it, so an unchanged generator starts without
// loading esbuild at all. Usage: node generator/launch.mjs <entry.ts> [args…]
import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write("usage: node generator/launch.mjs <entry.ts> [args…]\n");
  process.exit(2);
}
const outfile = join(root, "node_modules/.cache/twilio-codegen/bundles", `${relative(root, resolve(entry)).replace(/[\\/]/g, "__")}.mjs`);
const inputsFile = `${outfile}.inputs.json`;
if (!isFresh()) {
  const { build } = await import("esbuild");
  const result = await build({ entryPoints: [resolve(root, entry)], outfile, absWorkingDir: root, bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", sourcemap: "inline", logLevel: "warning", metafile: true });
  const temporary = `${inputsFile}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(Object.keys(result.metafile.inputs)));
  renameSync(temporary, inputsFile);
}
process.argv = [process.argv[0], resolve(root, entry), ...args];
await import(pathToFileURL(outfile).href);

/** The bundle exists and none of the files it was built from changed since (a missing one counts as changed). */
function isFresh() {
  try {
    const built = statSync(outfile).mtimeMs;
    const inputs = JSON.parse(readFileSync(inputsFile, "utf8"));
    return inputs.length > 0 && inputs.every((input) => statSync(resolve(root, input)).mtimeMs <= built);
  } catch {
    return false;
  }
}

// Runs a TypeScript entry point of this project at native speed: esbuild bundles
// it (our sources only; packages stay external) into node_modules/.cache, and
// Node imports the bundle. Modules the entry imports dynamically go to chunks of
// their own, loaded only when reached, so a run that stops early compiles less.
// The bundle is rebuilt only when one of the sources it was built from is newer
// than it, so an unchanged generator starts without loading esbuild at all.
// Usage: node generator/launch.mjs <entry.ts> [args…]
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write("usage: node generator/launch.mjs <entry.ts> [args…]\n");
  process.exit(2);
}
const bundles = join(root, "node_modules/.cache/twilio-codegen/bundles");
const outfile = join(bundles, `${relative(root, resolve(entry)).replace(/[\\/]/g, "__")}.mjs`);
const inputsFile = `${outfile}.inputs.json`;
if (!isFresh()) await rebuild();
process.argv = [process.argv[0], resolve(root, entry), ...args];
await import(pathToFileURL(outfile).href);

/**
 * Chunks are named by their content and never rewritten, so a run still
 * importing an older bundle finds its chunks; the entry and its input list
 * are replaced atomically, after the chunks they name.
 */
async function rebuild() {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: { [basename(outfile, ".mjs")]: resolve(root, entry) },
    outdir: bundles,
    chunkNames: "chunks/[name]-[hash]",
    outExtension: { ".js": ".mjs" },
    splitting: true,
    write: false,
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "inline",
    logLevel: "warning",
    metafile: true,
  });
  mkdirSync(join(bundles, "chunks"), { recursive: true });
  for (const file of result.outputFiles) if (file.path !== outfile && !existsSync(file.path)) atomicWrite(file.path, file.contents);
  atomicWrite(outfile, result.outputFiles.find((file) => file.path === outfile).contents);
  atomicWrite(inputsFile, JSON.stringify(Object.keys(result.metafile.inputs)));
}

function atomicWrite(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

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

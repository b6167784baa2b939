// Runs a TypeScript entry point of this project at native speed: esbuild bundles
// it (our sources only; packages stay external) into node_modules/.cache, which
// takes milliseconds, and Node imports the bundle. Usage: node generator/launch.mjs <entry.ts> [args…]
import { build } from "esbuild";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write("usage: node generator/launch.mjs <entry.ts> [args…]\n");
  process.exit(2);
}
const outfile = join(root, "node_modules/.cache/twilio-codegen/bundles", `${relative(root, resolve(entry)).replace(/[\\/]/g, "__")}.mjs`);
await build({ entryPoints: [resolve(root, entry)], outfile, bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", sourcemap: "inline", logLevel: "warning" });
process.argv = [process.argv[0], resolve(root, entry), ...args];
await import(pathToFileURL(outfile).href);

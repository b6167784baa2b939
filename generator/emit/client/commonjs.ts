import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The CommonJS entry of a package, copied from `templates/commonjs/`: a thin
 * `dist/index.cjs` that requires the package's ES module, and its types. The
 * package's `exports` send `require` there and everything else to the ESM.
 */
export function commonJsEntry(templatesDirectory: string): Array<[path: string, text: string]> {
  return ["index.cjs", "index.d.cts"].map((name) => [`dist/${name}`, readFileSync(join(templatesDirectory, "commonjs", name), "utf8")]);
}

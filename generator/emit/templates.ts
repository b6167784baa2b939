import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type Handlebars from "handlebars";
import { ContentCache } from "../write/cache.ts";

const load = createRequire(import.meta.url);

/** Output is not HTML, so values are inserted as they are; a missing value is an error, never an empty string. */
const COMPILE_OPTIONS = { noEscape: true, strict: true };

/**
 * The one door to handlebars. Templates hold static shape only: every decision
 * is made in code and passed in as plain values; callers pass text already
 * escaped for its target (JSON.stringify for JSON and TS strings). Output is
 * cached by a hash of the template and its data, and handlebars loads only on
 * a miss. A template's compiled code, a product of templates/ alone, is kept
 * in the build cache, so runs load only handlebars' runtime, not its compiler.
 */
export class TemplateRenderer {
  private runtime: typeof Handlebars | undefined;
  private readonly sources = new Map<string, string>();
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();

  constructor(
    private readonly directory: string,
    private readonly cache = new ContentCache(undefined),
    private readonly build = new ContentCache(undefined),
  ) {}

  render(name: string, data: Record<string, unknown>): string {
    const source = this.source(name);
    const key = ContentCache.key(name, source, JSON.stringify(data));
    const cached = this.cache.get("template", key);
    if (cached !== undefined) return cached;
    const rendered = this.template(name, source)(data);
    this.cache.set("template", key, rendered);
    return rendered;
  }

  private source(name: string): string {
    let source = this.sources.get(name);
    if (source === undefined) {
      source = readFileSync(join(this.directory, name), "utf8");
      this.sources.set(name, source);
    }
    return source;
  }

  private template(name: string, source: string): Handlebars.TemplateDelegate {
    let template = this.compiled.get(name);
    if (template === undefined) {
      const version = (load("handlebars/package.json") as { version: string }).version;
      const key = ContentCache.key(version, JSON.stringify(COMPILE_OPTIONS), source);
      let code = this.build.get("handlebars", key);
      if (code === undefined) {
        // Typed as a TemplateSpecification, `precompile` returns the code of one, as a string.
        code = String((load("handlebars") as typeof Handlebars).precompile(source, COMPILE_OPTIONS));
        this.build.set("handlebars", key, code);
      }
      this.runtime ??= (load("handlebars/runtime") as typeof Handlebars).create();
      // The code is handlebars' own output for one of our templates, as `precompile` returns it: an object literal.
      template = this.runtime.template(new Function(`return ${code};`)() as Parameters<typeof Handlebars.template>[0]);
      this.compiled.set(name, template);
    }
    return template;
  }
}

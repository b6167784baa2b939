import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type Handlebars from "handlebars";
import { ContentCache } from "../write/cache.ts";

const load = createRequire(import.meta.url);

/**
 * The one door to handlebars. Templates hold static shape only: every decision
 * is made in code and passed in as plain values. Output is not HTML, so values
 * are inserted as they are; callers pass text already escaped for its target
 * (JSON.stringify for JSON and TS strings). Output is cached by a hash of the
 * template and its data, and handlebars loads only on a miss.
 */
export class TemplateRenderer {
  private engine: typeof Handlebars | undefined;
  private readonly sources = new Map<string, string>();
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();

  constructor(
    private readonly directory: string,
    private readonly cache = new ContentCache(undefined),
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
      this.engine ??= (load("handlebars") as typeof Handlebars).create();
      template = this.engine.compile(source, { noEscape: true, strict: true });
      this.compiled.set(name, template);
    }
    return template;
  }
}

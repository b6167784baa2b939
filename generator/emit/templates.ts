import { readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";

/**
 * The one door to handlebars. Templates hold static shape only: every decision
 * is made in code and passed in as plain values. Output is not HTML, so values
 * are inserted as they are; callers pass text already escaped for its target
 * (JSON.stringify for JSON and TS strings).
 */
export class TemplateRenderer {
  private readonly engine = Handlebars.create();
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();

  constructor(private readonly directory: string) {}

  render(name: string, data: Record<string, unknown>): string {
    let template = this.compiled.get(name);
    if (template === undefined) {
      const source = readFileSync(join(this.directory, name), "utf8");
      template = this.engine.compile(source, { noEscape: true, strict: true });
      this.compiled.set(name, template);
    }
    return template(data);
  }
}

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BenchContext, Row } from "../lib/context.ts";
import { single } from "../lib/context.ts";

/** How big each SKILL.md is: an agent reads it whole, so it should stay compact. */
export async function docsRows(context: BenchContext): Promise<Row[]> {
  context.log("docs: SKILL.md sizes");
  return ["conversations-v1", "flex-v1", "capabilities/conversations-users", "capabilities/flex-interactions"].map((target) => {
    const bytes = Buffer.byteLength(readFileSync(join(context.root, "generated", target, "SKILL.md"), "utf8"));
    return { section: "Docs", subject: `${target}/SKILL.md`, unit: "bytes", ours: single(bytes), note: `~${Math.round(bytes / 4)} tokens` };
  });
}

import { join } from "node:path";
import { ContentCache } from "./cache.ts";

/**
 * Where products of the generator itself are kept: things made from its own
 * code and the installed tools, never from any input (the launcher keeps its
 * bundles of the generator beside them). They outlive the per-run cache that
 * a cold run starts without, like a compiled program outlives its runs.
 * TWILIO_CODEGEN_BUILD_CACHE_DIR moves it; the bench empties it to measure a
 * first run after install.
 */
export function buildCache(projectRoot: string): ContentCache {
  return new ContentCache(process.env["TWILIO_CODEGEN_BUILD_CACHE_DIR"] || join(projectRoot, "node_modules/.cache/twilio-codegen/build"));
}

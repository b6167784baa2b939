import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadApi, specDirectory } from "../helpers/project.ts";

/** The pinned package's own count; every operation must survive normalization. */
const SPEC_OPERATION_TOTAL = 1407;

describe("every document of the pinned spec package", () => {
  it("loads and normalizes all 50 without error", async () => {
    const files = readdirSync(specDirectory()).filter((name) => name.endsWith(".json")).sort();
    expect(files).toHaveLength(50);
    const counts: string[] = [];
    let total = 0;
    for (const file of files) {
      const { api, ctx } = await loadApi(join(specDirectory(), file), file);
      counts.push(`${api.id.padEnd(20)} ${String(api.operations.length).padStart(4)}`);
      total += api.operations.length;
      if (file === "twilio_messaging_v2.json") {
        expect(ctx.formattedWarnings()).toEqual([expect.stringMatching(/^warning: twilio_messaging_v2\.json:\d+:\d+ \(at \/paths\/~1v2~1Channels~1Senders~1\{Sid\}\/post\/requestBody\/content\/application~1json\/schema\): schema violation, document still usable: unexpected key "examples"/)]);
      }
    }
    console.log(`operations per API:\n${counts.join("\n")}\ntotal ${total}`);
    expect(total).toBe(SPEC_OPERATION_TOTAL);
  });
});

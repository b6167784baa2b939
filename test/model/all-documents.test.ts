import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageDirectory } from "../../generator/manifest.ts";
import { allSpecDocuments, loadApi, projectRoot, specDirectory, specOperationCount } from "../helpers/project.ts";

describe("every document of the manifest's allDocuments folder", () => {
  const files = allSpecDocuments();

  it(`loads and normalizes all ${files.length}, keeping every operation`, async () => {
    expect(files.length).toBeGreaterThan(0);
    const counts: string[] = [];
    let total = 0;
    let declared = 0;
    for (const file of files) {
      const { api } = await loadApi(join(specDirectory(), file), file);
      counts.push(`${api.id.padEnd(20)} ${String(api.operations.length).padStart(4)}`);
      total += api.operations.length;
      declared += specOperationCount(join(specDirectory(), file));
    }
    console.log(`operations per API:\n${counts.join("\n")}\ntotal ${total}`);
    expect(total).toBe(declared);
  });
});

describe("a schema violation inside a Schema Object", () => {
  it("is a warning with its place, and the document is still used (@twilio-alpha/mcp 0.7.0's messaging v2: `$ref` beside `examples`)", async () => {
    const file = join(packageDirectory("@twilio-alpha/mcp", projectRoot), "twilio-oai/spec/json/twilio_messaging_v2.json");
    const { api, ctx } = await loadApi(file, "twilio_messaging_v2.json");
    expect(api.operations).toHaveLength(specOperationCount(file));
    expect(ctx.formattedWarnings()).toEqual([expect.stringMatching(/^warning: twilio_messaging_v2\.json:\d+:\d+ \(at \/paths\/~1v2~1Channels~1Senders~1\{Sid\}\/post\/requestBody\/content\/application~1json\/schema\): schema violation, document still usable: unexpected key "examples"/)]);
  });
});

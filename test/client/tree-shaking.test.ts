import { build } from "esbuild";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot, temporaryDirectory } from "../helpers/project.ts";

const entry = join(projectRoot, "generated/conversations-v1/dist");

async function bundle(source: string): Promise<string> {
  const file = join(temporaryDirectory("bundle"), "app.mjs");
  writeFileSync(file, source);
  const result = await build({ entryPoints: [file], bundle: true, minify: true, platform: "node", format: "esm", write: false, logLevel: "silent" });
  return result.outputFiles[0]!.text;
}

describe("a one-call app bundles only what it uses", () => {
  it("with twilioWith, only the named resource's table and the runtime are kept", async () => {
    const modular = await bundle(
      [
        `import { twilioWith } from ${JSON.stringify(join(entry, "index.js"))};`,
        `import { users } from ${JSON.stringify(join(entry, "api.js"))};`,
        'const client = twilioWith({ users }, "AC1", "token");',
        'console.log((await client.conversations.v1.users.create({ identity: "ada" })).sid);',
      ].join("\n"),
    );
    const full = await bundle(
      [`import twilio from ${JSON.stringify(join(entry, "index.js"))};`, 'const client = twilio("AC1", "token");', 'console.log((await client.conversations.v1.users.create({ identity: "ada" })).sid);'].join("\n"),
    );
    expect(modular).toContain("/v1/Users");
    for (const other of ["/v1/Services", "/v1/Conversations", "/v1/Credentials", "/v1/Roles"]) {
      expect(modular).not.toContain(other);
      expect(full).toContain(other);
    }
    expect(modular.length).toBeLessThan(full.length / 2);
  });
});

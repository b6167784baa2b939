import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import twilio from "twilio";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot, temporaryDirectory } from "../helpers/project.ts";
import type { HelperInputs, HelperResults, SignatureInput } from "./portable/check.ts";

const RUNTIMES = join(projectRoot, "test/runtimes/node_modules");
const TOKEN = "12345678901234567890123456789012";

function signed(url: string, params: Record<string, string | string[]>): SignatureInput {
  return { authToken: TOKEN, url, params, signature: twilio.getExpectedTwilioSignature(TOKEN, url, params) };
}

const jsonBody = JSON.stringify({ EventType: "onMessageAdded", Body: "Grüße 🎉 — ok" });
const jsonUrl = `https://example.com/hook?bodySHA256=${twilio.getExpectedBodyHash(jsonBody)}`;

const inputs: HelperInputs = {
  nowMs: 1_750_000_000_000,
  token: { accountSid: "AC00000000000000000000000000000000", keySid: "SK00000000000000000000000000000000", secret: "sécret", identity: "ada 🎉", ttl: 600, region: "ie1", chatServiceSid: "IS1", room: "standup" },
  signatures: [
    signed("https://example.com/sms?a=1", { Body: "héllo 👋", From: "+15005550006", MediaUrl: ["b", "a"] }),
    signed("https://example.com:443/sms?q=it%27s", { Body: "x" }),
    signed("http://example.com/voice", {}),
  ],
  bodies: ["", "plain", jsonBody, "日本語のテキスト"],
  jsonHook: { authToken: TOKEN, url: jsonUrl, body: jsonBody, signature: twilio.getExpectedTwilioSignature(TOKEN, jsonUrl, {}) },
};

/** What every runtime must print: twilio-node's answers for the same inputs. */
function expectedResults(): HelperResults {
  const realNow = Date.now;
  Date.now = () => inputs.nowMs;
  try {
    const { accountSid, keySid, secret, identity, ttl, region, chatServiceSid, room } = inputs.token;
    const full = new twilio.jwt.AccessToken(accountSid, keySid, secret, { identity, ttl, region });
    full.addGrant(new twilio.jwt.AccessToken.ChatGrant({ serviceSid: chatServiceSid }));
    full.addGrant(new twilio.jwt.AccessToken.VideoGrant({ room }));
    const bare = new twilio.jwt.AccessToken(accountSid, keySid, secret, { identity, ttl, region });
    return {
      tokens: [full.toJwt(), full.toJwt("HS512"), bare.toJwt()],
      signatures: inputs.signatures.map((input) => input.signature),
      accepted: inputs.signatures.flatMap(() => [true, true]),
      refusedWhenTampered: inputs.signatures.flatMap(() => [true, true]),
      bodyHashes: [...inputs.bodies, ...inputs.bodies].map((body) => twilio.getExpectedBodyHash(body)),
      jsonHook: [true, true],
      honoStatuses: [200, 403, 400],
    };
  } finally {
    Date.now = realNow;
  }
}

/** Bundles an entry with the inputs compiled in; `neutral` fails the build on any node:* import. */
async function bundle(entry: string, directory: string): Promise<string> {
  const outfile = join(directory, entry.replace(/\.ts$/, ".mjs"));
  await build({ entryPoints: [join(projectRoot, "test/token-webhook/portable", entry)], outfile, bundle: true, format: "esm", platform: "neutral", target: "es2022", logLevel: "silent", define: { HELPER_INPUTS: JSON.stringify(inputs) } });
  return outfile;
}

function run(command: string, args: string[]): Promise<HelperResults> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: 60_000, env: { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "", DENO_NO_UPDATE_CHECK: "1" } }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout) as HelperResults);
    });
  });
}

describe("the helpers in every runtime the packages target", () => {
  let script = "";
  let worker = "";
  const expected = expectedResults();

  beforeAll(async () => {
    const directory = temporaryDirectory("helpers-runtimes");
    script = await bundle("main.ts", directory);
    worker = await bundle("worker.ts", directory);
  });

  it.each([
    ["Node 20 (this process's)", () => [process.execPath, [script]] as const],
    ["Node 22", () => [join(RUNTIMES, "node22/bin/node"), [script]] as const],
    ["Node 24", () => [join(RUNTIMES, "node24/bin/node"), [script]] as const],
    ["Bun", () => [join(RUNTIMES, ".bin/bun"), [script]] as const],
    // No permissions at all: TWILIO_AUTH_TOKEN cannot be read, and must not need to be.
    ["Deno", () => [join(RUNTIMES, ".bin/deno"), ["run", "--no-prompt", "--no-config", script]] as const],
  ])("%s gives twilio-node's tokens, signatures and hashes", async (_, command) => {
    const [executable, args] = command();
    expect(await run(executable, [...args])).toEqual(expected);
  });

  it("workerd (through Miniflare) gives the same", async () => {
    const { Miniflare } = (await import(pathToFileURL(join(RUNTIMES, "miniflare/dist/src/index.js")).href)) as typeof import("../runtimes/node_modules/miniflare/dist/src/index.js");
    const miniflare = new Miniflare({ modules: true, script: readFileSync(worker, "utf8"), compatibilityDate: "2025-01-01", host: "127.0.0.1" });
    try {
      const response = await miniflare.dispatchFetch("http://127.0.0.1/");
      expect(await response.json()).toEqual(expected);
    } finally {
      await miniflare.dispose();
    }
  });
});

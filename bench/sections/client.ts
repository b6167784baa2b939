import { build } from "esbuild";
import { createRequire } from "node:module";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BenchContext, Row } from "../lib/context.ts";
import { single } from "../lib/context.ts";
import { interleaved, measureCommand, summarize } from "../lib/measure.ts";
import { runtimeRows } from "./client-runtimes.ts";

const ACCOUNT = `AC${"a".repeat(32)}`;
const USER = `US${"a".repeat(32)}`;

export async function clientRows(context: BenchContext): Promise<Row[]> {
  return [...(await coldStart(context)), ...(await bundleSize(context)), ...(await runtimeRows(context)), ...(await throughput(context))];
}

async function coldStart(context: BenchContext): Promise<Row[]> {
  context.log("client: cold start (import and construct)");
  const ours = join(context.scratch, "start-ours.mjs");
  const theirs = join(context.scratch, "start-twilio.cjs");
  writeFileSync(ours, `import twilio from ${JSON.stringify(pathToFileURL(join(context.root, "generated/conversations-v1/dist/index.js")).href)};\ntwilio(${JSON.stringify(ACCOUNT)}, "token").conversations.v1.users;\n`);
  writeFileSync(theirs, `const twilio = require(${JSON.stringify(join(context.peers, "twilio"))});\ntwilio(${JSON.stringify(ACCOUNT)}, "token").conversations.v1.users;\n`);
  const runs = await interleaved(
    [
      { name: "ours", run: () => measureCommand(process.execPath, [ours], { cwd: context.scratch }) },
      { name: "twilio", run: () => measureCommand(process.execPath, [theirs], { cwd: context.scratch }) },
      { name: "node", run: () => measureCommand(process.execPath, ["-e", "0"], { cwd: context.scratch }) },
    ],
    context.rounds * 3,
  );
  const time = (name: string) => summarize(runs.get(name)!.map((result) => result.wallMs / 1000));
  const ratio = time("ours").median / time("twilio").median;
  return [
    { section: "Client", subject: "Cold start: import the Conversations client and construct it", unit: "s", ours: time("ours"), peer: { name: "twilio 6.2.0", value: time("twilio") }, ratio, target: { text: "≤ 0.5", met: ratio <= 0.5 } },
    { section: "Client", subject: "Cold start of `node -e 0`, for reference", unit: "s", ours: time("node") },
  ];
}

async function bundleSize(context: BenchContext): Promise<Row[]> {
  context.log("client: minified bundle of a one-call app (users.create)");
  const entry = join(context.root, "generated/conversations-v1/dist");
  const call = 'console.log((await client.conversations.v1.users.create({ identity: "ada" })).sid);';
  const apps = {
    ours: `import twilio from ${JSON.stringify(join(entry, "index.js"))};\nconst client = twilio("AC1", "token");\n${call}`,
    oursSelective: `import { twilioWith } from ${JSON.stringify(join(entry, "index.js"))};\nimport { users } from ${JSON.stringify(join(entry, "api.js"))};\nconst client = twilioWith({ users }, "AC1", "token");\n${call}`,
    twilio: `import twilio from ${JSON.stringify(join(context.peers, "twilio/lib/index.js"))};\nconst client = twilio("AC1", "token");\n${call}`,
  };
  const sizes: Record<string, number> = {};
  for (const [name, source] of Object.entries(apps)) {
    const file = join(context.scratch, `bundle-${name}.mjs`);
    writeFileSync(file, source);
    const result = await build({ entryPoints: [file], bundle: true, minify: true, platform: "node", format: "esm", write: false, logLevel: "silent" });
    sizes[name] = result.outputFiles[0]!.contents.length / 1024;
  }
  const twilio = single(sizes["twilio"]!);
  return [
    { section: "Client", subject: "One-call app bundle, `twilio()` (esbuild, minified)", unit: "KiB", ours: single(sizes["ours"]!), peer: { name: "twilio 6.2.0", value: twilio }, ratio: sizes["ours"]! / sizes["twilio"]!, target: { text: "≤ 0.01 (≤ 37 KB)", met: sizes["ours"]! / sizes["twilio"]! <= 0.01 } },
    { section: "Client", subject: "One-call app bundle, `twilioWith({ users })`", unit: "KiB", ours: single(sizes["oursSelective"]!), peer: { name: "twilio 6.2.0", value: twilio }, ratio: sizes["oursSelective"]! / sizes["twilio"]! },
  ];
}

/** `users(sid).fetch()` against a local stub, the same number of requests for each client, 16 at a time. */
async function throughput(context: BenchContext): Promise<Row[]> {
  context.log("client: request throughput against a local node:http stub");
  const body = JSON.stringify({ sid: USER, account_sid: ACCOUNT, identity: "ada", date_created: "2019-12-16T22:18:37Z", date_updated: "2019-12-16T22:18:38Z" });
  const stub = createServer((_, response) => response.writeHead(200, { "Content-Type": "application/json" }).end(body));
  await new Promise<void>((resolve) => stub.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  const { default: ours } = (await import(pathToFileURL(join(context.root, "generated/conversations-v1/dist/index.js")).href)) as { default: (sid: string, token: string, options: object) => Users };
  const twilio = createRequire(join(context.bench, "package.json"))("twilio") as TwilioModule;
  class LocalRequestClient extends twilio.RequestClient {
    override request(options: { uri: string }): Promise<unknown> {
      return super.request({ ...options, uri: options.uri.replace("https://conversations.twilio.com", base) });
    }
  }
  const oursClient = ours(ACCOUNT, "token", { baseUrl: base });
  const theirClient = twilio(ACCOUNT, "token", { httpClient: new LocalRequestClient() });
  const requests = 2000;
  const rate = async (client: Users) => {
    const started = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: 16 }, async () => {
      while (next++ < requests) await client.conversations.v1.users(USER).fetch();
    }));
    return requests / ((performance.now() - started) / 1000);
  };
  try {
    const runs = await interleaved([{ name: "ours", run: () => rate(oursClient) }, { name: "twilio", run: () => rate(theirClient) }], context.rounds);
    const ratio = summarize(runs.get("ours")!).median / summarize(runs.get("twilio")!).median;
    return [{ section: "Client", subject: `Throughput of users(sid).fetch(), ${requests} requests, 16 in flight`, unit: "req/s", ours: summarize(runs.get("ours")!), peer: { name: "twilio 6.2.0", value: summarize(runs.get("twilio")!) }, ratio, target: { text: "≥ 1.0", met: ratio >= 1 } }];
  } finally {
    stub.closeAllConnections();
    stub.close();
  }
}

interface Users {
  conversations: { v1: { users: (sid: string) => { fetch: () => Promise<unknown> } } };
}

interface TwilioModule {
  (sid: string, token: string, options: object): Users;
  RequestClient: new () => { request(options: { uri: string }): Promise<unknown> };
}

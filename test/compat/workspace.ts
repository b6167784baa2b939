import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { projectRoot, specDirectory } from "../helpers/project.ts";
import { EXCEPTIONS } from "./exceptions.ts";
import { generateProbes, type ProbeFile } from "./probes.ts";

export const DOMAINS = ["conversations", "flexApi"];

/**
 * Our package for each twilio domain. The probes' import line is the only
 * place this enters; once the aggregate package is on main, both domains
 * point at it.
 */
export const OUR_CLIENT: Record<string, string> = {
  conversations: "generated/conversations-v1/dist/index.js",
  flexApi: "generated/flex-v1/dist/index.js",
};

/** The spec document behind each domain (in the pinned spec package), for the stub's examples and the exceptions' proofs. */
export const DOCUMENTS: Record<string, string> = { conversations: "twilio_conversations_v1.json", flexApi: "twilio_flex_v1.json" };

export const documentPath = (file: string): string => join(specDirectory(), file);

export const BASE_URLS: Record<string, string> = { conversations: "https://conversations.twilio.com", flexApi: "https://flex-api.twilio.com" };

const TSCONFIG = {
  compilerOptions: { strict: true, noEmit: true, target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", esModuleInterop: true, skipLibCheck: true, allowImportingTsExtensions: true, types: ["node"] },
  include: ["*.ts"],
};

/** Writes one probe file per resource into test/compat/.probes/<name>/, importing `twilio` or ours; returns the files. */
export function writeProbes(name: string, client: "twilio" | "ours"): { directory: string; files: ProbeFile[] } {
  const directory = join(projectRoot, "test/compat/.probes", name);
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const files = generateProbes({
    twilioRoot: join(projectRoot, "node_modules/twilio"),
    domains: DOMAINS,
    clientModule: (domain) => (client === "twilio" ? "twilio" : relative(directory, join(projectRoot, OUR_CLIENT[domain]!))),
    harnessModule: relative(directory, join(projectRoot, "test/compat/harness.ts")),
    disputed: new Set(EXCEPTIONS.flatMap((exception) => (exception.value === undefined ? [] : [exception.value]))),
  });
  for (const file of files) writeFileSync(join(directory, `${file.resource}.ts`), file.text);
  writeFileSync(join(directory, "tsconfig.json"), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  return { directory, files };
}

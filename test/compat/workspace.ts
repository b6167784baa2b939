import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { generatedPackageDirectories } from "../helpers/installed-packages.ts";
import { projectRoot, specDirectory } from "../helpers/project.ts";
import { EXCEPTIONS } from "./exceptions.ts";
import { generateProbes, type ProbeFile } from "./probes.ts";

export const DOMAINS = ["conversations", "flexApi"];

/**
 * Our package, as a program imports it: the aggregate, the drop-in for
 * `twilio`. The probes' import line is the only place it enters.
 */
export const OUR_PACKAGE = "@twilio-codegen/twilio";

/** The spec document behind each domain (in the pinned spec package), for the stub's examples and the exceptions' proofs. */
export const DOCUMENTS: Record<string, string> = { conversations: "twilio_conversations_v1.json", flexApi: "twilio_flex_v1.json" };

export const documentPath = (file: string): string => join(specDirectory(), file);

export const BASE_URLS: Record<string, string> = { conversations: "https://conversations.twilio.com", flexApi: "https://flex-api.twilio.com" };

// preserveSymlinks: our packages are linked into the probes' node_modules, and each must find the others there, as once installed.
const TSCONFIG = {
  compilerOptions: { strict: true, noEmit: true, target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", esModuleInterop: true, skipLibCheck: true, allowImportingTsExtensions: true, preserveSymlinks: true, types: ["node"] },
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
    clientModule: () => (client === "twilio" ? "twilio" : OUR_PACKAGE),
    harnessModule: relative(directory, join(projectRoot, "test/compat/harness.ts")),
    disputed: new Set(EXCEPTIONS.flatMap((exception) => (exception.value === undefined ? [] : [exception.value]))),
  });
  for (const file of files) writeFileSync(join(directory, `${file.resource}.ts`), file.text);
  linkGeneratedPackages(directory);
  writeFileSync(join(directory, "tsconfig.json"), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  return { directory, files };
}

/** Links every generated package into `directory/node_modules` under its package name. */
function linkGeneratedPackages(directory: string): void {
  for (const source of generatedPackageDirectories()) {
    const { name } = JSON.parse(readFileSync(join(source, "package.json"), "utf8")) as { name: string };
    const target = join(directory, "node_modules", ...name.split("/"));
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(source, target, "dir");
  }
}

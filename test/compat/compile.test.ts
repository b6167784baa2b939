import { execFile } from "node:child_process";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { locate, readSource } from "../../generator/load/source.ts";
import { decodePointer } from "../../generator/diagnostics.ts";
import { projectRoot } from "../helpers/project.ts";
import { EXCEPTIONS, type CompatException } from "./exceptions.ts";
import type { ProbeFile } from "./probes.ts";
import { DOMAINS, documentPath, writeProbes } from "./workspace.ts";

const TSC = join(projectRoot, "node_modules/typescript/bin/tsc");

function tsc(project: string): Promise<string> {
  return new Promise((done) => {
    execFile(process.execPath, [TSC, "-p", project], { cwd: projectRoot, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 }, (_error, stdout, stderr) => done(`${stdout}${stderr}`));
  });
}

interface Failure {
  resource: string;
  label: string;
  message: string;
}

/** tsc's `file(line,col): error TS…` lines, each mapped to the probe on that line. */
function failures(output: string, directory: string, files: ProbeFile[]): { probes: Failure[]; unplaced: string[] } {
  const byName = new Map(files.map((file) => [`${file.resource}.ts`, file]));
  const probes: Failure[] = [];
  const unplaced: string[] = [];
  for (const line of output.split("\n")) {
    const match = /^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/.exec(line);
    if (match === null) continue;
    const file = byName.get(relative(directory, join(projectRoot, match[1]!)));
    const label = file?.labels.get(Number(match[2]));
    if (file === undefined || label === undefined) unplaced.push(line);
    else probes.push({ resource: file.resource, label, message: match[3]! });
  }
  return { probes, unplaced };
}

function valueAt(document: unknown, pointer: string): unknown {
  return decodePointer(pointer).reduce<unknown>((value, token) => (typeof value === "object" && value !== null ? (value as Record<string, unknown>)[token] : undefined), document);
}

const covers = (exception: CompatException, failure: Failure) => exception.resource.test(failure.resource) && exception.label.test(failure.label);

describe("twilio-node 6.2.0's surface, probed from its own declarations", () => {
  let twilio: { output: string; files: ProbeFile[]; directory: string };
  let ours: { output: string; files: ProbeFile[]; directory: string };

  beforeAll(async () => {
    const twilioProbes = writeProbes("compile-twilio", "twilio");
    const ourProbes = writeProbes("compile-ours", "ours");
    const [twilioOutput, ourOutput] = await Promise.all([tsc(twilioProbes.directory), tsc(ourProbes.directory)]);
    twilio = { ...twilioProbes, output: twilioOutput };
    ours = { ...ourProbes, output: ourOutput };
  }, 300_000);

  it("probes every resource twilio's version classes reach, for both domains", () => {
    for (const domain of DOMAINS) expect(twilio.files.filter((file) => file.domain === domain).length, domain).toBeGreaterThan(0);
    expect(ours.files.map((file) => file.text.replace(/^import type twilio from .*$/m, ""))).toEqual(twilio.files.map((file) => file.text.replace(/^import type twilio from .*$/m, "")));
  });

  it("compiles against twilio itself under --strict (the probes are right)", () => {
    expect(twilio.output).toBe("");
  });

  it("compiles against ours under --strict, but for the listed spec disagreements", () => {
    const { probes, unplaced } = failures(ours.output, ours.directory, ours.files);
    expect(unplaced).toEqual([]);
    const unexplained = probes.filter((failure) => !EXCEPTIONS.some((exception) => covers(exception, failure)));
    expect(unexplained.map((failure) => `${failure.resource} ${failure.label}: ${failure.message}`)).toEqual([]);
    const unused = EXCEPTIONS.filter((exception) => !probes.some((failure) => covers(exception, failure)));
    expect(unused.map((exception) => exception.name)).toEqual([]);
  });

  it("each exception names the spec line that proves it", () => {
    for (const exception of EXCEPTIONS) {
      const source = readSource(exception.spec.document, documentPath(exception.spec.document));
      const value = valueAt(JSON.parse(source.text), exception.spec.pointer);
      expect(exception.proves(value), `${exception.name}: ${JSON.stringify(value)}`).toBe(true);
      expect(locate(source, exception.spec.pointer).line, exception.name).toBe(exception.spec.line);
    }
  });
});

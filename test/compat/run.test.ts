import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { consumerProject } from "../helpers/installed-packages.ts";
import type { Harness } from "./harness.ts";
import type { ProbeFile } from "./probes.ts";
import { RecordingHarness, type Step } from "./recording.ts";
import { routesOf, SpecStub } from "./stub.ts";
import { BASE_URLS, DOCUMENTS, documentPath, OUR_PACKAGE, writeProbes } from "./workspace.ts";

type Probe = (client: unknown, h: Harness) => Promise<void>;
type Factory = (accountSid: string, authToken: string, options: Record<string, unknown>) => unknown;

const ACCOUNT_SID = `AC${"0".repeat(32)}`;

interface Run {
  stub: SpecStub;
  harness: RecordingHarness;
}

async function run(probe: Probe, domain: string, makeClient: (stub: SpecStub) => unknown): Promise<Run> {
  const stub = new SpecStub(routesOf(documentPath(DOCUMENTS[domain]!)));
  const harness = new RecordingHarness(stub, BASE_URLS[domain]!);
  await probe(makeClient(stub), harness);
  return { stub, harness };
}

describe("the probes, run against a stub serving the spec's examples", () => {
  let files: ProbeFile[] = [];
  let directory = "";
  let twilio: Factory;
  let ours: Factory;

  beforeAll(async () => {
    ({ files, directory } = writeProbes("run", "ours"));
    twilio = (await import("twilio")).default as unknown as Factory;
    // Installed as npm lays it out (copies), so the aggregate finds the per-API packages beside it.
    const project = consumerProject("compat", { type: "module" });
    ours = ((await import(pathToFileURL(join(project, "node_modules", ...OUR_PACKAGE.split("/"), "dist/index.js")).href)) as { default: Factory }).default;
  }, 120_000);

  it("has probes to run", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it("sends what twilio sends, and calls back as twilio does, for every resource", async () => {
    const differences: string[] = [];
    for (const file of files) {
      const { probe } = (await import(pathToFileURL(join(directory, `${file.resource}.ts`)).href)) as { probe: Probe };
      const theirs = await run(probe, file.domain, (stub) => twilio(ACCOUNT_SID, "token", { httpClient: stub.httpClient }));
      const mine = await run(probe, file.domain, (stub) => ours(ACCOUNT_SID, "token", { fetch: stub.fetch }));
      const steps = compareSteps(mine.harness.steps, theirs.harness.steps);
      if (steps.length > 0) differences.push(`${file.resource}:\n${steps.slice(0, 4).join("\n")}`);
      const silent = [...mine.harness.expected].filter((label) => !mine.harness.fired.has(label));
      if (silent.length > 0) differences.push(`${file.resource}: callbacks never called: ${silent.join(", ")}`);
    }
    expect(differences).toEqual([]);
  }, 300_000);
});

/**
 * Step by step, ours must do what twilio does: the same requests, the same
 * outcome, the same callbacks. Two kinds of step may differ, both where
 * twilio-node 6.2.0 falls short:
 * - twilio throws synchronously (an instance whose payload lacks a path
 *   value, which twilio checks when it builds the instance's context): ours
 *   must then neither throw nor fail;
 * - twilio never calls back (its instance methods of JSON-body resources
 *   pass the callback where the proxy expects headers): ours may call back ok.
 * An instance's toJSON() may also have more fields (see sameEvent).
 */
function compareSteps(ours: Step[], theirs: Step[]): string[] {
  const problems: string[] = [];
  if (ours.map((step) => step.label).join() !== theirs.map((step) => step.label).join()) return [`steps differ: ours ${ours.map((step) => step.label).join(" ")}\n  twilio ${theirs.map((step) => step.label).join(" ")}`];
  ours.forEach((step, index) => {
    const twilio = theirs[index]!;
    if (twilio.events.some((event) => event.startsWith("threw "))) {
      if (step.events.some((event) => event.startsWith("threw ") || event.startsWith("rejected ") || event.includes("called back with"))) problems.push(`  ${step.label}: twilio throws, and ours fails too: ${step.events.join(" | ")}`);
      return;
    }
    const twilioCalledBack = twilio.events.some((event) => event.includes(" called back "));
    const mine = twilioCalledBack ? step.events : step.events.filter((event) => !event.endsWith(" called back ok"));
    const same = mine.length === twilio.events.length && mine.every((event, at) => sameEvent(step.label, event, twilio.events[at]!));
    if (!same) problems.push(`  ${step.label}\n    ours   ${step.events.join(" | ")}\n    twilio ${twilio.events.join(" | ")}`);
  });
  return problems;
}

/**
 * Events must match exactly, but for an instance's toJSON(): ours has every
 * field twilio's has, with the same value, and may have more (twilio-node
 * keeps only the fields its version declares).
 */
function sameEvent(label: string, ours: string, theirs: string): boolean {
  if (ours === theirs) return true;
  if (label !== "instance.toJSON") return false;
  const mine = JSON.parse(ours) as Record<string, unknown>;
  const twilio = JSON.parse(theirs) as Record<string, unknown>;
  return Object.entries(twilio).every(([key, value]) => JSON.stringify(mine[key]) === JSON.stringify(value));
}

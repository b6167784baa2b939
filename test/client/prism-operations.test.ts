import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planClient, type ClientPlan } from "../../generator/emit/client/plan.ts";
import type { Operation } from "../../generator/model/types.ts";
import { OperationCaller } from "../helpers/client-calls.ts";
import { PrismServer } from "../helpers/prism.ts";
import { loadApi, manifestDocument, projectRoot, specOperationCount } from "../helpers/project.ts";
import { arrayFormFields, sampleOptions, samplePathValues } from "../helpers/samples.ts";

interface Target {
  file: string;
  packageDir: string;
  include: (operationId: string) => boolean;
}

const INTERACTIONS = ["CreateInteraction", "FetchInteraction", "ListInteractionChannel", "FetchInteractionChannel", "UpdateInteractionChannel"];
const TARGETS: Target[] = [
  { file: "twilio_conversations_v1.json", packageDir: "conversations-v1", include: () => true },
  // The five Interactions operations that flex-interactions.yaml uses.
  { file: "twilio_flex_v1.json", packageDir: "flex-v1", include: (operationId) => INTERACTIONS.includes(operationId) },
];

interface ValidationIssue {
  location: string[];
  message: string;
}

/**
 * Prism 5 cannot read repeated form keys as an array (stoplightio/prism#2473),
 * yet repeated keys are what Twilio expects. For operations with array form
 * fields, its only complaint may be "must be array" on exactly those fields.
 */
function assertOnlyArrayComplaints(issues: ValidationIssue[], arrayFields: string[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(issue.location[0]).toBe("body");
    expect(arrayFields).toContain(issue.location.slice(1).join("."));
    expect(issue.message).toBe("Request body property " + issue.location.slice(1).join(".") + " must be array");
  }
}

for (const target of TARGETS) {
  describe(`every ${target.packageDir} operation through the generated client, against Prism`, () => {
    const document = manifestDocument(target.packageDir).path;
    const prism = new PrismServer(document);
    let plan: ClientPlan;
    let client: unknown;
    let lastBody: unknown;

    beforeAll(async () => {
      const baseUrl = await prism.start();
      plan = planClient((await loadApi(document, target.file)).api);
      const { default: twilio } = (await import(join(projectRoot, "generated", target.packageDir, "dist/index.js"))) as { default: (sid: string, token: string, options: object) => unknown };
      const recordingFetch: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        lastBody = await response.clone().json().catch(() => undefined);
        return response;
      };
      client = twilio("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "token", { baseUrl, fetch: recordingFetch });
    });
    afterAll(() => prism.stop());

    const expected = specOperationCount(document, target.include);

    it(`calls all ${expected} operations`, async () => {
      const caller = new OperationCaller(client, plan);
      const calls: Array<{ operation: Operation; outcome: string }> = [];
      for (const resource of plan.all) {
        for (const operation of Object.values(resource.operations)) {
          if (!target.include(operation.operationId)) continue;
          const arrays = arrayFormFields(operation);
          try {
            await caller.call(operation.operationId, samplePathValues(operation), sampleOptions(operation));
            expect(arrays, `${operation.operationId} has array fields yet Prism accepted it`).toEqual([]);
            calls.push({ operation, outcome: "2xx" });
          } catch (error) {
            const status = (error as { status?: number }).status;
            if (status !== 422 || arrays.length === 0) throw new Error(`${operation.operationId} failed: ${(error as Error).message} ${JSON.stringify(lastBody)}`);
            assertOnlyArrayComplaints((lastBody as { validation: ValidationIssue[] }).validation, arrays);
            calls.push({ operation, outcome: `422 must-be-array on ${arrays.join(", ")}` });
          }
        }
      }
      const arrayCalls = calls.filter((call) => call.outcome !== "2xx");
      console.log(`${target.packageDir}: ${calls.length} operations called, ${calls.length - arrayCalls.length} 2xx, ${arrayCalls.length} with Prism's array limitation:\n${arrayCalls.map((call) => `  ${call.operation.operationId}: ${call.outcome}`).join("\n")}`);
      expect(calls).toHaveLength(expected);
    });
  });
}

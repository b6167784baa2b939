import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { RunContext } from "../../generator/context.ts";
import { planAggregate, shortcutsOf, type AggregatePlan, type VersionPlan } from "../../generator/emit/aggregate/plan.ts";
import { clientViews } from "../../generator/emit/client/views.ts";
import { allDocumentInputs, readManifest } from "../../generator/manifest.ts";
import { buildModel } from "../../generator/load/index.ts";
import { projectRoot } from "../helpers/project.ts";
import { twilioNodeDomains, type TwilioNodeDomain } from "./twilio-node-surface.ts";

/**
 * The 50 documents of @twilio-alpha/mcp 0.7.0, the set this test was written on. With cli-core 9.0.0's 71, two
 * pairs share a domain version (content-sdk and content-v1 are both content.v1; flex-api-v1 and flex-v1 both
 * flexApi.v1), which the aggregate plan refuses; that is for the aggregate to settle.
 */
const OLDER_SET = "@twilio-alpha/mcp/twilio-oai/spec/json";

/**
 * twilio-node's shortcuts are kept by hand and were frozen before these
 * versions shipped, so they still read the older version. The rule (newest
 * version with the name) points at the newer one; each exception is named here.
 */
const FROZEN_BEFORE_NEWER_VERSION: Record<string, string> = {
  "content.contents": "content v2 has `contents` too",
  "lookups.phoneNumbers": "lookups v2 has `phoneNumbers` too",
};

function version(name: string, accessors: string[], implied: string[] = []): VersionPlan {
  return { version: name, apiId: `x-${name}`, packageName: `x-${name}`, factoryBinding: name, restBinding: `${name}R`, typeBinding: name, versionType: name, accessors, implied };
}

describe("the aggregate's shortcut rule", () => {
  it("points each name at the newest version that has it, as twilio-node's chat and pricing do", () => {
    const shortcuts = shortcutsOf([version("v1", ["credentials", "services"]), version("v2", ["credentials", "services"]), version("v3", ["channels"])]);
    expect(shortcuts).toEqual([
      { accessor: "channels", version: "v3" },
      { accessor: "credentials", version: "v2" },
      { accessor: "services", version: "v2" },
    ]);
  });

  it("prefers a resource with operations over a newer one the document only implies", () => {
    expect(shortcutsOf([version("v2", ["services"]), version("v3", ["services"], ["services"])])).toEqual([{ accessor: "services", version: "v2" }]);
    expect(shortcutsOf([version("v2010", ["sip"], ["sip"])])).toEqual([{ accessor: "sip", version: "v2010" }]);
  });

  it("never hides a version accessor behind a resource of that name", () => {
    expect(shortcutsOf([version("v1", ["v2", "users"]), version("v2", ["users"])])).toEqual([{ accessor: "users", version: "v2" }]);
  });
});

describe("the aggregate over every document of the pinned package, against twilio 6.2.0", () => {
  let plan: AggregatePlan;
  let theirs: Map<string, TwilioNodeDomain>;

  beforeAll(async () => {
    const model = await buildModel(new RunContext(), { documents: allDocumentInputs({ ...readManifest(join(projectRoot, "specs/manifest.json"), projectRoot), allDocuments: OLDER_SET }, join(projectRoot, "specs/manifest.json"), projectRoot), capabilities: [] });
    plan = planAggregate(clientViews(model));
    theirs = new Map(twilioNodeDomains().map((domain) => [domain.host, domain]));
  });

  it("names each domain as twilio-node does, for every host both know", () => {
    const shared = plan.domains.filter((domain) => theirs.has(domain.host));
    expect(shared.length).toBeGreaterThan(theirs.size / 2);
    for (const domain of shared) expect(domain.accessor, domain.host).toBe(theirs.get(domain.host)!.accessor);
  });

  it("has every twilio-node shortcut whose resource the version has, on the same version but for the named exceptions", () => {
    const compared: string[] = [];
    const differing: string[] = [];
    let onGeneratedVersions = 0;
    for (const domain of plan.domains) {
      const ours = new Map(domain.shortcuts.map((shortcut) => [shortcut.accessor, shortcut.version]));
      for (const [name, target] of theirs.get(domain.host)?.shortcuts ?? []) {
        if (domain.versions.some((entry) => entry.version === target)) onGeneratedVersions++;
        // Where the per-API package names the resource otherwise (bulkexports' `exportConfiguration`), the client emitter decides, not this rule.
        if (!domain.versions.find((entry) => entry.version === target)?.accessors.includes(name)) continue;
        compared.push(`${domain.accessor}.${name}`);
        if (ours.get(name) !== target) differing.push(`${domain.accessor}.${name}`);
      }
    }
    // Most of them: the rest are resources the per-API packages name otherwise.
    expect(compared.length).toBeGreaterThan(onGeneratedVersions * 0.8);
    expect(differing.sort()).toEqual(Object.keys(FROZEN_BEFORE_NEWER_VERSION).sort());
  });
});

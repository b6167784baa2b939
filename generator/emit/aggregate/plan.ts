import { AGGREGATE_PACKAGE, bindingName, compareCodeUnits, compareVersions, domainTypeName, snakeCase, typeName, UniqueNames } from "../../names.ts";
import type { ClientPlan } from "../client/plan.ts";
import type { ClientView } from "../client/views.ts";

/** One API package as a version of a domain: `conversations.v1` is `@twilio-codegen/conversations-v1`. */
export interface VersionPlan {
  version: string;
  apiId: string;
  packageName: string;
  /** The local name of the package's `twilio` factory in the aggregate's index. */
  factoryBinding: string;
  /** The local name of the package's RestException class. */
  restBinding: string;
  /** The local name of the package's version type (`ConversationsV1`). */
  typeBinding: string;
  /** The type's name inside its package. */
  versionType: string;
  /** Accessors on the version root, in the package's order. */
  accessors: string[];
  /** Those of them with no operations of their own: resources the document only implies (chat v3's `services`). */
  implied: string[];
}

/** A deprecated domain-level accessor twilio-node keeps: `conversations.users` for `conversations.v1.users`. */
export interface ShortcutPlan {
  accessor: string;
  version: string;
}

export interface DomainPlan {
  /** The client property (`flexApi`), from the host the names module reads. */
  accessor: string;
  /** The domain's type (`FlexApi`). */
  typeName: string;
  host: string;
  /** The local name of the domain's table in the aggregate's index (`FLEX_API_DOMAIN`). */
  sourceBinding: string;
  /** Oldest first. */
  versions: VersionPlan[];
  shortcuts: ShortcutPlan[];
}

export interface AggregatePlan {
  packageName: string;
  /** Sorted by accessor. */
  domains: DomainPlan[];
}

const RESERVED_TYPES = ["Twilio", "TwilioSDK", "ClientOpts", "ClientOptions", "RestException", "Domain", "Promise"];

/**
 * Gathers every API's client under its twilio-node domain. The domain is the
 * API's host (`flex-api.twilio.com` → `flexApi`) and the version is the API's
 * own version accessor, both as each package already names them.
 */
export function planAggregate(views: ReadonlyMap<string, ClientView>): AggregatePlan {
  const plans = [...views.values()].map((view) => view.plan).sort((a, b) => compareCodeUnits(a.api.id, b.api.id));
  const clash = plans.find((plan) => plan.api.id === AGGREGATE_PACKAGE.directory);
  if (clash) throw new Error(`API ${clash.api.id} (${clash.api.source.file}) would be written where the aggregate package ${AGGREGATE_PACKAGE.name} goes; rename its document`);
  const byDomain = new Map<string, ClientPlan[]>();
  for (const plan of withoutSharedVersions(plans)) byDomain.set(plan.domainAccessor, [...(byDomain.get(plan.domainAccessor) ?? []), plan]);
  const types = new UniqueNames(RESERVED_TYPES);
  const bindings = new UniqueNames(["twilio", "Twilio", "DOMAINS"]);
  const domains = [...byDomain.entries()].sort(([a], [b]) => compareCodeUnits(a, b)).map(([accessor, members]) => {
    const domainType = types.claim(domainTypeName(accessor));
    const versions = members.map((plan) => versionPlan(plan, bindings, types)).sort((a, b) => compareVersions(a.version, b.version));
    refuseSharedVersions(accessor, members);
    const sourceBinding = bindings.claim(`${snakeCase(accessor).toUpperCase()}_DOMAIN`);
    return { accessor, typeName: domainType, host: new URL(members[0]!.api.baseUrl).host, sourceBinding, versions, shortcuts: shortcutsOf(versions) };
  });
  return { packageName: AGGREGATE_PACKAGE.name, domains };
}

function versionPlan(plan: ClientPlan, bindings: UniqueNames, types: UniqueNames): VersionPlan {
  const accessors = plan.roots.map((root) => root.accessor);
  const implied = plan.roots.filter((root) => Object.keys(root.operations).length === 0).map((root) => root.accessor);
  // api.twilio.com: the package's version root also offers `account` and mirrors its children.
  if (plan.account) accessors.push("account", ...plan.account.children.map((child) => child.accessor).filter((name) => !accessors.includes(name)));
  return {
    version: plan.versionAccessor,
    apiId: plan.api.id,
    packageName: plan.packageName,
    factoryBinding: bindings.claim(bindingName(plan.api.id)),
    restBinding: bindings.claim(`${typeName(plan.api.id)}RestException`),
    typeBinding: types.claim(plan.versionType),
    versionType: plan.versionType,
    accessors,
    implied,
  };
}

/**
 * cli-core 9.0.0 has documents that share another's domain version: flex-api v1
 * and voice oneconsole (no operations yet) beside flex v1 and voice v1, and
 * content sdk (an unversioned document) beside content v1. An API with no
 * operations adds nothing to the aggregate; of two with operations, the one
 * whose document names that version keeps it. The other stays its own package.
 */
function withoutSharedVersions(plans: ClientPlan[]): ClientPlan[] {
  const kept = new Map<string, ClientPlan>();
  for (const plan of plans.filter((candidate) => candidate.api.operations.length > 0)) {
    const slot = `${plan.domainAccessor}.${plan.versionAccessor}`;
    const earlier = kept.get(slot);
    if (earlier === undefined || (earlier.api.version !== plan.versionAccessor && plan.api.version === plan.versionAccessor)) kept.set(slot, plan);
  }
  return plans.filter((plan) => [...kept.values()].includes(plan));
}

function refuseSharedVersions(domain: string, members: ClientPlan[]): void {
  const seen = new Map<string, ClientPlan>();
  for (const plan of members) {
    const earlier = seen.get(plan.versionAccessor);
    if (earlier) throw new Error(`APIs ${earlier.api.id} (${earlier.api.source.file}) and ${plan.api.id} (${plan.api.source.file}) are both ${domain}.${plan.versionAccessor}; one domain version can hold only one API`);
    seen.set(plan.versionAccessor, plan);
  }
}

/**
 * twilio-node's rule for its deprecated shortcuts, as its hand-kept domain
 * files show it: each resource of the domain's versions is also on the domain
 * itself, pointing at the newest version that has a resource of that name
 * (`chat.channels` → v3, `chat.services` → v2, `pricing.voice` → v2). A
 * resource with operations wins over one the document only implies (chat v3's
 * `services` has none: the shortcut stays on v2). Names that are version
 * accessors stay versions.
 */
export function shortcutsOf(versions: readonly VersionPlan[]): ShortcutPlan[] {
  const versionNames = new Set(versions.map((version) => version.version));
  const target = new Map<string, { version: string; implied: boolean }>();
  for (const version of versions) {
    const implied = new Set(version.implied);
    for (const accessor of version.accessors) {
      if (versionNames.has(accessor)) continue;
      const candidate = { version: version.version, implied: implied.has(accessor) };
      const earlier = target.get(accessor);
      if (earlier === undefined || !candidate.implied || earlier.implied) target.set(accessor, candidate);
    }
  }
  return [...target.entries()].map(([accessor, { version }]) => ({ accessor, version })).sort((a, b) => compareCodeUnits(a.accessor, b.accessor));
}

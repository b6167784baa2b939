import type { Resource } from "../../model/types.ts";
import type { RunContext } from "../../context.ts";
import { pointerOf, type SourcePlace } from "../../diagnostics.ts";
import { compareCodeUnits, mountNameFromPath, pascalCase, pathShape } from "../../names.ts";
import { isRecord } from "./read.ts";

export interface PathEntry {
  path: string;
  item: Record<string, unknown>;
  pathType: "list" | "instance";
}

interface Draft extends Resource {
  parentPath?: string;
  versionPrefix: string;
}

/**
 * Groups paths into resources and links them into a tree, following x-twilio:
 * a list path and its `/{Sid}` instance path are one resource; an instance path
 * with no list is a singleton; `parent` names the parent's path; `mountName` and
 * `className` rename. An operation-level `mountName` splits that operation into
 * a resource of its own, as twilio-node does for `new_keys`.
 */
export class ResourceTreeBuilder {
  private readonly drafts = new Map<string, Draft>();
  /** List path shape → its path-level mount name, and its path (operations or not). */
  private readonly listMounts: Map<string, string>;
  private readonly listPaths: Map<string, string>;

  constructor(
    private readonly ctx: RunContext,
    private readonly entries: PathEntry[],
    private readonly place: (pointer: string) => SourcePlace,
  ) {
    const lists = entries.filter((entry) => entry.pathType === "list");
    this.listMounts = new Map(lists.map((entry) => [pathShape(entry.path), pathMountName(entry)]));
    this.listPaths = new Map(lists.map((entry) => [pathShape(entry.path), entry.path]));
  }

  /** Registers a path and returns the key of the resource it belongs to. */
  resourceFor(entry: PathEntry, operationMountName?: string): string {
    const twilio = isRecord(entry.item["x-twilio"]) ? entry.item["x-twilio"] : {};
    const shape = pathShape(entry.path);
    const pathMount = pathMountName(entry);
    // An instance joins its list only under the same name: iam's `get_api_keys` list and `api_key` instance are two resources.
    const listShape = shape.endsWith("/{}") ? shape.slice(0, -3) : undefined;
    const joinsList = entry.pathType === "instance" && listShape !== undefined && this.listMounts.get(listShape) === pathMount;
    const baseKey = joinsList ? listShape : shape;
    const split = operationMountName !== undefined && operationMountName !== pathMount;
    const key = split ? `${baseKey}#${operationMountName}` : baseKey;
    const mountName = split ? operationMountName : pathMount;
    const draft = this.drafts.get(key) ?? this.createDraft(key, entry, mountName, twilio, split);
    if (entry.pathType === "list") draft.listPath = entry.path;
    else draft.instancePath = entry.path;
    // A list path with no operations still makes its instance a list member (bulkexports' /v1/Exports).
    if (joinsList && draft.listPath === undefined) draft.listPath = this.listPaths.get(listShape);
    return key;
  }

  private createDraft(key: string, entry: PathEntry, mountName: string, twilio: Record<string, unknown>, split: boolean): Draft {
    const className = !split && typeof twilio["className"] === "string" && twilio["className"] !== "" ? twilio["className"] : mountName;
    const draft: Draft = { key, mountName, className, typeStem: "", singleton: false, children: [], operations: [], versionPrefix: versionPrefixOf(entry.path) };
    if (typeof twilio["parent"] === "string" && twilio["parent"] !== "") draft.parentPath = twilio["parent"];
    if (typeof entry.item["description"] === "string" && entry.item["description"] !== "") draft.description = entry.item["description"];
    this.drafts.set(key, draft);
    return draft;
  }

  addOperation(resourceKey: string, operationId: string): void {
    this.drafts.get(resourceKey)?.operations.push(operationId);
  }

  /** Links parents and children and fixes the derived fields. */
  build(): { resources: Resource[]; roots: string[] } {
    const drafts = [...this.drafts.values()];
    const byShape = new Map<string, Draft>();
    for (const draft of drafts) {
      draft.singleton = draft.listPath === undefined && draft.instancePath !== undefined && !pathShape(draft.instancePath).endsWith("/{}");
      draft.typeStem = typeStemOf(draft.operations);
      for (const path of [draft.listPath, draft.instancePath]) if (path !== undefined && !draft.key.includes("#")) byShape.set(pathShape(path), draft);
    }
    for (const draft of drafts) this.linkParent(draft, byShape);
    for (const draft of drafts) this.adoptOrphan(draft, byShape);
    const sortByMount = (a: string, b: string) => compareResources(this.drafts.get(a)!, this.drafts.get(b)!);
    const resources = [...this.drafts.values()].map((draft) => finish(draft, sortByMount)).sort((a, b) => compareCodeUnits(a.key, b.key));
    const roots = resources.filter((resource) => resource.parentKey === undefined).map((resource) => resource.key).sort(sortByMount);
    return { resources, roots };
  }

  private linkParent(draft: Draft, byShape: Map<string, Draft>): void {
    if (draft.parentPath === undefined) return;
    const shape = pathShape(`${draft.versionPrefix}${draft.parentPath}`);
    // A parent instance the document never declares (iam's /v1/Roles/{Sid}) is no namespace: it needs a value, which adoptOrphan provides for.
    if (!byShape.has(shape) && shape.endsWith("/{}")) return;
    const parent = byShape.get(shape) ?? this.namespaceFor(shape, draft.versionPrefix, byShape);
    if (parent === draft) {
      const path = draft.listPath ?? draft.instancePath ?? draft.key;
      this.ctx.warn(this.place(pointerOf("paths", path, "x-twilio", "parent")), `resource names itself as parent; mounted at the top level`);
      return;
    }
    attach(draft, parent, shape);
    if (draft.parentMount === "instance" && parent.instancePath !== undefined && parent.listPath !== undefined && suppliedBy(draft) < parameterCount(parent.instancePath)) {
      // taskrouter's Workers/CumulativeStatistics names the worker instance as parent, yet its path has no worker SID.
      draft.parentMount = "list";
      const path = draft.listPath ?? draft.instancePath ?? draft.key;
      this.ctx.warn(this.place(pointerOf("paths", path, "x-twilio", "parent")), `parent ${JSON.stringify(draft.parentPath)} is an instance, but this path has no value for it; mounted on the parent's list instead`);
    }
  }

  /**
   * A root whose path has parameters before its own segment (iam's
   * /Organizations/{OrganizationSid}/Accounts, monitor's /v2/Alarms/{Sid}/status)
   * cannot get those values from anywhere: it hangs off the path ending at its
   * last such parameter, an existing resource or a callable one made for it.
   */
  private adoptOrphan(draft: Draft, byShape: Map<string, Draft>): void {
    const path = draft.listPath ?? draft.instancePath;
    if (path === undefined || draft.parentKey !== undefined) return;
    const prefix = leadingParameterPrefix(path, draft.listPath === undefined && pathShape(path).endsWith("/{}"));
    // A list path that ends in its values (insights' /Inbound/{reportId}) stays where it is: its accessor takes them.
    if (prefix === undefined || pathShape(prefix) === pathShape(path)) return;
    const parent = byShape.get(pathShape(prefix)) ?? this.callableFor(prefix, draft.versionPrefix, byShape);
    attach(draft, parent, pathShape(prefix));
    draft.adopted = true;
  }

  private callableFor(path: string, versionPrefix: string, byShape: Map<string, Draft>): Draft {
    const { draft, created } = this.synthesize(pathShape(path), versionPrefix, byShape, path);
    if (created) this.adoptOrphan(draft, byShape);
    return draft;
  }

  /** A resource the document implies but never declares; an existing resource of that shape is never replaced. */
  private synthesize(shape: string, versionPrefix: string, byShape: Map<string, Draft>, instancePath?: string): { draft: Draft; created: boolean } {
    const existing = this.drafts.get(shape);
    if (existing) return { draft: existing, created: false };
    const mountName = mountNameFromPath(shape);
    const draft: Draft = { key: shape, mountName, className: mountName, typeStem: pascalCase(mountName), singleton: false, children: [], operations: [], versionPrefix };
    if (instancePath !== undefined) draft.instancePath = instancePath;
    this.drafts.set(shape, draft);
    byShape.set(shape, draft);
    return { draft, created: true };
  }

  /**
   * A parent that is no path of the document is a namespace: twilio-node mounts
   * accounts' `credentials.aws` and api's `sip.domains(sid).auth.calls` under
   * plain objects. A namespace hangs off the nearest path above it that exists
   * (making namespaces on the way), or off the version root.
   */
  private namespaceFor(shape: string, versionPrefix: string, byShape: Map<string, Draft>): Draft {
    const { draft: namespace, created } = this.synthesize(shape, versionPrefix, byShape);
    if (!created) return namespace;
    for (let above = shape.slice(0, shape.lastIndexOf("/")); above.length > versionPrefix.length; above = above.slice(0, above.lastIndexOf("/"))) {
      const found = byShape.get(above);
      if (found) {
        attach(namespace, found, above);
        return namespace;
      }
      if (!above.endsWith("/{}")) {
        attach(namespace, this.namespaceFor(above, versionPrefix, byShape), above);
        return namespace;
      }
    }
    return namespace;
  }
}

function parameterCount(path: string): number {
  return (path.match(/\{[^}]+\}/g) ?? []).length;
}

/** Path values a resource's accessor gets from above: all of its list path's, or its instance path's but the last. */
function suppliedBy(draft: Draft): number {
  if (draft.listPath !== undefined) return parameterCount(draft.listPath);
  const instance = draft.instancePath ?? "";
  return parameterCount(instance) - (pathShape(instance).endsWith("/{}") ? 1 : 0);
}

/** `/Organizations/{OrganizationSid}/Accounts` → `/Organizations/{OrganizationSid}`; undefined when no parameter comes before the resource's own. */
function leadingParameterPrefix(path: string, endsWithOwnParameter: boolean): string | undefined {
  const segments = path.split("/");
  const own = endsWithOwnParameter ? segments.length - 1 : segments.length;
  let last = -1;
  for (let index = 0; index < own; index++) if (/^\{[^}]+\}(\.json)?$/.test(segments[index]!)) last = index;
  return last === -1 ? undefined : segments.slice(0, last + 1).join("/");
}

/** Links a child under its parent, on the parent's list accessor when the parent path named is its list path. */
function attach(child: Draft, parent: Draft, parentShape: string): void {
  child.parentKey = parent.key;
  const viaList = parent.listPath !== undefined && parent.instancePath !== undefined && pathShape(parent.listPath) === parentShape;
  child.parentMount = viaList ? "list" : "instance";
  parent.children.push(child.key);
}

function finish(draft: Draft, sortByMount: (a: string, b: string) => number): Resource {
  const { parentPath: _parentPath, versionPrefix: _prefix, ...resource } = draft;
  resource.children.sort(sortByMount);
  resource.operations.sort((a, b) => kindRank(a) - kindRank(b) || compareCodeUnits(a, b));
  return resource;
}

const KIND_RANK = ["List", "Create", "Fetch", "Update", "Patch", "Delete"];

/** Orders a resource's operations as a reader expects: list, create, fetch, update, patch, delete. */
function kindRank(operationId: string): number {
  const rank = KIND_RANK.findIndex((prefix) => operationId.startsWith(prefix));
  return rank === -1 ? KIND_RANK.length : rank;
}

function compareResources(a: Resource, b: Resource): number {
  return compareCodeUnits(a.mountName, b.mountName) || compareCodeUnits(a.key, b.key);
}

function pathMountName(entry: PathEntry): string {
  const twilio = isRecord(entry.item["x-twilio"]) ? entry.item["x-twilio"] : {};
  return typeof twilio["mountName"] === "string" && twilio["mountName"] !== "" ? twilio["mountName"] : mountNameFromPath(entry.path);
}

/** `/v1/Users` → `/v1`; preview's `/HostedNumbers/...` → `/HostedNumbers`. Parents are written relative to it. */
function versionPrefixOf(path: string): string {
  const first = path.split("/")[1] ?? "";
  return `/${first}`;
}

/** The stem the operationIds share once the kind prefix is removed: `ListUser`/`FetchUser` → `User`. */
function typeStemOf(operationIds: string[]): string {
  const counts = new Map<string, number>();
  for (const id of operationIds) {
    const stem = id.replace(/^(Create|Fetch|Update|Patch|Delete|List)(?=[A-Z0-9])/, "");
    counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort(([a, countA], [b, countB]) => countB - countA || a.length - b.length || compareCodeUnits(a, b));
  return ranked[0]?.[0] ?? "";
}

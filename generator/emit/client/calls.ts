import type { OperationKind } from "../../model/types.ts";
import { compareCodeUnits } from "../../names.ts";
import { setOwn } from "../../own.ts";
import type { ClientPlan, ResourcePlan } from "./plan.ts";

/** How to reach one operation through the generated client, for the MCP server and REST adapter. */
export interface CallRoute {
  kind: OperationKind;
  method: string;
  path: string;
  /**
   * Accessors from the version root. A step with `call` is called before going
   * on: `instance` with the next path value, `singleton` with none.
   */
  chain: Array<{ name: string; call?: "instance" | "singleton"; arity?: number }>;
  /** Path parameter wire names, in path order. */
  pathParameters: string[];
  /** The request body is JSON (sent as the call's remaining options). */
  json?: true;
  /** The method takes an options object first (else only call options): lists always do. */
  takesParams: boolean;
  tags: string[];
}

export interface CallTable {
  api: string;
  /** Where the client module lives, relative to the API's folder. */
  client: string;
  domain: string;
  version: string;
  operations: Record<string, CallRoute>;
}

export function callTable(plan: ClientPlan): CallTable {
  const operations: Record<string, CallRoute> = {};
  const visit = (resource: ResourcePlan, path: ResourcePlan[]) => {
    for (const [kind, operation] of Object.entries(resource.operations)) {
      const route: CallRoute = {
        kind: kind as OperationKind,
        method: operation.method,
        path: operation.path,
        chain: chainOf(path, resource.placement[kind as OperationKind] === "instance"),
        pathParameters: operation.parameters.filter((parameter) => parameter.location === "path").map((parameter) => parameter.name),
        takesParams: kind === "list" || operation.jsonBody !== undefined || operation.parameters.some((parameter) => parameter.location !== "path"),
        tags: operation.tags,
      };
      if (operation.jsonBody) route.json = true;
      setOwn(operations, operation.operationId, route);
    }
    for (const child of [...resource.children, ...resource.listChildren]) visit(child, [...path, child]);
  };
  for (const root of plan.roots) visit(root, [root]);
  const sorted = Object.fromEntries(Object.entries(operations).sort(([a], [b]) => compareCodeUnits(a, b)));
  return { api: plan.api.id, client: "dist/index.js", domain: plan.domainAccessor, version: plan.versionAccessor, operations: sorted };
}

/** Call an instance accessor to reach its context's children; singletons carry their children on the accessor too. */
function chainOf(path: ResourcePlan[], onInstance: boolean): CallRoute["chain"] {
  return path.map((step, index) => {
    const next = path[index + 1];
    const call = next === undefined ? (onInstance ? step.callable : undefined) : step.callable === "instance" && step.children.includes(next) ? "instance" : undefined;
    if (call === undefined) return { name: step.accessor };
    return call === "instance" && step.ownParameters.length !== 1 ? { name: step.accessor, call, arity: step.ownParameters.length } : { name: step.accessor, call };
  });
}

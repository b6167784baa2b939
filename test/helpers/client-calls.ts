import type { ClientPlan, ResourcePlan } from "../../generator/emit/client/plan.ts";
import type { Operation, OperationKind } from "../../generator/model/types.ts";

type Callable = ((...args: unknown[]) => unknown) & Record<string, unknown>;

/** Root-to-resource chain of plans for each resource. */
export function chains(plan: ClientPlan): Map<ResourcePlan, ResourcePlan[]> {
  const result = new Map<ResourcePlan, ResourcePlan[]>();
  const visit = (resource: ResourcePlan, parents: ResourcePlan[]) => {
    const chain = [...parents, resource];
    result.set(resource, chain);
    for (const child of resource.children) visit(child, chain);
  };
  for (const root of plan.roots) visit(root, []);
  return result;
}

/**
 * Calls one operation the way a user would write it, e.g.
 * `client.conversations.v1.services(sid).conversations(sid).messages.create(params)`.
 */
export function callOperation(client: unknown, plan: ClientPlan, chain: ResourcePlan[], kind: OperationKind, operation: Operation, pathValues: string[], params: Record<string, unknown>): Promise<unknown> {
  const values = [...pathValues];
  let node = ((client as Record<string, Record<string, unknown>>)[plan.domainAccessor]!)[plan.versionAccessor] as Record<string, unknown>;
  chain.forEach((resource, index) => {
    const accessor = node[resource.accessor] as Callable;
    const last = index === chain.length - 1;
    const needsContext = !last || kind === "fetch" || kind === "update" || kind === "remove";
    if (!needsContext || resource.callable === undefined) node = accessor;
    else node = (resource.callable === "instance" ? accessor(values.shift()) : accessor()) as Record<string, unknown>;
  });
  const method = node[kind] as (...args: unknown[]) => Promise<unknown>;
  const takesParams = operation.parameters.some((parameter) => parameter.location !== "path") || operation.jsonBody !== undefined;
  const args = kind === "list" ? [{ ...params, limit: 3 }] : takesParams ? [params] : [];
  return method.apply(node, args);
}

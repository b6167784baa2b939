import type { ApiModel, Resource } from "./types.ts";

/**
 * A plain-text view of an API's resource tree, for review and snapshots: one
 * line per resource with its accessor path (`users/{sid}/user_conversations`),
 * then one line per operation with its kind, method and path.
 */
export function summarizeApi(api: ApiModel): string {
  const byKey = new Map(api.resources.map((resource) => [resource.key, resource]));
  const operations = new Map(api.operations.map((operation) => [operation.operationId, operation]));
  const lines = [`${api.id} — ${api.title} — ${api.baseUrl} — ${api.operations.length} operations, ${api.resources.length} resources`];
  const visit = (resource: Resource, accessor: string, depth: number) => {
    const indent = "  ".repeat(depth);
    lines.push(`${indent}${accessor}${describe(resource)}`);
    for (const id of resource.operations) {
      const operation = operations.get(id)!;
      lines.push(`${indent}  - ${operation.kind.padEnd(6)} ${operation.method.padEnd(6)} ${operation.path}  ${id}${operation.pagination ? ` [page key: ${operation.pagination.itemsKey}]` : ""}`);
    }
    for (const key of resource.children) {
      const child = byKey.get(key)!;
      const viaInstance = !resource.singleton && resource.instancePath !== undefined && child.parentMount !== "list";
      visit(child, `${accessor}/${viaInstance ? "{sid}/" : ""}${child.mountName}`, depth + 1);
    }
  };
  for (const root of api.roots) visit(byKey.get(root)!, byKey.get(root)!.mountName, 0);
  return `${lines.join("\n")}\n`;
}

function describe(resource: Resource): string {
  const shape = resource.singleton ? "singleton" : resource.listPath === undefined && resource.instancePath === undefined ? "namespace" : resource.listPath === undefined ? "instance only" : resource.instancePath === undefined ? "list only" : "list + instance";
  const naming = resource.className === resource.mountName ? "" : `, class ${resource.className}`;
  return `  (${shape}, type ${resource.typeStem}${naming})`;
}

import type { Declaration } from "../ts.ts";
import { optionsTypeName } from "./methods.ts";
import type { ResourcePlan } from "./plan.ts";

/**
 * twilio-node's exported type names, as aliases of ours: `UserListInstanceCreateOptions`
 * for `UserCreateOptions`, `UserContextUpdateOptions`, `UserListInstanceOptions`, `UserPage`.
 * Ours stay the primary names (one options type per operation, whatever side it is on).
 * `declared` says which of our types exist (an operation without inputs has no options type).
 */
export function twilioAliases(resource: ResourcePlan, declared: (name: string) => boolean): Declaration[] {
  const base = resource.typeBase;
  const aliases: Array<[string, string]> = [];
  const sides: Record<string, string> = { create: "ListInstanceCreate", fetch: "ContextFetch", update: "ContextUpdate", remove: "ContextRemove" };
  for (const [kind, side] of Object.entries(sides)) if (declared(optionsTypeName(resource, kind))) aliases.push([`${base}${side}Options`, optionsTypeName(resource, kind)]);
  if (resource.operations.list) {
    const list = optionsTypeName(resource, "list");
    aliases.push([`${base}ListInstanceOptions`, list], [`${base}ListInstancePageOptions`, list]);
    aliases.push([`${base}ListInstanceEachOptions`, `${list} & EachOptions<${base}Instance>`]);
    aliases.push([`${base}Page`, `Page<${base}Instance>`]);
  }
  return aliases.map(([name, type]) => alias(name, type));
}

export function alias(name: string, type: string): Declaration {
  return { kind: "type", isExported: true, name, type, docs: ["twilio-node's name for this type."] };
}

/** twilio-node's name for a spec enum: `UserEnumWebhookEnabledType` → `UserWebhookEnabledType`. */
export function twilioEnumName(ours: string): string | undefined {
  const name = ours.replace(/Enum(?=[A-Z])/, "");
  return name === ours ? undefined : name;
}

/** Aliases whose names no primary declaration or earlier alias has: an alias never shadows a type. */
export function uniqueAliases(primary: Declaration[], aliases: Declaration[]): Declaration[] {
  const taken = new Set(primary.flatMap((statement) => ("name" in statement && typeof statement.name === "string" ? [statement.name] : [])));
  return aliases.filter((alias) => {
    if (!("name" in alias) || typeof alias.name !== "string" || taken.has(alias.name)) return false;
    taken.add(alias.name);
    return true;
  });
}

import { closestName, unknownArguments } from "../mcp/strict-arguments.js";
import type { JsonSchema } from "../mcp/tool-types.js";

/** One declared input of a REST route, as `routes.json` carries it. */
export interface DeclaredRequestInput {
  name: string;
  in: string;
  feeds: { body: true } | { location: string; parameter: string };
  schema: { [key: string]: unknown };
}

export interface UnknownField {
  field: string;
  in: "query" | "body";
  message: string;
}

/** Twilio's paging query keys: a paging link from the adapter carries them back even when a route does not declare them. */
export const PAGING_PARAMETERS = ["PageSize", "Page", "PageToken"] as const;
const PAGING_KEYS = new Set<string>(PAGING_PARAMETERS);

/**
 * Query keys and body fields a route does not declare. They are refused (400)
 * rather than dropped: a misspelt `friendlyName` must not turn into a request
 * without it that reports success.
 */
export function unknownRequestFields(parameters: readonly DeclaredRequestInput[], query: readonly string[], body: Record<string, unknown> | undefined): UnknownField[] {
  const problems: UnknownField[] = [];
  const declaredQuery = parameters.filter((parameter) => parameter.in === "query").map((parameter) => parameter.name);
  for (const key of new Set(query)) {
    if (declaredQuery.includes(key) || PAGING_KEYS.has(key)) continue;
    problems.push({ field: key, in: "query", message: unknownMessage(key, declaredQuery) });
  }
  if (body === undefined) return problems;
  const whole = parameters.find((parameter) => parameter.in === "body" && "body" in parameter.feeds);
  if (whole !== undefined) {
    for (const entry of unknownArguments(whole.schema as JsonSchema, body)) problems.push({ field: entry.path, in: "body", message: `is not a field of this request${entry.closest === undefined ? "" : ` (did you mean ${JSON.stringify(entry.closest)}?)`}` });
    return problems;
  }
  const declaredBody = parameters.filter((parameter) => parameter.in === "body").map((parameter) => parameter.name);
  for (const key of Object.keys(body)) if (!declaredBody.includes(key)) problems.push({ field: key, in: "body", message: unknownMessage(key, declaredBody) });
  return problems;
}

function unknownMessage(key: string, known: readonly string[]): string {
  const closest = closestName(key, known);
  return `is not a parameter of this route${closest === undefined ? "" : ` (did you mean ${JSON.stringify(closest)}?)`}`;
}

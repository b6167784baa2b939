import type { JsonSchema, ListedTool, ManifestTool } from "./tool-types.js";

/** One operation a discover-mode server can reach: its `all`-mode tool and where it goes upstream. */
export interface CatalogEntry {
  tool: ManifestTool;
  operationId: string;
  method: string;
  /** Spec path, e.g. `/v1/Services/{ChatServiceSid}/Conversations`. */
  path: string;
}

export interface SearchHit {
  name: string;
  description?: string;
  method: string;
  path: string;
  readOnly: boolean;
  score: number;
}

export const SEARCH_OPERATIONS = "search_operations";
export const DESCRIBE_OPERATION = "describe_operation";
export const CALL_OPERATION = "call_operation";

const DEFAULT_HITS = 8;
const MAX_HITS = 25;

/**
 * The three discover-mode tools. Their list is the same whatever the size of
 * the API: operations are found by search, read by describe and run by call.
 */
export const DISCOVER_TOOLS: readonly ListedTool[] = [
  {
    name: SEARCH_OPERATIONS,
    description: "Find operations by what they do; ranked over names, summaries, paths and parameters.",
    inputSchema: {
      type: "object",
      properties: { query: { type: "string", minLength: 1, description: "e.g. list messages of a conversation" }, limit: { type: "integer", minimum: 1, maximum: MAX_HITS } },
      required: ["query"],
      additionalProperties: false,
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
  {
    name: DESCRIBE_OPERATION,
    description: "An operation's input schema (call_operation's arguments), output schema and path.",
    inputSchema: { type: "object", properties: { name: { type: "string", minLength: 1 } }, required: ["name"], additionalProperties: false },
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
  {
    name: CALL_OPERATION,
    description: "Run one operation; arguments must fit its input schema.",
    inputSchema: { type: "object", properties: { name: { type: "string", minLength: 1 }, arguments: { type: "object" } }, required: ["name"], additionalProperties: false },
    annotations: {},
  },
];

interface Indexed {
  entry: CatalogEntry;
  /** Word sets by weight: the name counts most, then the path, then parameters and summary. */
  fields: Array<{ weight: number; words: Set<string> }>;
}

/** Verbs an agent uses for the five kinds of operation, onto the words the names use. */
const SYNONYMS: Record<string, string> = { get: "fetch", read: "fetch", show: "fetch", add: "create", new: "create", post: "create", send: "create", make: "create", remove: "delete", destroy: "delete", edit: "update", change: "update", modify: "update", set: "update", all: "list", find: "list", search: "list" };

export class OperationCatalog {
  private readonly indexed: Indexed[];
  private readonly byName: Map<string, CatalogEntry>;

  constructor(entries: readonly CatalogEntry[]) {
    this.indexed = entries.map((entry) => ({ entry, fields: indexFields(entry) }));
    this.byName = new Map(entries.map((entry) => [entry.tool.name, entry]));
  }

  get size(): number {
    return this.byName.size;
  }

  find(name: string): CatalogEntry | undefined {
    return this.byName.get(name);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  /** Best matches first; ties go to the shorter path (the less nested resource), then by name. */
  search(query: string, limit = DEFAULT_HITS): SearchHit[] {
    const wanted = queryTerms(query);
    if (wanted.length === 0) return [];
    const scored = this.indexed.map((item) => ({ item, score: score(item, wanted) })).filter((candidate) => candidate.score > 0);
    scored.sort((a, b) => b.score - a.score || a.item.entry.path.length - b.item.entry.path.length || (a.item.entry.tool.name < b.item.entry.tool.name ? -1 : 1));
    return scored.slice(0, Math.min(Math.max(1, limit), MAX_HITS)).map(({ item, score: value }) => hit(item.entry, value));
  }

  /** What describe_operation answers: everything needed to call it well. */
  describe(name: string): Record<string, unknown> | undefined {
    const entry = this.byName.get(name);
    if (entry === undefined) return undefined;
    const { tool } = entry;
    const description: Record<string, unknown> = { name: tool.name, method: entry.method, path: entry.path, inputSchema: tool.inputSchema };
    if (tool.description !== undefined) description["description"] = tool.description;
    if (tool.outputSchema !== undefined) description["outputSchema"] = tool.outputSchema;
    description["annotations"] = tool.annotations ?? {};
    return description;
  }
}

function hit(entry: CatalogEntry, score: number): SearchHit {
  const result: SearchHit = { name: entry.tool.name, method: entry.method, path: entry.path, readOnly: entry.tool.annotations?.readOnlyHint === true, score: Math.round(score * 100) / 100 };
  if (entry.tool.description !== undefined) result.description = entry.tool.description;
  return result;
}

function indexFields(entry: CatalogEntry): Indexed["fields"] {
  const properties = entry.tool.inputSchema["properties"];
  const parameters = typeof properties === "object" && properties !== null && !Array.isArray(properties) ? Object.keys(properties as JsonSchema) : [];
  return [
    { weight: 3, words: new Set([...words(entry.tool.name), ...words(entry.operationId)]) },
    // A parameter named whole (`MessagingServiceSid`) says more than its parts do.
    { weight: 2, words: new Set([...words(entry.path.replace(/\{[^}]*\}/g, " ")), ...parameters.map((name) => name.toLowerCase())]) },
    { weight: 1, words: new Set([...parameters.flatMap(words), ...words(entry.tool.description ?? "")]) },
  ];
}

/**
 * Each query word scores the weight of the best field holding it; a prefix
 * match counts half. A token written as a name (`MessagingServiceSid`) scores
 * as a whole parameter name or as its words, whichever is more. Each word of
 * the name the query did not ask for costs a little, so
 * `create_conversation_participant` beats `create_conversation_with_participants`.
 */
function score(item: Indexed, query: QueryTerm[]): number {
  const asked = new Set(query.flatMap((term) => term.parts));
  let total = -0.1 * [...item.fields[0]!.words].filter((word) => !asked.has(word)).length;
  for (const term of query) {
    const parts = term.parts.reduce((sum, word) => sum + wordScore(item, word), 0);
    const whole = term.whole !== undefined && item.fields.some((field) => field.words.has(term.whole!)) ? 2 * term.parts.length : 0;
    total += Math.max(parts, whole);
  }
  return total > 0 ? total : 0;
}

function wordScore(item: Indexed, word: string): number {
  let best = 0;
  for (const field of item.fields) {
    if (field.words.has(word)) best = Math.max(best, field.weight);
    else if (word.length >= 4 && [...field.words].some((candidate) => candidate.length >= 4 && (candidate.startsWith(word) || word.startsWith(candidate)))) best = Math.max(best, field.weight / 2);
  }
  return best;
}

interface QueryTerm {
  parts: string[];
  whole?: string;
}

function queryTerms(query: string): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const token of query.split(/[^A-Za-z0-9]+/)) {
    const parts = words(token).map((word) => SYNONYMS[word] ?? word).filter((word) => !seen.has(word));
    if (parts.length === 0) continue;
    for (const word of parts) seen.add(word);
    terms.push(/[a-z][A-Z]/.test(token) ? { parts, whole: token.toLowerCase() } : { parts });
  }
  return terms;
}

/** Lower-case words, camelCase and snake_case split, plurals folded: `UserConversations` → user, conversation. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
    .map(singular);
}

const STOP_WORDS = new Set(["the", "an", "of", "to", "for", "in", "on", "by", "and", "or", "my", "me", "from", "this", "that", "it", "its", "your", "is", "be", "v1", "v2"]);

function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

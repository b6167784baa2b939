import { createHash } from "node:crypto";

/**
 * The one module that owns names: identifiers, reserved words, casing, file paths.
 * Emitters ask it and never invent names themselves.
 */

/** Splits `ConversationWithParticipants`, `delivery_receipts`, `X-Twilio-Webhook-Enabled`, `Timers.Inactive` into words. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== "");
}

export function snakeCase(text: string): string {
  return words(text)
    .map((word) => word.toLowerCase())
    .join("_");
}

export function camelCase(text: string): string {
  const parts = words(text);
  return parts.map((word, index) => (index === 0 ? word.toLowerCase() : capitalize(word.toLowerCase()))).join("");
}

export function pascalCase(text: string): string {
  return words(text)
    .map((word) => capitalize(word.toLowerCase()))
    .join("");
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `twilio_conversations_v1.json` → `conversations-v1`; a user's `my_api.yaml` → `my-api`. */
export function apiIdFromFileName(fileName: string): string {
  const stem = fileName.replace(/^.*[\\/]/, "").replace(/\.(json|ya?ml)$/i, "");
  const id = stem
    .replace(/^twilio_/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return id === "" ? "api" : id;
}

/** `conversations-v1` → domain `conversations`, version `v1`; `preview` → version ``. */
export function splitApiId(id: string): { domain: string; version: string } {
  const parts = id.split("-");
  const last = parts.at(-1) ?? "";
  if (parts.length > 1 && /^v\d+$/.test(last)) return { domain: parts.slice(0, -1).join("-"), version: last };
  return { domain: id, version: "" };
}

/** A path with parameter names blanked and `.json` dropped: what identifies a route regardless of naming. */
export function pathShape(path: string): string {
  return path.replace(/\{[^}]*\}/g, "{}").replace(/\.json$/, "");
}

/** The mount name a path implies when x-twilio gives none: its last fixed segment, snake_cased. */
export function mountNameFromPath(path: string): string {
  const segments = path
    .replace(/\.json$/, "")
    .split("/")
    .filter((segment) => segment !== "" && !segment.startsWith("{"));
  return snakeCase(segments.at(-1) ?? "root") || "root";
}

/** File-system-safe stem: lower-case letters, digits and dashes. */
export function fileStem(text: string): string {
  const stem = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return stem === "" ? "unnamed" : stem;
}

/** Sorts strings by code unit, independent of locale, so output is the same on every machine. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Hands out names that are unique within one scope (a package's types, one
 * object's accessors). A clash gets a numeric suffix, in call order, so the
 * result is deterministic. One instance per scope; never shared across runs.
 */
export class UniqueNames {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name.toLowerCase());
  }

  claim(wanted: string): string {
    let candidate = wanted;
    for (let suffix = 2; this.taken.has(candidate.toLowerCase()); suffix++) candidate = `${wanted}${suffix}`;
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}

/** A PascalCase type name that is a valid identifier whatever the input: `2fa` → `T2fa`. */
export function typeName(text: string): string {
  const name = pascalCase(text);
  if (name === "") return "Unnamed";
  return /^[0-9]/.test(name) ? `T${name}` : name;
}

/** A camelCase accessor that is a valid identifier: `delivery_receipts` → `deliveryReceipts`. */
export function accessorName(text: string): string {
  const name = camelCase(text);
  if (name === "") return "unnamed";
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/** The client property for an API's domain, as twilio-node names it: `flex-api.twilio.com` → `flexApi`. */
export function domainAccessor(baseUrl: string): string {
  const label = new URL(baseUrl).hostname.split(".")[0] ?? "api";
  return accessorName(label);
}

/** npm package name of a generated client. */
export function clientPackageName(apiId: string): string {
  return `@twilio-codegen/${apiId}`;
}

/** npm package name and output folder of the package that gathers every API under one `twilio()`. */
export const AGGREGATE_PACKAGE = { name: "@twilio-codegen/twilio", directory: "twilio" } as const;

/** The type of a domain on the aggregate client, as twilio-node names its domain classes: `flexApi` → `FlexApi`. */
export function domainTypeName(domainAccessorName: string): string {
  return typeName(domainAccessorName);
}

/**
 * The order of an API's versions within its domain: `v2` after `v1`, `v2010` after
 * `v3`; a version that is not `v<number>` sorts before the numbered ones.
 */
export function compareVersions(a: string, b: string): number {
  const number = (version: string) => (/^v\d+$/.test(version) ? Number(version.slice(1)) : -1);
  return number(a) - number(b) || compareCodeUnits(a, b);
}

/** npm package name of a target's standalone server: capabilities and APIs never collide. */
export function serverPackageName(target: { kind: "api" | "capability"; id: string }): string {
  return target.kind === "api" ? `@twilio-codegen/${target.id}-server` : `@twilio-codegen/capability-${target.id}`;
}

/** The commands a server package installs: `twilio-<id>-mcp` and `twilio-<id>-rest`. */
export function serverBinName(id: string, protocol: "mcp" | "rest"): string {
  return `twilio-${id}-${protocol}`;
}

const RESERVED_WORDS = new Set(
  "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval undefined NaN Infinity".split(" "),
);

/** A name usable as a top-level `const`: reserved words get a trailing underscore. */
export function bindingName(text: string): string {
  const name = accessorName(text);
  return RESERVED_WORDS.has(name) ? `${name}_` : name;
}

/** MCP clients prefix tool names with the server's; 45 leaves room under the common 64 limit. */
export const MAX_TOOL_NAME_LENGTH = 45;

/**
 * The MCP tool name of an operation: its operationId in snake_case
 * (`FetchServiceConversationMessage` → `fetch_service_conversation_message`),
 * limited to `[a-z0-9_]`. A longer name keeps its first 38 characters plus `_`
 * and 6 hex digits of the operationId's sha256, so it stays stable and distinct.
 */
export function toolName(operationId: string): string {
  const name = snakeCase(operationId).replace(/[^a-z0-9_]/g, "") || "operation";
  if (name.length <= MAX_TOOL_NAME_LENGTH) return name;
  const hash = createHash("sha256").update(operationId).digest("hex").slice(0, 6);
  return `${name.slice(0, MAX_TOOL_NAME_LENGTH - 7).replace(/_+$/, "")}_${hash}`;
}

/** Claims a unique tool name within one manifest, still within the length limit. */
export function claimToolName(taken: Set<string>, wanted: string): string {
  let candidate = wanted;
  for (let suffix = 2; taken.has(candidate); suffix++) candidate = `${wanted.slice(0, MAX_TOOL_NAME_LENGTH - String(suffix).length - 1)}_${suffix}`;
  taken.add(candidate);
  return candidate;
}

/** `add-new-conversation-user` or `FetchUser` → `Add new conversation user` / `Fetch user`: a display title. */
export function humanTitle(text: string): string {
  const sentence = words(text).join(" ").toLowerCase();
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

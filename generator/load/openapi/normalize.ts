import type { ApiModel, Operation } from "../../model/types.ts";
import type { RunContext } from "../../context.ts";
import { formatPlace, GeneratorError, pointerOf, type SourcePlace } from "../../diagnostics.ts";
import { apiIdFromFileName, compareCodeUnits, pathShape, splitApiId } from "../../names.ts";
import { locate } from "../source.ts";
import { HTTP_METHODS, OperationBuilder } from "./operations.ts";
import { isRecord, type LoadedDocument } from "./read.ts";
import { ResourceTreeBuilder, type PathEntry } from "./resources.ts";
import { SchemaConverter } from "./schema.ts";

const METHOD_ORDER: Record<string, number> = { GET: 0, POST: 1, PUT: 2, PATCH: 3, DELETE: 4 };

/** Turns a validated OpenAPI document into the API model. */
export function normalizeApi(ctx: RunContext, loaded: LoadedDocument, apiId?: string): ApiModel {
  const root = loaded.document as unknown as Record<string, unknown>;
  const place = (pointer: string): SourcePlace => locate(loaded.source, pointer, loaded.parsed);
  const schemas = new SchemaConverter(root, place);
  const builder = new OperationBuilder(ctx, root, schemas, place);
  const entries = pathEntries(root);
  const tree = new ResourceTreeBuilder(ctx, entries, place);
  const operations: Operation[] = [];
  const firstSeen = new Map<string, string>();

  for (const entry of entries) {
    for (const method of HTTP_METHODS) {
      const raw = entry.item[method];
      if (!isRecord(raw)) continue;
      const twilio = isRecord(raw["x-twilio"]) ? raw["x-twilio"] : {};
      const operationMount = typeof twilio["mountName"] === "string" && twilio["mountName"] !== "" ? twilio["mountName"] : undefined;
      const resourceKey = tree.resourceFor(entry, operationMount);
      const operation = builder.build({ path: entry.path, method, raw, pathItem: entry.item, pathType: entry.pathType, resourceKey });
      rejectDuplicateId(operation, firstSeen, place);
      tree.addOperation(resourceKey, operation.operationId);
      operations.push(operation);
    }
  }
  rejectDuplicateRoutes(operations, place);
  const id = apiId ?? apiIdFromFileName(loaded.source.file);
  const { resources, roots } = tree.build();
  return {
    id,
    ...splitApiId(id),
    title: titleOf(root),
    baseUrl: baseUrlOf(ctx, root, entries, place),
    auth: authOf(root),
    source: { file: loaded.source.file, sha256: loaded.source.sha256 },
    roots,
    resources,
    operations: operations.sort((a, b) => compareCodeUnits(a.path, b.path) || METHOD_ORDER[a.method]! - METHOD_ORDER[b.method]!),
    enums: schemas.namedEnums(),
    schemas: schemas.namedSchemas(),
  };
}

function pathEntries(root: Record<string, unknown>): PathEntry[] {
  const paths = root["paths"] as Record<string, unknown>;
  return Object.keys(paths)
    .sort(compareCodeUnits)
    .flatMap((path) => {
      const item = paths[path];
      if (!isRecord(item)) return [];
      const twilio = isRecord(item["x-twilio"]) ? item["x-twilio"] : {};
      const declared = twilio["pathType"];
      const pathType = declared === "list" || declared === "instance" ? declared : pathShape(path).endsWith("}") ? "instance" : "list";
      return [{ path, item, pathType }];
    });
}

function rejectDuplicateId(operation: Operation, firstSeen: Map<string, string>, place: (pointer: string) => SourcePlace): void {
  const pointer = pointerOf("paths", operation.path, operation.method.toLowerCase(), "operationId");
  const earlier = firstSeen.get(operation.operationId);
  if (earlier !== undefined) {
    throw new GeneratorError(place(pointer), `duplicate operationId ${JSON.stringify(operation.operationId)}: also used at ${formatPlace(place(earlier))}`);
  }
  firstSeen.set(operation.operationId, pointer);
}

/** `/v1/Users/{Sid}` and `/v1/Users/{UserSid}` are one route: two GETs on it cannot both be served. */
function rejectDuplicateRoutes(operations: Operation[], place: (pointer: string) => SourcePlace): void {
  const seen = new Map<string, Operation>();
  for (const operation of operations) {
    const route = `${operation.method} ${pathShape(operation.path)}`;
    const earlier = seen.get(route);
    if (earlier) {
      throw new GeneratorError(
        place(pointerOf("paths", operation.path, operation.method.toLowerCase())),
        `${operation.method} ${operation.path} is the same route as ${earlier.method} ${earlier.path} (${earlier.operationId})`,
      );
    }
    seen.set(route, operation);
  }
}

/** Twilio's documents declare `accountSid_authToken` (HTTP Basic), or an OAuth2 client-credentials flow. */
function authOf(root: Record<string, unknown>): ApiModel["auth"] {
  const components = isRecord(root["components"]) ? root["components"] : {};
  const schemes = isRecord(components["securitySchemes"]) ? Object.values(components["securitySchemes"]).filter(isRecord) : [];
  const auth: ApiModel["auth"] = { basic: schemes.length === 0 || schemes.some((scheme) => scheme["type"] === "http" && scheme["scheme"] === "basic") };
  for (const scheme of schemes) {
    const flows = isRecord(scheme["flows"]) ? scheme["flows"] : {};
    const credentials = isRecord(flows["clientCredentials"]) ? flows["clientCredentials"] : undefined;
    if (scheme["type"] === "oauth2" && credentials && typeof credentials["tokenUrl"] === "string") auth.oauth2 = { tokenUrl: credentials["tokenUrl"] };
  }
  return auth;
}

function titleOf(root: Record<string, unknown>): string {
  const info = root["info"];
  return isRecord(info) && typeof info["title"] === "string" ? info["title"] : "";
}

/** Twilio puts `servers` on every path; all of one document's paths share a host. */
function baseUrlOf(ctx: RunContext, root: Record<string, unknown>, entries: PathEntry[], place: (pointer: string) => SourcePlace): string {
  const urls = new Map<string, string>();
  for (const entry of entries) {
    const url = firstServerUrl(entry.item["servers"]);
    if (url !== undefined && !urls.has(url)) urls.set(url, entry.path);
  }
  const documentUrl = firstServerUrl(root["servers"]);
  const chosen = [...urls.keys()][0] ?? documentUrl;
  if (chosen === undefined) throw new GeneratorError(place("/servers"), "no server URL: set `servers` on the document or its paths");
  for (const [url, path] of urls) {
    if (url !== chosen) ctx.warn(place(pointerOf("paths", path, "servers")), `server ${url} differs from ${chosen}; the API uses ${chosen}`);
  }
  return chosen.replace(/\/+$/, "");
}

function firstServerUrl(servers: unknown): string | undefined {
  if (!Array.isArray(servers)) return undefined;
  const first: unknown = servers[0];
  return isRecord(first) && typeof first["url"] === "string" ? first["url"] : undefined;
}

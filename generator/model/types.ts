/**
 * The normalized model. It knows nothing of YAML, OpenAPI or Naftiko: loaders
 * translate their inputs into these types, and emitters read only these types.
 */

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** What an operation does to its resource, from the operationId prefix. `patch` is a partial update beside a full one (twilio-node's `patch()`). */
export type OperationKind = "create" | "fetch" | "update" | "patch" | "remove" | "list";

export type ParameterLocation = "path" | "query" | "header" | "form";

interface SchemaCommon {
  description?: string;
  nullable?: boolean;
  deprecated?: boolean;
  /** x-twilio pii handling, e.g. `standard` / `sensitive`. */
  pii?: string;
}

export interface StringSchema extends SchemaCommon {
  type: "string";
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
}

export interface NumberSchema extends SchemaCommon {
  type: "integer" | "number";
  format?: string;
  minimum?: number;
  maximum?: number;
}

export interface BooleanSchema extends SchemaCommon {
  type: "boolean";
}

/** String enum. `name` is set when it is a named, shared enum of the API. */
export interface EnumSchema extends SchemaCommon {
  type: "enum";
  name?: string;
  values: string[];
}

export interface ArraySchema extends SchemaCommon {
  type: "array";
  items: Schema;
  minItems?: number;
  maxItems?: number;
}

export interface Property {
  /** Name as it appears on the wire. */
  name: string;
  required: boolean;
  schema: Schema;
}

export interface ObjectSchema extends SchemaCommon {
  type: "object";
  properties: Property[];
  /** Schema of extra keys, `true` for any, `false`/absent for none declared. */
  additionalProperties?: Schema | boolean;
}

/** A reference to a named schema of the same API (keeps recursion finite). */
export interface RefSchema extends SchemaCommon {
  type: "ref";
  name: string;
}

export interface UnionSchema extends SchemaCommon {
  type: "union";
  variants: Schema[];
}

/** Any JSON value: the document gives no type. */
export interface UnknownSchema extends SchemaCommon {
  type: "unknown";
}

export type Schema =
  | StringSchema
  | NumberSchema
  | BooleanSchema
  | EnumSchema
  | ArraySchema
  | ObjectSchema
  | RefSchema
  | UnionSchema
  | UnknownSchema;

export interface Parameter {
  /** Name on the wire: `Sid`, `Timers.Inactive`, `X-Twilio-Webhook-Enabled`. */
  name: string;
  location: ParameterLocation;
  required: boolean;
  description?: string;
  schema: Schema;
}

export interface JsonBody {
  mediaType: string;
  required: boolean;
  schema: Schema;
}

export interface Pagination {
  /** Key of the item array in a page, e.g. `users` (also `meta.key`). */
  itemsKey: string;
  itemSchema: Schema;
  /** The spec's maximum for PageSize on this list, if any. */
  maxPageSize?: number;
}

export interface Hints {
  readOnly: boolean;
  destructive: boolean;
  idempotent: boolean;
}

export interface Operation {
  operationId: string;
  kind: OperationKind;
  method: HttpMethod;
  /** Path as written in the spec, e.g. `/v1/Users/{Sid}`. */
  path: string;
  /** Key of the resource this operation belongs to. */
  resourceKey: string;
  summary?: string;
  description?: string;
  tags: string[];
  /** Path, query, header and form parameters, in spec order (path first). */
  parameters: Parameter[];
  /** Set when the request body is JSON rather than a form. */
  jsonBody?: JsonBody;
  /** The 2xx status and schema of the success response. */
  /** `mediaType` is set when the response is not `application/json` (SCIM's `application/scim+json`): the client asks for it. */
  success: { status: number; schema?: Schema; example?: unknown; mediaType?: string };
  pagination?: Pagination;
  hints: Hints;
  /** x-twilio `conditional`: groups of which at most one should be given. */
  conditional?: string[][];
  deprecated: boolean;
}

export interface Resource {
  /** Stable identity: the resource's paths with parameter names blanked. */
  key: string;
  /** snake_case accessor name, from x-twilio mountName or the path. */
  mountName: string;
  /** snake_case class name, from x-twilio className or the mount name. */
  className: string;
  /** PascalCase stem shared by the resource's operationIds, e.g. `ServiceUserConversation`. */
  typeStem: string;
  listPath?: string;
  instancePath?: string;
  /** An instance path with no list: `/v1/Configuration`. Called as `configuration()`. */
  singleton: boolean;
  parentKey?: string;
  /**
   * Where this resource hangs off its parent: the parent's instance context
   * (`services(sid).roles`) or its list accessor (`incomingPhoneNumbers.local`),
   * as the x-twilio `parent` path names the one or the other.
   */
  parentMount?: "instance" | "list";
  /**
   * Set when no x-twilio `parent` put it there: it hangs off the path before its
   * own segment only because its values come from there. twilio-node mounts
   * such a resource at the version root, taking all its path values
   * (`pluginVersionArchive(pluginSid, sid)`).
   */
  adopted?: true;
  /** Keys of child resources, sorted. */
  children: string[];
  /** operationIds, in a stable order. */
  operations: string[];
  description?: string;
}

export interface NamedEnum {
  name: string;
  values: string[];
  description?: string;
}

export interface NamedSchema {
  name: string;
  schema: Schema;
}

export interface SourceInfo {
  /** Path as the user gave it, or the package path from the manifest. */
  file: string;
  sha256: string;
}

export interface ApiModel {
  /** `conversations-v1`, `api-v2010`, `iam-organizations`. */
  id: string;
  domain: string;
  version: string;
  title: string;
  /** Scheme and host, e.g. `https://conversations.twilio.com`. */
  baseUrl: string;
  /** How callers authenticate: HTTP Basic (account SID or API key), and/or OAuth2 bearer tokens. */
  auth: { basic: boolean; oauth2?: { tokenUrl: string } };
  source: SourceInfo;
  /** Top-level resource keys, sorted. */
  roots: string[];
  resources: Resource[];
  /** Sorted by path, then method. */
  operations: Operation[];
  enums: NamedEnum[];
  schemas: NamedSchema[];
}

/** Where a capability operation's argument goes on the bound spec operation. */
export interface ArgumentBinding {
  /** Argument name as the capability declares it (`Sid`, `body`, `PageSize`). */
  argument: string;
  /**
   * The spec parameter it feeds; for `body`, every form field / the JSON body.
   * `declared` is an input the spec does not know: it is sent as the author
   * declared it, under its own name, with the declared type and `required`.
   */
  target:
    | { kind: "parameter"; parameter: string; location: ParameterLocation }
    | { kind: "body" }
    | { kind: "declared"; parameter: string; location: "query" | "header"; required: boolean; schema: Schema; description?: string };
}

export interface CapabilityOperation {
  /** Capability-local name, `createuser`. */
  name: string;
  method: HttpMethod;
  /** Path template as written in the capability, `/v1/Users/{Sid}`. */
  path: string;
  apiId: string;
  operationId: string;
  arguments: ArgumentBinding[];
  description?: string;
}

/** One `with:` entry: a bound operation argument, fed by the caller's input or a fixed value. */
export interface WithBinding {
  argument: string;
  source: { kind: "input"; name: string } | { kind: "literal"; value: string };
}

export type OutputType = "string" | "number" | "boolean" | "object" | "array";

/**
 * A declared `outputParameters` shape: what to return instead of the upstream's
 * whole response. `mapping` is a JSONPath into the response, `value` a fixed
 * value that wins over `mapping`, `const` a schema-level constant.
 */
export interface OutputShape {
  type: OutputType;
  mapping?: string;
  value?: string;
  const?: JsonValue;
  /** For `object`: the named properties, in file order. */
  properties?: Array<{ name: string; shape: OutputShape }>;
  /** For `array`: the shape of each item. */
  items?: OutputShape;
  /** Where the shape is written (1-based), for generation-time errors about its mapping. */
  line?: number;
  column?: number;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface CapabilityTool {
  name: string;
  /** Human title (Ikanos `display`); else derived from the name. */
  title?: string;
  description?: string;
  hints: Partial<Hints>;
  /** Capability operation name it calls. */
  operation: string;
  with: WithBinding[];
  output?: OutputShape;
}

export interface CapabilityRoute {
  method: HttpMethod;
  /** Exposed path, exactly as declared: `/v1/v1/users/{sid}`. */
  path: string;
  name: string;
  resourceName: string;
  description?: string;
  operation: string;
  with: WithBinding[];
  output?: OutputShape;
}

/**
 * Environment variables the servers read credentials from, as the file's
 * `authentication` and `binds` name them. The standard `TWILIO_*` variables
 * remain the fallback.
 */
export interface CredentialVariables {
  username?: string;
  password?: string;
  /** A bearer token (`authentication: { type: bearer }`). */
  token?: string;
}

export interface McpExposure {
  /** The MCP server's name (`serverInfo.name`). */
  namespace?: string;
  transport?: "http" | "stdio";
  port?: number;
  /** Server instructions sent at initialization. */
  instructions?: string;
}

export interface RestExposure {
  namespace?: string;
  port?: number;
}

export interface CapabilityModel {
  /** File stem, `conversations-users`. */
  id: string;
  label: string;
  description?: string;
  source: SourceInfo;
  namespace: string;
  operations: CapabilityOperation[];
  tools: CapabilityTool[];
  routes: CapabilityRoute[];
  mcp: McpExposure;
  rest: RestExposure;
  credentials?: CredentialVariables;
  /** Every variable name the file's `binds` declare, sorted. */
  variables: string[];
}

export interface GenerationModel {
  apis: ApiModel[];
  capabilities: CapabilityModel[];
}

import type { ApiModel, ObjectSchema, Operation, OperationKind, Resource } from "../../model/types.ts";
import { accessorName, bindingName, clientPackageName, domainAccessor, snakeCase, typeName, UniqueNames } from "../../names.ts";
import { fieldKey } from "../../../templates/runtime/option-keys.ts";
import { resolveObject } from "./type-text.ts";

/** Everything the client emitters need about one resource, with its names decided. */
export interface ResourcePlan {
  resource: Resource;
  accessor: string;
  /** The descriptor's export name for a top-level resource (the accessor unless it is a reserved word). */
  binding: string;
  /** Unique PascalCase stem for this resource's types: `User` → `UserInstance`, `UserCreateOptions`. */
  typeBase: string;
  operations: Partial<Record<OperationKind, Operation>>;
  /**
   * Where each method lives, by the path its operation is on: the list
   * accessor (`users.create`, `balance.fetch`) or an instance context
   * (`users(sid).fetch`, `knowledge(id).create`).
   */
  placement: Partial<Record<OperationKind, "list" | "instance">>;
  callable?: "instance" | "singleton";
  /** Response fields holding each path value, parents first; camelCased, they also name the values in `toJSON()`. */
  keys?: string[];
  /**
   * The path values the accessor itself takes: usually one (`users(sid)`), more
   * where no parent supplies them (flex v2's `flexUser(instanceSid, flexUserSid)`).
   */
  ownParameters: string[];
  instanceSchema?: ObjectSchema;
  /**
   * Instance field names: the response key → the property on the instance.
   * Usually the camelCase key; a field that would hide a method or child
   * (a `fetch` field) gets a claimed name such as `fetchField`.
   */
  fieldNames: Map<string, string>;
  /** Children on the instance context: `services(sid).roles`. */
  children: ResourcePlan[];
  /** Children on the list accessor itself: `incomingPhoneNumbers.local`. */
  listChildren: ResourcePlan[];
}

export interface ClientPlan {
  api: ApiModel;
  packageName: string;
  domainAccessor: string;
  versionAccessor: string;
  /** e.g. `ConversationsV1`. */
  versionType: string;
  roots: ResourcePlan[];
  /** Depth-first, roots in order. */
  all: ResourcePlan[];
  /** Named enum → its type alias. */
  enumTypes: Map<string, string>;
  /**
   * Resources the path alone nests (`plugins(sid).pluginArchive`), also at the
   * version root as twilio-node mounts them, taking all their path values:
   * `pluginArchive(sid)`, `pluginVersionArchive(pluginSid, sid)`.
   */
  mirrors: ResourcePlan[];
  /**
   * api.twilio.com's `accounts` resource: twilio-node offers `client.api.v2010.account`
   * (the client's own account) and mirrors its children on the version root.
   */
  account?: ResourcePlan;
}

const RESERVED_TYPES = ["TwilioClient", "TwilioObject", "ApiResponse", "ListCallback", "ClientOptions", "CallOptions", "Callback", "Page", "ListOptions", "EachOptions", "RestException", "Promise", "Date", "Array", "Record"];

export function planClient(api: ApiModel): ClientPlan {
  const types = new UniqueNames(RESERVED_TYPES);
  const versionAccessor = api.version === "" ? "v1" : api.version;
  const versionType = types.claim(typeName(`${api.domain} ${versionAccessor}`));
  const enumTypes = new Map(api.enums.map((entry) => [entry.name, types.claim(typeName(entry.name))]));
  const byKey = new Map(api.resources.map((resource) => [resource.key, resource]));
  const operations = new Map(api.operations.map((operation) => [operation.operationId, operation]));
  const all: ResourcePlan[] = [];

  /** `provided`: how many path values the parent chain already supplies. */
  const plan = (resource: Resource, siblings: UniqueNames, provided: number): ResourcePlan => {
    const planned: ResourcePlan = {
      resource,
      accessor: siblings.claim(accessorName(resource.mountName)),
      binding: "",
      typeBase: types.claim(typeName(resource.typeStem === "" ? resource.mountName : resource.typeStem)),
      operations: operationsByKind(resource, operations),
      placement: {},
      ownParameters: [],
      fieldNames: new Map(),
      children: [],
      listChildren: [],
    };
    // A list whose path ends in values nothing above gives (insights' /Inbound/{reportId}) is called with them, as in twilio-node: `inbound(reportId).list()`.
    const calledList = resource.instancePath === undefined && resource.listPath !== undefined && pathParameters(resource.listPath).length > provided;
    const callable = resource.singleton ? "singleton" : resource.instancePath !== undefined || calledList ? "instance" : undefined;
    if (callable) planned.callable = callable;
    for (const [kind, operation] of Object.entries(planned.operations) as Array<[OperationKind, Operation]>) {
      planned.placement[kind] = callable !== undefined && (calledList || operation.path === resource.instancePath) ? "instance" : "list";
    }
    if (callable === "instance") planned.ownParameters = pathParameters(resource.instancePath ?? resource.listPath!).slice(provided);
    const keyPath = resource.instancePath ?? resource.listPath;
    if (keyPath !== undefined && pathParameters(keyPath).length > 0) planned.keys = instanceKeys(keyPath);
    const instanceSchema = resolveObject(instanceSchemaOf(planned.operations), api);
    if (instanceSchema) planned.instanceSchema = instanceSchema;
    all.push(planned);
    const childNames = new UniqueNames(["get", "create", "list", "page", "getPage", "each", "iterate", "fetch", "update", "patch", "remove"]);
    for (const key of resource.children) {
      const child = byKey.get(key)!;
      const onList = callable === "instance" && child.parentMount === "list";
      const values = onList || callable === undefined ? provided : pathParameters(resource.instancePath ?? resource.listPath ?? "").length;
      (onList ? planned.listChildren : planned.children).push(plan(child, childNames, values));
    }
    planned.fieldNames = fieldNamesOf(planned);
    return planned;
  };
  const rootNames = new UniqueNames(["API", "BASE_URL"]);
  const roots = api.roots.map((key) => plan(byKey.get(key)!, rootNames, 0));
  for (const root of roots) root.binding = bindingName(root.accessor);
  const mirrors = rootMirrors(all, rootNames);
  const result: ClientPlan = { api, packageName: clientPackageName(api.id), domainAccessor: domainAccessor(api.baseUrl), versionAccessor, versionType, roots, all, enumTypes, mirrors };
  const account = roots.find((root) => root.accessor === "accounts" && root.callable === "instance" && /\/Accounts\/\{[^}]+\}(\.json)?$/.test(root.resource.instancePath ?? ""));
  if (account) result.account = account;
  return result;
}

/** A root accessor for each adopted resource with operations, when its name is free there. */
function rootMirrors(all: ResourcePlan[], rootNames: UniqueNames): ResourcePlan[] {
  return all.flatMap((planned) => {
    const path = planned.resource.instancePath;
    if (!planned.resource.adopted || path === undefined || Object.keys(planned.operations).length === 0) return [];
    if (rootNames.claim(planned.accessor) !== planned.accessor) return [];
    const mirror: ResourcePlan = { ...planned, callable: "instance", keys: instanceKeys(path), ownParameters: pathParameters(path), listChildren: [] };
    mirror.binding = bindingName(mirror.accessor);
    return [mirror];
  });
}

/** Members an instance carries besides its fields: its methods and its child accessors. */
function instanceMembers(resource: ResourcePlan): string[] {
  const methods = (Object.keys(resource.placement) as OperationKind[]).filter((kind) => resource.placement[kind] === "instance");
  return [...methods, ...methods.map((method) => `${method}WithHttpInfo`), "toJSON", ...resource.children.map((child) => child.accessor)];
}

function fieldNamesOf(resource: ResourcePlan): Map<string, string> {
  const members = new Set(instanceMembers(resource));
  const properties = resource.instanceSchema?.properties ?? [];
  const names = new UniqueNames([...members, ...properties.map((property) => fieldKey(property.name))]);
  return new Map(properties.map((property) => {
    const key = fieldKey(property.name);
    if (Object.hasOwn(TWILIO_FIELD_NAMES, key)) return [property.name, names.claim(TWILIO_FIELD_NAMES[key]!)];
    return [property.name, members.has(key) ? names.claim(`${key}Field`) : key];
  }));
}

/** Fields twilio-node names apart from their camelCase key; `private` is the only one across its APIs. */
const TWILIO_FIELD_NAMES: Readonly<Record<string, string>> = { private: "_private" };

function operationsByKind(resource: Resource, operations: Map<string, Operation>): Partial<Record<OperationKind, Operation>> {
  const byKind: Partial<Record<OperationKind, Operation>> = {};
  for (const id of resource.operations) {
    const operation = operations.get(id)!;
    const existing = byKind[operation.kind];
    if (existing) throw new Error(`resource ${resource.key} has two ${operation.kind} operations (${existing.operationId}, ${id}); give one an x-twilio mountName`);
    byKind[operation.kind] = operation;
  }
  return byKind;
}

/** `{Sid}` is read from `sid`, `{ChatServiceSid}` from `chat_service_sid`: how Twilio names those fields. */
function instanceKeys(instancePath: string): string[] {
  return pathParameters(instancePath).map((name) => snakeCase(name));
}

function pathParameters(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
}

function instanceSchemaOf(operations: Partial<Record<OperationKind, Operation>>) {
  return operations.fetch?.success.schema ?? operations.create?.success.schema ?? operations.update?.success.schema ?? operations.patch?.success.schema ?? operations.list?.pagination?.itemSchema;
}

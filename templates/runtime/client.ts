import type { ApiDescriptor, OperationDescriptor, ParameterCode, ResourceDescriptor } from "./descriptors.js";
import { isRecord } from "./errors.js";
import { toInstanceFields } from "./instances.js";
import { fieldKey } from "./option-keys.js";
import { optionKey } from "./option-keys.js";
import { collectItems, eachItem, effectivePageSize, iterateItems, Page, type EachOptions, type ListOptions } from "./paging.js";
import { encodePathSegment, toWirePairs, type WireKind, type WireParameter } from "./serialize.js";
import type { CallOptions, Transport } from "./transport.js";

type Options = Record<string, unknown>;
type Callback = (error: Error | null, result?: unknown) => void;

/** One client's state: its transport, and what it derives once from the immutable descriptors. */
class Runtime {
  readonly prototypes = new Map<ResourceDescriptor, object>();
  private readonly parsed = new Map<readonly ParameterCode[], WireParameter[]>();
  private readonly dates = new Map<ResourceDescriptor, ReadonlySet<string>>();
  private readonly fieldKeys = new Map<string, string>();

  constructor(
    readonly transport: Transport,
    readonly baseUrl: string,
  ) {}

  parameters(codes: readonly ParameterCode[] | undefined): WireParameter[] {
    if (codes === undefined) return [];
    let parameters = this.parsed.get(codes);
    if (parameters === undefined) {
      parameters = parse(codes);
      this.parsed.set(codes, parameters);
    }
    return parameters;
  }

  /** The instance property for a response key: the resource's rename, else the camelCase key (remembered). */
  fieldKey(resource: ResourceDescriptor, key: string): string {
    if (resource.renamed !== undefined && Object.hasOwn(resource.renamed, key)) return resource.renamed[key]!;
    let camel = this.fieldKeys.get(key);
    if (camel === undefined) {
      camel = fieldKey(key);
      this.fieldKeys.set(key, camel);
    }
    return camel;
  }

  dateKeys(resource: ResourceDescriptor): ReadonlySet<string> {
    let keys = this.dates.get(resource);
    if (keys === undefined) {
      keys = new Set(resource.dates);
      this.dates.set(resource, keys);
    }
    return keys;
  }
}

/** Builds a version's resource accessors from its descriptor: `{ users, services, … }`. */
export function buildResources(transport: Transport, api: ApiDescriptor): Record<string, unknown> {
  const runtime = new Runtime(transport, api.baseUrl);
  const root: Record<string, unknown> = {};
  for (const resource of api.resources) defineLazy(root, resource.name, () => accessor(runtime, resource, []));
  const accounts = api.account === undefined ? undefined : api.resources.find((resource) => resource.name === api.account);
  if (accounts) {
    const own = [transport.accountSid];
    defineLazy(root, "account", () => context(runtime, accounts, own));
    for (const child of accounts.children ?? []) if (!Object.hasOwn(root, child.name)) defineLazy(root, child.name, () => accessor(runtime, child, own));
  }
  return root;
}

/** `users` in `client.conversations.v1.users`: callable for an instance, with the list-level methods on it. */
function accessor(runtime: Runtime, resource: ResourceDescriptor, parentValues: readonly string[]): unknown {
  let target: object;
  if (resource.callable === "instance") {
    const arity = resource.arity ?? 1;
    const select = (...sids: string[]) => context(runtime, resource, [...parentValues, ...sids.slice(0, arity)]);
    define(select, "get", select);
    target = select;
    for (const child of resource.listChildren ?? []) defineLazy(target, child.name, () => accessor(runtime, child, parentValues));
  } else if (resource.callable === "singleton") {
    const select = () => context(runtime, resource, parentValues);
    define(select, "get", select);
    target = select;
    defineChildren(target, runtime, resource, parentValues);
  } else {
    target = {};
    defineChildren(target, runtime, resource, parentValues);
  }
  if (resource.list && resource.list.on !== "instance") defineListMethods(target, runtime, resource, resource.list, () => parentValues);
  defineOperations(target, runtime, resource, "list", () => parentValues);
  return target;
}

const SINGLE_KINDS = ["create", "fetch", "update", "patch", "remove"] as const;

/**
 * Defines create/fetch/update/patch/remove on one side: the list accessor (path
 * values fixed) or the shared instance prototype (path values read from the
 * instance it is called on). Each operation lives on the side its path is on.
 */
function defineOperations(target: object, runtime: Runtime, resource: ResourceDescriptor, side: "list" | "instance", valuesOf: (self: unknown) => readonly string[]): void {
  for (const kind of SINGLE_KINDS) {
    const operation = resource[kind];
    if (operation === undefined || (operation.on ?? (kind === "create" ? "list" : "instance")) !== side) continue;
    define(target, kind, function (this: unknown, ...args: unknown[]): Promise<unknown> {
      const values = valuesOf(this);
      return callWith(operation, args, (params, call) => invoke(runtime, operation, values, params, call).then((raw) => (kind === "remove" ? true : instance(runtime, resource, values, raw))));
    });
  }
}

/**
 * list/page/getPage/iterate/each, on the list accessor (path values fixed) or,
 * for a list whose path ends in values no parent gives (insights'
 * `inbound(reportId).list()`), on the context those values are called into.
 */
function defineListMethods(target: object, runtime: Runtime, resource: ResourceDescriptor, operation: OperationDescriptor, valuesOf: (self: unknown) => readonly string[]): void {
  const getPage = (values: readonly string[], url: string, call: CallOptions = {}): Promise<Page<unknown>> =>
    runtime.transport.request({ method: "GET", url, signal: call.signal }).then((raw) => toPage(values, raw, call));
  const toPage = (values: readonly string[], raw: unknown, call: CallOptions) =>
    new Page(raw, operation.pageKey ?? "", (item: Record<string, unknown>) => instance(runtime, resource, values, item), (next) => getPage(values, next, call));
  const firstPage = (values: readonly string[], params: Options, call: CallOptions) => () => {
    const query = { ...params, pageSize: effectivePageSize(params as ListOptions, operation.maxPageSize) };
    return invoke(runtime, operation, values, query, call).then((raw) => toPage(values, raw, call));
  };
  // List calls always take params first: `limit` and `pageSize` apply even when the spec has no query parameters.
  define(target, "list", function (this: unknown, ...args: unknown[]) {
    return callWith(operation, args, (params, call) => collectItems(firstPage(valuesOf(this), params, call), (params as ListOptions).limit), true);
  });
  define(target, "page", function (this: unknown, ...args: unknown[]) {
    return callWith(operation, args, (params, call) => firstPage(valuesOf(this), params, call)(), true);
  });
  define(target, "getPage", function (this: unknown, url: string, options?: CallOptions | Callback) {
    return settle(getPage(valuesOf(this), url, typeof options === "object" ? options : {}), typeof options === "function" ? options : undefined);
  });
  define(target, "iterate", function (this: unknown, params: Options = {}, call: CallOptions = {}) {
    return iterateItems(firstPage(valuesOf(this), params, call), (params as ListOptions).limit);
  });
  define(target, "each", function (this: unknown, first?: unknown, second?: unknown) {
    const params = (typeof first === "function" ? {} : ((first as Options | undefined) ?? {})) as EachOptions<unknown> & Options;
    const callback = typeof first === "function" ? first : typeof second === "function" ? second : params.callback;
    return eachItem(firstPage(valuesOf(this), params, {}), { ...params, callback: callback as EachOptions<unknown>["callback"] });
  });
}

/** Where a context or instance keeps its path values: invisible to JSON and to `Object.keys`. */
const VALUES: unique symbol = Symbol("path values");

interface Bound {
  readonly [VALUES]: readonly string[];
}

/**
 * The methods and child accessors of a resource, built once per client and
 * shared by all its contexts and instances, which differ only in path values.
 */
function prototypeOf(runtime: Runtime, resource: ResourceDescriptor): object {
  let prototype = runtime.prototypes.get(resource);
  if (prototype !== undefined) return prototype;
  prototype = {};
  defineOperations(prototype, runtime, resource, "instance", (self) => (self as Bound)[VALUES]);
  if (resource.list?.on === "instance") defineListMethods(prototype, runtime, resource, resource.list, (self) => (self as Bound)[VALUES]);
  for (const child of resource.children ?? []) {
    Object.defineProperty(prototype, child.name, {
      configurable: true,
      enumerable: false,
      get(this: Bound) {
        return accessor(runtime, child, this[VALUES]);
      },
    });
  }
  runtime.prototypes.set(resource, prototype);
  return prototype;
}

/** A context: `users(sid)`, with fetch/update/remove and the child resources. */
function context(runtime: Runtime, resource: ResourceDescriptor, values: readonly string[]): object {
  return Object.create(prototypeOf(runtime, resource), { [VALUES]: { value: values } }) as object;
}

/** An instance: the response's fields (own, enumerable) over its resource's methods and children. */
function instance(runtime: Runtime, resource: ResourceDescriptor, callValues: readonly string[], raw: unknown): unknown {
  const body = isRecord(raw) ? raw : {};
  const values = resource.keys === undefined ? callValues : resource.keys.map((key, index) => (typeof body[key] === "string" && body[key] !== "" ? (body[key] as string) : (callValues[index] ?? "")));
  return toInstanceFields(body, runtime.dateKeys(resource), (key) => runtime.fieldKey(resource, key), context(runtime, resource, values));
}

function defineChildren(target: object, runtime: Runtime, resource: ResourceDescriptor, values: readonly string[]): void {
  for (const child of resource.children ?? []) defineLazy(target, child.name, () => accessor(runtime, child, values));
}

/** Sends one operation: path values by position, options by their wire placement. */
function invoke(runtime: Runtime, operation: OperationDescriptor, values: readonly string[], params: Options, call: CallOptions): Promise<unknown> {
  let index = 0;
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodePathSegment(name, values[index++]));
  const query = toWirePairs(runtime.parameters(operation.query), params);
  const headers = toWirePairs(runtime.parameters(operation.headers), params);
  const spec = { method: operation.method, url: `${runtime.baseUrl}${path}`, query, headers, signal: call.signal, accept: operation.accept };
  if (operation.json) {
    const consumed = new Set([...runtime.parameters(operation.query), ...runtime.parameters(operation.headers)].map((parameter) => parameter.key));
    const body = Object.fromEntries(Object.entries(params).filter(([key, value]) => !consumed.has(key) && value !== undefined));
    return runtime.transport.request({ ...spec, json: body });
  }
  return runtime.transport.request(operation.form || operation.method === "POST" ? { ...spec, form: toWirePairs(runtime.parameters(operation.form), params) } : spec);
}

/** Splits `(params?, callOptions | callback?)`; a call never throws synchronously. */
function callWith(operation: OperationDescriptor, args: unknown[], run: (params: Options, call: CallOptions) => Promise<unknown>, alwaysParams = false): Promise<unknown> {
  const takesParams = alwaysParams || operation.query !== undefined || operation.headers !== undefined || operation.form !== undefined || operation.json === true;
  const first = takesParams ? args[0] : undefined;
  const rest = takesParams ? args[1] : args[0];
  const callback = typeof rest === "function" ? (rest as Callback) : undefined;
  const call = isRecord(rest) ? (rest as CallOptions) : {};
  let promise: Promise<unknown>;
  try {
    promise = run(isRecord(first) ? first : {}, call);
  } catch (error) {
    promise = Promise.reject(error);
  }
  return settle(promise, callback);
}

function settle<T>(promise: Promise<T>, callback: Callback | undefined): Promise<T> {
  if (callback) promise.then((result) => callback(null, result), (error: Error) => callback(error));
  return promise;
}

function parse(codes: readonly ParameterCode[]): WireParameter[] {
  return codes.map((code) => {
    const [wire, kind, array] = typeof code === "string" ? [code, "string" as WireKind, false] : [code[0], code[1], code[2] === 1];
    return { key: optionKey(wire), wire, kind, array };
  });
}

function define(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, enumerable: false, configurable: true, writable: true });
}

function defineLazy(target: object, name: string, create: () => unknown): void {
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = create();
      Object.defineProperty(target, name, { value, enumerable: true, configurable: true, writable: false });
      return value;
    },
  });
}

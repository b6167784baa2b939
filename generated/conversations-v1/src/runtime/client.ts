import { checkRequired, settleCall, splitArguments, takesParams, type CallArguments } from "./calls.js";
import type { ApiDescriptor, ResourceDescriptor } from "./descriptors.js";
import { isRecord } from "./errors.js";
import { toInstanceFields } from "./instances.js";
import { define, invoke, Runtime } from "./invoke.js";
import { defineListMethods } from "./lists.js";
import { fieldKey } from "./option-keys.js";
import type { Transport } from "./transport.js";

/** Builds a version's resource accessors from its descriptor: `{ users, services, … }`. */
export function buildResources(transport: Transport, api: ApiDescriptor): Record<string, unknown> {
  const runtime = new Runtime(transport, api.baseUrl);
  const root: Record<string, unknown> = {};
  for (const resource of api.resources) defineLazy(root, resource.name, () => accessor(runtime, resource, []));
  const accounts =
    api.account === undefined ? undefined : api.resources.find((resource) => resource.name === api.account);
  if (accounts) {
    const own = [transport.accountSid];
    defineLazy(root, "account", () => context(runtime, accounts, own));
    for (const child of accounts.children ?? [])
      if (!Object.hasOwn(root, child.name)) defineLazy(root, child.name, () => accessor(runtime, child, own));
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
    for (const child of resource.listChildren ?? [])
      defineLazy(target, child.name, () => accessor(runtime, child, parentValues));
  } else if (resource.callable === "singleton") {
    const select = () => context(runtime, resource, parentValues);
    define(select, "get", select);
    target = select;
    defineChildren(target, runtime, resource, parentValues);
  } else {
    target = {};
    defineChildren(target, runtime, resource, parentValues);
  }
  const toItem = (raw: Record<string, unknown>) => instance(runtime, resource, parentValues, raw);
  if (resource.list && resource.list.on !== "instance")
    defineListMethods(target, runtime, resource.list, parentValues, toItem);
  defineOperations(target, runtime, resource, "list", () => parentValues);
  define(target, "toJSON", () => solution(resource, parentValues));
  return target;
}

const SINGLE_KINDS = ["create", "fetch", "update", "patch", "remove"] as const;

/**
 * Defines create/fetch/update/remove and their `*WithHttpInfo` forms on one
 * side: the list accessor (path values fixed) or a shared prototype (path
 * values read from the context or instance it is called on). Each operation
 * lives on the side its path is on.
 */
function defineOperations(
  target: object,
  runtime: Runtime,
  resource: ResourceDescriptor,
  side: "list" | "instance",
  valuesOf: (self: unknown) => readonly string[],
): void {
  for (const kind of SINGLE_KINDS) {
    const operation = resource[kind];
    if (operation === undefined || (operation.on ?? (kind === "create" ? "list" : "instance")) !== side) continue;
    const params = takesParams(operation);
    /**
     * Throws (settleCall turns that into a rejection) for a missing required
     * option, before anything is sent. Only `*WithHttpInfo` keeps the headers.
     */
    const call = (self: unknown, parts: CallArguments, withInfo: boolean): Promise<unknown> => {
      const values = valuesOf(self);
      checkRequired(operation, parts);
      return invoke(runtime, operation, values, parts.params, parts.call, parts.headers, withInfo).then((response) => {
        const body = kind === "remove" ? true : instance(runtime, resource, values, response.body);
        return withInfo ? { ...response, body } : body;
      });
    };
    define(target, kind, function (this: unknown, ...args: unknown[]): Promise<unknown> {
      const parts = splitArguments(params, args);
      return settleCall(() => call(this, parts, false), parts.callback);
    });
    define(target, `${kind}WithHttpInfo`, function (this: unknown, ...args: unknown[]): Promise<unknown> {
      const parts = splitArguments(params, args);
      return settleCall(() => call(this, parts, true), parts.callback);
    });
  }
}

/** Where a context or instance keeps its path values: invisible to JSON and to `Object.keys`. */
const VALUES: unique symbol = Symbol("path values");

interface Bound {
  readonly [VALUES]: readonly string[];
}

/**
 * The methods of a resource's contexts or instances, built once per client and
 * shared by all of them, which differ only in path values. A context carries
 * its children as properties (`conversations(sid).messages`), an instance as
 * methods (`conversation.messages()`), as twilio-node's do.
 */
function prototypeOf(runtime: Runtime, resource: ResourceDescriptor, shape: "context" | "instance"): object {
  const cache = shape === "context" ? runtime.contexts : runtime.instances;
  let prototype = cache.get(resource);
  if (prototype !== undefined) return prototype;
  prototype = {};
  defineOperations(prototype, runtime, resource, "instance", (self) => (self as Bound)[VALUES]);
  for (const child of resource.callable === undefined ? [] : (resource.children ?? [])) {
    if (shape === "instance") {
      define(prototype, child.name, function (this: Bound) {
        return accessor(runtime, child, this[VALUES]);
      });
    } else {
      Object.defineProperty(prototype, child.name, {
        configurable: true,
        enumerable: false,
        get(this: Bound) {
          return accessor(runtime, child, this[VALUES]);
        },
      });
    }
  }
  define(
    prototype,
    "toJSON",
    shape === "context"
      ? function (this: Bound) {
          return solution(resource, this[VALUES]);
        }
      : function (this: object) {
          return { ...this };
        },
  );
  cache.set(resource, prototype);
  return prototype;
}

/** A context: `users(sid)`, with fetch/update/remove and the child resources. */
function context(runtime: Runtime, resource: ResourceDescriptor, values: readonly string[]): object {
  const made = Object.create(prototypeOf(runtime, resource, "context"), { [VALUES]: { value: values } }) as object;
  // A list called with its own path values (insights' `inbound(reportId).list()`) pages from the context.
  if (resource.list?.on === "instance")
    defineListMethods(made, runtime, resource.list, values, (raw) => instance(runtime, resource, values, raw));
  return made;
}

/** An instance: the response's fields (own, enumerable) over its resource's methods and children. */
function instance(
  runtime: Runtime,
  resource: ResourceDescriptor,
  callValues: readonly string[],
  raw: unknown,
): unknown {
  const body = isRecord(raw) ? raw : {};
  // As twilio-node's: the values the call was made with, and the response's for the rest (a created or listed item's own sid).
  const values =
    resource.keys === undefined
      ? callValues
      : resource.keys.map(
          (key, index) => callValues[index] ?? (typeof body[key] === "string" ? (body[key] as string) : ""),
        );
  const target = Object.create(prototypeOf(runtime, resource, "instance"), { [VALUES]: { value: values } }) as object;
  return toInstanceFields(body, runtime.dateKeys(resource), (key) => runtime.fieldKey(resource, key), target);
}

/** twilio-node's `toJSON()` of a context or list: its path values by name (`{ conversationSid, sid }`). */
function solution(resource: ResourceDescriptor, values: readonly string[]): Record<string, string> {
  const names = (resource.keys ?? []).map(fieldKey);
  const result: Record<string, string> = {};
  values.forEach((value, index) => {
    const name = names[index];
    if (name !== undefined) result[name] = value;
  });
  return result;
}

function defineChildren(
  target: object,
  runtime: Runtime,
  resource: ResourceDescriptor,
  values: readonly string[],
): void {
  for (const child of resource.children ?? []) defineLazy(target, child.name, () => accessor(runtime, child, values));
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

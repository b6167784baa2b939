import { checkRequired, settleCall, splitArguments, takesParams } from "./calls.js";
import { isRecord } from "./errors.js";
import { toInstanceFields } from "./instances.js";
import { define, invoke, Runtime } from "./invoke.js";
import { defineListMethods } from "./lists.js";
import { fieldKey } from "./option-keys.js";
function buildResources(transport, api) {
  const runtime = new Runtime(transport, api.baseUrl);
  const root = {};
  for (const resource of api.resources) defineLazy(root, resource.name, () => accessor(runtime, resource, []));
  const accounts = api.account === void 0 ? void 0 : api.resources.find((resource) => resource.name === api.account);
  if (accounts) {
    const own = [transport.accountSid];
    defineLazy(root, "account", () => context(runtime, accounts, own));
    for (const child of accounts.children ?? [])
      if (!Object.hasOwn(root, child.name)) defineLazy(root, child.name, () => accessor(runtime, child, own));
  }
  return root;
}
function accessor(runtime, resource, parentValues) {
  let target;
  if (resource.callable === "instance") {
    const arity = resource.arity ?? 1;
    const select = (...sids) => context(runtime, resource, [...parentValues, ...sids.slice(0, arity)]);
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
  const toItem = (raw) => instance(runtime, resource, parentValues, raw);
  if (resource.list && resource.list.on !== "instance")
    defineListMethods(target, runtime, resource.list, parentValues, toItem);
  defineOperations(target, runtime, resource, "list", () => parentValues);
  define(target, "toJSON", () => solution(resource, parentValues));
  return target;
}
const SINGLE_KINDS = ["create", "fetch", "update", "patch", "remove"];
function defineOperations(target, runtime, resource, side, valuesOf) {
  for (const kind of SINGLE_KINDS) {
    const operation = resource[kind];
    if (operation === void 0 || (operation.on ?? (kind === "create" ? "list" : "instance")) !== side) continue;
    const params = takesParams(operation);
    const call = (self, parts) => {
      const values = valuesOf(self);
      checkRequired(operation, parts);
      return invoke(runtime, operation, values, parts.params, parts.call, parts.headers).then((response) => ({
        ...response,
        body: kind === "remove" ? true : instance(runtime, resource, values, response.body)
      }));
    };
    define(target, kind, function(...args) {
      const parts = splitArguments(params, args);
      return settleCall(() => call(this, parts).then((response) => response.body), parts.callback);
    });
    define(target, `${kind}WithHttpInfo`, function(...args) {
      const parts = splitArguments(params, args);
      return settleCall(() => call(this, parts), parts.callback);
    });
  }
}
const VALUES = /* @__PURE__ */ Symbol("path values");
function prototypeOf(runtime, resource, shape) {
  const cache = shape === "context" ? runtime.contexts : runtime.instances;
  let prototype = cache.get(resource);
  if (prototype !== void 0) return prototype;
  prototype = {};
  defineOperations(prototype, runtime, resource, "instance", (self) => self[VALUES]);
  for (const child of resource.callable === void 0 ? [] : resource.children ?? []) {
    if (shape === "instance") {
      define(prototype, child.name, function() {
        return accessor(runtime, child, this[VALUES]);
      });
    } else {
      Object.defineProperty(prototype, child.name, {
        configurable: true,
        enumerable: false,
        get() {
          return accessor(runtime, child, this[VALUES]);
        }
      });
    }
  }
  define(
    prototype,
    "toJSON",
    shape === "context" ? function() {
      return solution(resource, this[VALUES]);
    } : function() {
      return { ...this };
    }
  );
  cache.set(resource, prototype);
  return prototype;
}
function context(runtime, resource, values) {
  const made = Object.create(prototypeOf(runtime, resource, "context"), { [VALUES]: { value: values } });
  if (resource.list?.on === "instance")
    defineListMethods(made, runtime, resource.list, values, (raw) => instance(runtime, resource, values, raw));
  return made;
}
function instance(runtime, resource, callValues, raw) {
  const body = isRecord(raw) ? raw : {};
  const values = resource.keys === void 0 ? callValues : resource.keys.map(
    (key, index) => callValues[index] ?? (typeof body[key] === "string" ? body[key] : "")
  );
  const target = Object.create(prototypeOf(runtime, resource, "instance"), { [VALUES]: { value: values } });
  return toInstanceFields(body, runtime.dateKeys(resource), (key) => runtime.fieldKey(resource, key), target);
}
function solution(resource, values) {
  const names = (resource.keys ?? []).map(fieldKey);
  const result = {};
  values.forEach((value, index) => {
    const name = names[index];
    if (name !== void 0) result[name] = value;
  });
  return result;
}
function defineChildren(target, runtime, resource, values) {
  for (const child of resource.children ?? []) defineLazy(target, child.name, () => accessor(runtime, child, values));
}
function defineLazy(target, name, create) {
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = create();
      Object.defineProperty(target, name, { value, enumerable: true, configurable: true, writable: false });
      return value;
    }
  });
}
export {
  buildResources
};

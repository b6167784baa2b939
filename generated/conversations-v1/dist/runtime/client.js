import { isRecord } from "./errors.js";
import { toInstanceFields } from "./instances.js";
import { fieldKey } from "./option-keys.js";
import { optionKey } from "./option-keys.js";
import { collectItems, eachItem, effectivePageSize, iterateItems, Page } from "./paging.js";
import { encodePathSegment, toWirePairs } from "./serialize.js";
class Runtime {
  constructor(transport, baseUrl) {
    this.transport = transport;
    this.baseUrl = baseUrl;
  }
  transport;
  baseUrl;
  prototypes = /* @__PURE__ */ new Map();
  parsed = /* @__PURE__ */ new Map();
  dates = /* @__PURE__ */ new Map();
  fieldKeys = /* @__PURE__ */ new Map();
  parameters(codes) {
    if (codes === void 0) return [];
    let parameters = this.parsed.get(codes);
    if (parameters === void 0) {
      parameters = parse(codes);
      this.parsed.set(codes, parameters);
    }
    return parameters;
  }
  /** The instance property for a response key: the resource's rename, else the camelCase key (remembered). */
  fieldKey(resource, key) {
    if (resource.renamed !== void 0 && Object.hasOwn(resource.renamed, key)) return resource.renamed[key];
    let camel = this.fieldKeys.get(key);
    if (camel === void 0) {
      camel = fieldKey(key);
      this.fieldKeys.set(key, camel);
    }
    return camel;
  }
  dateKeys(resource) {
    let keys = this.dates.get(resource);
    if (keys === void 0) {
      keys = new Set(resource.dates);
      this.dates.set(resource, keys);
    }
    return keys;
  }
}
function buildResources(transport, api) {
  const runtime = new Runtime(transport, api.baseUrl);
  const root = {};
  for (const resource of api.resources) defineLazy(root, resource.name, () => accessor(runtime, resource, []));
  const accounts = api.account === void 0 ? void 0 : api.resources.find((resource) => resource.name === api.account);
  if (accounts) {
    const own = [transport.accountSid];
    defineLazy(root, "account", () => context(runtime, accounts, own));
    for (const child of accounts.children ?? []) if (!Object.hasOwn(root, child.name)) defineLazy(root, child.name, () => accessor(runtime, child, own));
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
const SINGLE_KINDS = ["create", "fetch", "update", "patch", "remove"];
function defineOperations(target, runtime, resource, side, valuesOf) {
  for (const kind of SINGLE_KINDS) {
    const operation = resource[kind];
    if (operation === void 0 || (operation.on ?? (kind === "create" ? "list" : "instance")) !== side) continue;
    define(target, kind, function(...args) {
      const values = valuesOf(this);
      return callWith(operation, args, (params, call) => invoke(runtime, operation, values, params, call).then((raw) => kind === "remove" ? true : instance(runtime, resource, values, raw)));
    });
  }
}
function defineListMethods(target, runtime, resource, operation, valuesOf) {
  const getPage = (values, url, call = {}) => runtime.transport.request({ method: "GET", url, signal: call.signal }).then((raw) => toPage(values, raw, call));
  const toPage = (values, raw, call) => new Page(raw, operation.pageKey ?? "", (item) => instance(runtime, resource, values, item), (next) => getPage(values, next, call));
  const firstPage = (values, params, call) => () => {
    const query = { ...params, pageSize: effectivePageSize(params, operation.maxPageSize) };
    return invoke(runtime, operation, values, query, call).then((raw) => toPage(values, raw, call));
  };
  define(target, "list", function(...args) {
    return callWith(operation, args, (params, call) => collectItems(firstPage(valuesOf(this), params, call), params.limit), true);
  });
  define(target, "page", function(...args) {
    return callWith(operation, args, (params, call) => firstPage(valuesOf(this), params, call)(), true);
  });
  define(target, "getPage", function(url, options) {
    return settle(getPage(valuesOf(this), url, typeof options === "object" ? options : {}), typeof options === "function" ? options : void 0);
  });
  define(target, "iterate", function(params = {}, call = {}) {
    return iterateItems(firstPage(valuesOf(this), params, call), params.limit);
  });
  define(target, "each", function(first, second) {
    const params = typeof first === "function" ? {} : first ?? {};
    const callback = typeof first === "function" ? first : typeof second === "function" ? second : params.callback;
    return eachItem(firstPage(valuesOf(this), params, {}), { ...params, callback });
  });
}
const VALUES = /* @__PURE__ */ Symbol("path values");
function prototypeOf(runtime, resource) {
  let prototype = runtime.prototypes.get(resource);
  if (prototype !== void 0) return prototype;
  prototype = {};
  defineOperations(prototype, runtime, resource, "instance", (self) => self[VALUES]);
  if (resource.list?.on === "instance") defineListMethods(prototype, runtime, resource, resource.list, (self) => self[VALUES]);
  for (const child of resource.children ?? []) {
    Object.defineProperty(prototype, child.name, {
      configurable: true,
      enumerable: false,
      get() {
        return accessor(runtime, child, this[VALUES]);
      }
    });
  }
  runtime.prototypes.set(resource, prototype);
  return prototype;
}
function context(runtime, resource, values) {
  return Object.create(prototypeOf(runtime, resource), { [VALUES]: { value: values } });
}
function instance(runtime, resource, callValues, raw) {
  const body = isRecord(raw) ? raw : {};
  const values = resource.keys === void 0 ? callValues : resource.keys.map((key, index) => typeof body[key] === "string" && body[key] !== "" ? body[key] : callValues[index] ?? "");
  return toInstanceFields(body, runtime.dateKeys(resource), (key) => runtime.fieldKey(resource, key), context(runtime, resource, values));
}
function defineChildren(target, runtime, resource, values) {
  for (const child of resource.children ?? []) defineLazy(target, child.name, () => accessor(runtime, child, values));
}
function invoke(runtime, operation, values, params, call) {
  let index = 0;
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name) => encodePathSegment(name, values[index++]));
  const query = toWirePairs(runtime.parameters(operation.query), params);
  const headers = toWirePairs(runtime.parameters(operation.headers), params);
  const spec = { method: operation.method, url: `${runtime.baseUrl}${path}`, query, headers, signal: call.signal, accept: operation.accept };
  if (operation.json) {
    const consumed = new Set([...runtime.parameters(operation.query), ...runtime.parameters(operation.headers)].map((parameter) => parameter.key));
    const body = Object.fromEntries(Object.entries(params).filter(([key, value]) => !consumed.has(key) && value !== void 0));
    return runtime.transport.request({ ...spec, json: body });
  }
  return runtime.transport.request(operation.form || operation.method === "POST" ? { ...spec, form: toWirePairs(runtime.parameters(operation.form), params) } : spec);
}
function callWith(operation, args, run, alwaysParams = false) {
  const takesParams = alwaysParams || operation.query !== void 0 || operation.headers !== void 0 || operation.form !== void 0 || operation.json === true;
  const first = takesParams ? args[0] : void 0;
  const rest = takesParams ? args[1] : args[0];
  const callback = typeof rest === "function" ? rest : void 0;
  const call = isRecord(rest) ? rest : {};
  let promise;
  try {
    promise = run(isRecord(first) ? first : {}, call);
  } catch (error) {
    promise = Promise.reject(error);
  }
  return settle(promise, callback);
}
function settle(promise, callback) {
  if (callback) promise.then((result) => callback(null, result), (error) => callback(error));
  return promise;
}
function parse(codes) {
  return codes.map((code) => {
    const [wire, kind, array] = typeof code === "string" ? [code, "string", false] : [code[0], code[1], code[2] === 1];
    return { key: optionKey(wire), wire, kind, array };
  });
}
function define(target, name, value) {
  Object.defineProperty(target, name, { value, enumerable: false, configurable: true, writable: true });
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

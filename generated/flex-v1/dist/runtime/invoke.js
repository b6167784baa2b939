import { fieldKey, optionKey } from "./option-keys.js";
import { encodePathSegment, toWirePairs } from "./serialize.js";
class Runtime {
  constructor(transport, baseUrl) {
    this.transport = transport;
    this.baseUrl = baseUrl;
  }
  transport;
  baseUrl;
  contexts = /* @__PURE__ */ new Map();
  instances = /* @__PURE__ */ new Map();
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
function invoke(runtime, operation, values, params, call, extraHeaders = {}) {
  let index = 0;
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name) => encodePathSegment(name, values[index++]));
  const query = toWirePairs(runtime.parameters(operation.query), params, true);
  const headers = toWirePairs(runtime.parameters(operation.headers), params);
  for (const [name, value] of Object.entries(extraHeaders)) if (typeof value === "string") headers.push([name, value]);
  const spec = {
    method: operation.method,
    url: `${runtime.baseUrl}${path}`,
    query,
    headers,
    signal: call.signal,
    accept: operation.accept
  };
  if (operation.json) {
    const consumed = new Set(
      [...runtime.parameters(operation.query), ...runtime.parameters(operation.headers)].map(
        (parameter) => parameter.key
      )
    );
    const body = Object.fromEntries(
      Object.entries(params).filter(([key, value]) => !consumed.has(key) && value !== void 0)
    );
    return runtime.transport.exchange({ ...spec, json: body });
  }
  return runtime.transport.exchange(
    operation.form || operation.method === "POST" ? { ...spec, form: toWirePairs(runtime.parameters(operation.form), params, true) } : spec
  );
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
export {
  Runtime,
  define,
  invoke
};

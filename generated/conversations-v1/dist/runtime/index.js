// copied:runtime/errors.ts
var RestException = class extends Error {
  status;
  code;
  moreInfo;
  details;
  constructor(status, body, fallbackText) {
    const fields = isRecord(body) ? body : {};
    const text = [fields["message"], fields["detail"], fields["title"]].find(
      (candidate) => typeof candidate === "string" && candidate !== ""
    );
    const message = text ?? (fallbackText === "" ? `HTTP ${status}` : fallbackText.slice(0, 500));
    super(message);
    this.name = "RestException";
    this.status = status;
    this.code = typeof fields["code"] === "number" ? fields["code"] : void 0;
    this.moreInfo = typeof fields["more_info"] === "string" ? fields["more_info"] : void 0;
    this.details = isRecord(fields["details"]) ? fields["details"] : void 0;
  }
};
var RequestValidationError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "RequestValidationError";
  }
};
var ResponseParseError = class extends Error {
  status;
  constructor(status, message) {
    super(message);
    this.name = "ResponseParseError";
    this.status = status;
  }
};
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// copied:runtime/calls.ts
function splitArguments(takesParams2, args) {
  const [first, second, third] = args;
  if (takesParams2 && typeof first === "function")
    return { params: {}, given: false, call: {}, callback: first };
  if (takesParams2 && args.length >= 3) {
    const parts = {
      params: isRecord(first) ? first : {},
      given: isRecord(first),
      call: {},
      callback: typeof third === "function" ? third : void 0
    };
    if (isRecord(second)) parts.headers = second;
    return parts;
  }
  const rest = takesParams2 ? second : first;
  const params = takesParams2 && isRecord(first) ? first : {};
  return {
    params,
    given: takesParams2 && isRecord(first),
    call: isRecord(rest) ? rest : {},
    callback: typeof rest === "function" ? rest : void 0
  };
}
function takesParams(operation) {
  return operation.query !== void 0 || operation.headers !== void 0 || operation.form !== void 0 || operation.json === true;
}
function checkRequired(operation, args) {
  if (operation.required === void 0 || operation.required.length === 0) return;
  if (!args.given) throw new RequestValidationError('Required parameter "params" missing.');
  for (const key of operation.required) {
    const value = Object.hasOwn(args.params, key) ? args.params[key] : void 0;
    if (value === void 0 || value === null)
      throw new RequestValidationError(`Required parameter "params['${key}']" missing.`);
  }
}
function checkLimit(params) {
  const limit = params["limit"];
  if (limit === void 0) return;
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit <= 0)
    throw new TypeError("Parameter limit must be a positive integer");
}
function settleCall(run, callback) {
  let promise;
  try {
    promise = run();
  } catch (error) {
    promise = Promise.reject(error);
  }
  return settle(promise, callback);
}
function settle(promise, callback) {
  if (callback)
    promise.then(
      (result) => callback(null, result),
      (error) => callback(error)
    );
  return promise;
}

// copied:runtime/option-keys.ts
function optionKey(wire) {
  if (wire === "Page") return "pageNumber";
  if (wire === "Version") return "versionParam";
  return wire.split(".").map(
    (part) => lowerFirst(
      part.replace(/</g, "Before").replace(/>/g, "After").replace(/[-_\s]+([A-Za-z0-9])/g, (_, next) => next.toUpperCase()).replace(/[-_\s]+$/, "")
    )
  ).join(".");
}
function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
function fieldKey(key) {
  return key.replace(/[_.-]+([a-zA-Z0-9])/g, (_, letter) => letter.toUpperCase());
}

// copied:runtime/instances.ts
function toInstanceFields(raw, dateKeys, keyOf = fieldKey, fields = {}) {
  const target = fields;
  for (const key of Object.keys(raw)) {
    const value = dateKeys.has(key) ? parseDate(raw[key]) : raw[key];
    const name = keyOf(key);
    if (name === "__proto__")
      Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
    else target[name] = value;
  }
  return target;
}
function parseDate(value) {
  if (typeof value !== "string" || value === "") return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time);
}

// copied:runtime/serialize.ts
function formatDateTime(value) {
  return value.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function formatScalar(value, kind, wire) {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RequestValidationError(`${wire}: invalid Date`);
    if (kind === "date") return formatDateTime(value).slice(0, 10);
    return kind === "date-time" ? formatDateTime(value) : value.toISOString();
  }
  if (kind === "json" && typeof value !== "string") return JSON.stringify(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "object" && value !== null) return JSON.stringify(value);
  return String(value);
}
function toWirePairs(parameters, options, nullAsEmpty = false) {
  const pairs = [];
  for (const parameter of parameters) {
    const value = Object.hasOwn(options, parameter.key) ? options[parameter.key] : void 0;
    if (value === null && nullAsEmpty) pairs.push([parameter.wire, ""]);
    if (value === void 0 || value === null) continue;
    const values = parameter.array && Array.isArray(value) ? value : [value];
    for (const item of values)
      if (item !== void 0 && item !== null)
        pairs.push([parameter.wire, formatScalar(item, parameter.kind, parameter.wire)]);
  }
  return pairs;
}
function formBody(pairs) {
  return new URLSearchParams(pairs).toString();
}
function encodePathSegment(name, value) {
  const text = value === void 0 || value === null ? "" : String(value);
  if (text === "" || text === "." || text === "..") {
    throw new RequestValidationError(
      `path parameter ${name} must not be ${text === "" ? "empty" : JSON.stringify(text)}`
    );
  }
  return encodeURIComponent(text);
}

// copied:runtime/invoke.ts
var Runtime = class {
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
  paths = /* @__PURE__ */ new Map();
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
  /** A spec path with its `{Name}` placeholders filled by position; the template is split once per client. */
  path(template, values) {
    let parts = this.paths.get(template);
    if (parts === void 0) {
      parts = template.split(/\{([^}]+)\}/);
      this.paths.set(template, parts);
    }
    let path = parts[0];
    for (let index = 1; index < parts.length; index += 2)
      path += encodePathSegment(parts[index], values[(index - 1) / 2]) + parts[index + 1];
    return path;
  }
  dateKeys(resource) {
    let keys = this.dates.get(resource);
    if (keys === void 0) {
      keys = new Set(resource.dates);
      this.dates.set(resource, keys);
    }
    return keys;
  }
};
function invoke(runtime, operation, values, params, call, extraHeaders, withHeaders = true) {
  const path = runtime.path(operation.path, values);
  const query = toWirePairs(runtime.parameters(operation.query), params, true);
  const headers = toWirePairs(runtime.parameters(operation.headers), params);
  if (extraHeaders !== void 0) {
    for (const [name, value] of Object.entries(extraHeaders))
      if (typeof value === "string") headers.push([name, value]);
  }
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
    return runtime.transport.exchange({ ...spec, json: body }, withHeaders);
  }
  return runtime.transport.exchange(
    operation.form || operation.method === "POST" ? { ...spec, form: toWirePairs(runtime.parameters(operation.form), params, true) } : spec,
    withHeaders
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

// copied:runtime/paging.ts
var Page = class {
  constructor(payload, key, toItem, getPage) {
    this.getPage = getPage;
    const body = isRecord(payload) ? payload : {};
    const meta = isRecord(body["meta"]) ? body["meta"] : body;
    const rawItems = body[key];
    this.instances = Array.isArray(rawItems) ? rawItems.filter(isRecord).map(toItem) : [];
    this.nextPageUrl = stringOrUndefined(meta["next_page_url"] ?? body["next_page_uri"]);
    this.previousPageUrl = stringOrUndefined(meta["previous_page_url"] ?? body["previous_page_uri"]);
    this.url = stringOrUndefined(meta["url"] ?? body["uri"]);
    this.pageNumber = numberOrUndefined(meta["page"]);
    this.pageSize = numberOrUndefined(meta["page_size"]);
  }
  getPage;
  instances;
  nextPageUrl;
  previousPageUrl;
  url;
  pageNumber;
  pageSize;
  /** twilio-node's accessors for the links. */
  getNextPageUrl() {
    return this.nextPageUrl;
  }
  getPreviousPageUrl() {
    return this.previousPageUrl;
  }
  /** As twilio-node's: undefined when there is no next page, so `await page.nextPage()` is undefined at the end. */
  nextPage() {
    return this.nextPageUrl === void 0 ? void 0 : this.getPage(this.nextPageUrl);
  }
  previousPage() {
    return this.previousPageUrl === void 0 ? void 0 : this.getPage(this.previousPageUrl);
  }
  toJSON() {
    return {
      instances: this.instances,
      nextPageUrl: this.nextPageUrl,
      previousPageUrl: this.previousPageUrl,
      pageNumber: this.pageNumber,
      pageSize: this.pageSize
    };
  }
};
function effectivePageSize(options, maxPageSize) {
  if (options.pageSize !== void 0) return options.pageSize;
  if (options.limit === void 0) return void 0;
  return maxPageSize === void 0 ? options.limit : Math.min(options.limit, maxPageSize);
}
async function* iterateItems(firstPage, limit) {
  if (limit !== void 0 && limit <= 0) return;
  let count = 0;
  let page = await firstPage();
  while (page !== void 0) {
    for (const item of page.instances) {
      yield item;
      count++;
      if (limit !== void 0 && count >= limit) return;
    }
    page = await page.nextPage();
  }
}
async function collectItems(firstPage, limit) {
  const items = [];
  for await (const item of iterateItems(firstPage, limit)) items.push(item);
  return items;
}
async function eachItem(firstPage, options, check = () => {
}) {
  let stopped = false;
  let stopError;
  const done = (error) => {
    stopped = true;
    stopError = error;
  };
  try {
    check();
    for await (const item of iterateItems(firstPage, options.limit)) {
      options.callback?.(item, done);
      if (stopped) break;
    }
  } catch (error) {
    if (options.done === void 0) throw error;
    options.done(error);
    return;
  }
  options.done?.(stopError);
}
function stringOrUndefined(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function numberOrUndefined(value) {
  return typeof value === "number" ? value : void 0;
}

// copied:runtime/lists.ts
function defineListMethods(target, runtime, operation, parentValues, toItem) {
  const pageOf = (response, call) => ({
    ...response,
    body: new Page(
      response.body,
      operation.pageKey ?? "",
      toItem,
      (next) => getPage(next, call).then((page) => page.body)
    )
  });
  const getPage = (url, call) => runtime.transport.exchange({ method: "GET", url, signal: call.signal }).then((response) => pageOf(response, call));
  const firstPage = (params, call) => {
    const query = { ...params, pageSize: effectivePageSize(params, operation.maxPageSize) };
    return invoke(runtime, operation, parentValues, query, call).then((response) => pageOf(response, call));
  };
  const collect = async (parts) => {
    checkLimit(parts.params);
    let first;
    const items = await collectItems(
      () => firstPage(parts.params, parts.call).then((response) => (first = response, response.body)),
      parts.params.limit
    );
    return { body: items, statusCode: first?.statusCode ?? 200, headers: first?.headers ?? {} };
  };
  const method = (name, run) => define(target, name, (...args) => {
    const parts = splitArguments(true, args);
    return settleCall(() => run(parts), parts.callback);
  });
  method("list", (parts) => collect(parts).then((response) => response.body));
  method("listWithHttpInfo", collect);
  method("page", (parts) => firstPage(parts.params, parts.call).then((response) => response.body));
  method("pageWithHttpInfo", (parts) => firstPage(parts.params, parts.call));
  const pageAt = (withInfo) => (url, options) => {
    const call = typeof options === "object" && options !== null ? options : {};
    return settle(
      getPage(url, call).then((response) => withInfo ? response : response.body),
      typeof options === "function" ? options : void 0
    );
  };
  define(target, "getPage", pageAt(false));
  define(target, "getPageWithHttpInfo", pageAt(true));
  define(target, "iterate", async function* (params = {}, call = {}) {
    checkLimit(params);
    yield* iterateItems(() => firstPage(params, call).then((response) => response.body), params.limit);
  });
  const each = (first, second) => {
    const params = typeof first === "function" ? {} : first ?? {};
    const callback = typeof first === "function" ? first : typeof second === "function" ? second : params.callback;
    return eachItem(
      () => firstPage(params, {}).then((response) => response.body),
      { ...params, callback },
      () => checkLimit(params)
    );
  };
  define(target, "each", each);
  define(target, "eachWithHttpInfo", each);
}

// copied:runtime/client.ts
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
var SINGLE_KINDS = ["create", "fetch", "update", "patch", "remove"];
function defineOperations(target, runtime, resource, side, valuesOf) {
  for (const kind of SINGLE_KINDS) {
    const operation = resource[kind];
    if (operation === void 0 || (operation.on ?? (kind === "create" ? "list" : "instance")) !== side) continue;
    const params = takesParams(operation);
    const call = (self, parts, withInfo) => {
      const values = valuesOf(self);
      checkRequired(operation, parts);
      return invoke(runtime, operation, values, parts.params, parts.call, parts.headers, withInfo).then((response) => {
        const body = kind === "remove" ? true : instance(runtime, resource, values, response.body);
        return withInfo ? { ...response, body } : body;
      });
    };
    define(target, kind, function(...args) {
      const parts = splitArguments(params, args);
      return settleCall(() => call(this, parts, false), parts.callback);
    });
    define(target, `${kind}WithHttpInfo`, function(...args) {
      const parts = splitArguments(params, args);
      return settleCall(() => call(this, parts, true), parts.callback);
    });
  }
}
var VALUES = /* @__PURE__ */ Symbol("path values");
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

// copied:runtime/environment.ts
function processInfo() {
  const host = globalThis.process;
  if (host === void 0 || host === null) return {};
  const info = { env: guardedEnvironment(host) };
  const version = guarded(() => host.version);
  const platform = guarded(() => host.platform);
  const arch = guarded(() => host.arch);
  if (typeof version === "string") info.version = version;
  if (typeof platform === "string") info.platform = platform;
  if (typeof arch === "string") info.arch = arch;
  return info;
}
function guardedEnvironment(host) {
  return new Proxy({}, {
    get(_, name) {
      if (typeof name !== "string") return void 0;
      const value = guarded(() => host.env?.[name]);
      return typeof value === "string" ? value : void 0;
    }
  });
}
function guarded(read) {
  try {
    return read();
  } catch {
    return void 0;
  }
}

// copied:runtime/deadline.ts
function startDeadline(timeoutMs, callerSignal) {
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  const timer = setTimeout(abortOnTimeout, timeoutMs, controller, timeoutMs);
  if (callerSignal?.aborted) controller.abort(callerSignal.reason);
  else callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  return {
    signal: controller.signal,
    done() {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    }
  };
}
function abortOnTimeout(controller, timeoutMs) {
  controller.abort(timeoutError(timeoutMs));
}
function timeoutError(timeoutMs) {
  return new DOMException(`The request timed out after ${timeoutMs} ms`, "TimeoutError");
}

// copied:runtime/hosts.ts
function createUrlRewriter(options) {
  if (options.baseUrl !== void 0) {
    const base = new URL(options.baseUrl);
    const prefix = `${base.protocol}//${base.host}${base.pathname.replace(/\/+$/, "")}`;
    return (url) => `${prefix}${pathAndSearch(url)}`;
  }
  if (options.edge === void 0 && options.region === void 0) return (url) => url;
  return (url) => {
    const parsed = new URL(url);
    parsed.hostname = regionalHostname(parsed.hostname, options);
    return parsed.toString();
  };
}
function pathAndSearch(url) {
  const authority = url.indexOf("//");
  const path = url.indexOf("/", authority === -1 ? 0 : authority + 2);
  return path === -1 ? "/" : url.slice(path);
}
function regionalHostname(hostname, options) {
  const pieces = hostname.split(".");
  if (pieces.length < 3) return hostname;
  const product = pieces[0];
  const domain = pieces.slice(-2).join(".");
  let edge;
  let region;
  if (pieces.length === 4) region = pieces[1];
  else if (pieces.length === 5) [edge, region] = [pieces[1], pieces[2]];
  edge = options.edge ?? edge;
  region = options.region ?? region ?? (edge === void 0 ? void 0 : "us1");
  return [product, edge, region, domain].filter((piece) => piece !== void 0 && piece !== "").join(".");
}

// copied:runtime/retry.ts
var DEFAULT_RETRY = { autoRetry: false, maxRetries: 3, baseDelayMs: 100, maxDelayMs: 2e4 };
var IDEMPOTENT = /* @__PURE__ */ new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);
function shouldRetry(policy, method, status, attempt) {
  if (!policy.autoRetry || attempt >= policy.maxRetries) return false;
  return status === 429 || status === 503 && IDEMPOTENT.has(method);
}
function retryDelayMs(policy, attempt, retryAfter, now = Date.now(), random = Math.random) {
  const asked = parseRetryAfter(retryAfter, now);
  if (asked !== void 0) return Math.min(asked, policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}
function parseRetryAfter(header, now) {
  if (header === null || header.trim() === "") return void 0;
  if (/^\d+(\.\d+)?$/.test(header.trim())) return Math.round(Number(header) * 1e3);
  const date = Date.parse(header);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// copied:runtime/http-client.ts
var NULL_BODY = /* @__PURE__ */ new Set([101, 204, 205, 304]);
function fetchThrough(client) {
  return async (input, init = {}) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const headers = {};
    new Headers(init.headers).forEach((value, name) => headers[name] = value);
    const request = {
      method: init.method ?? "GET",
      uri: `${url.origin}${url.pathname}`,
      headers,
      params: grouped(url.searchParams),
      allowRedirects: false
    };
    Object.assign(request, basicCredentials(headers["authorization"]));
    if (typeof init.body === "string")
      request.data = headers["content-type"] === "application/x-www-form-urlencoded" ? grouped(new URLSearchParams(init.body)) : init.body;
    const response = await client.request(request);
    const text = response.body === void 0 || response.body === null ? "" : typeof response.body === "string" ? response.body : JSON.stringify(response.body);
    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(response.headers ?? {}))
      if (value !== void 0) responseHeaders.set(name, Array.isArray(value) ? value.join(", ") : value);
    return new Response(NULL_BODY.has(response.statusCode) ? null : text, {
      status: response.statusCode,
      headers: responseHeaders
    });
  };
}
function grouped(search) {
  const result = {};
  search.forEach((value, key) => {
    const existing = Object.hasOwn(result, key) ? result[key] : void 0;
    result[key] = existing === void 0 ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  });
  return result;
}
function basicCredentials(header) {
  if (header === void 0 || !header.startsWith("Basic ")) return {};
  const decoded = atob(header.slice("Basic ".length));
  const colon = decoded.indexOf(":");
  return colon < 0 ? {} : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

// copied:runtime/transport.ts
var DEFAULT_TIMEOUT_MS = 3e4;
function withEnvironment(options, environment) {
  const filled = { ...options };
  const baseUrl = options.baseUrl ?? environment["TWILIO_BASE_URL"];
  const edge = options.edge ?? environment["TWILIO_EDGE"];
  const region = options.region ?? environment["TWILIO_REGION"];
  if (baseUrl !== void 0 && baseUrl !== "") filled.baseUrl = baseUrl;
  if (edge !== void 0 && edge !== "") filled.edge = edge;
  if (region !== void 0 && region !== "") filled.region = region;
  return filled;
}
var Transport = class {
  accountSid;
  authorization;
  userAgent;
  fetchImpl;
  retry;
  timeoutMs;
  rewrite;
  constructor(username, password, options, clientName) {
    if (options.accessToken !== void 0 && options.accessToken !== "") {
      this.authorization = `Bearer ${options.accessToken}`;
    } else {
      if (typeof username !== "string" || username === "")
        throw new TypeError("twilio: an account SID or API key is required");
      if (typeof password !== "string" || password === "")
        throw new TypeError("twilio: an auth token or API key secret is required");
      if (username.startsWith("SK") && options.accountSid === void 0) {
        throw new TypeError("twilio: options.accountSid is required when authenticating with an API key (SK\u2026)");
      }
      this.authorization = `Basic ${btoa(`${username}:${password}`)}`;
    }
    this.accountSid = options.accountSid ?? username;
    const host = processInfo();
    this.userAgent = [
      `${clientName} node/${host.version ?? "unknown"} (${host.platform ?? "unknown"} ${host.arch ?? "unknown"})`,
      ...options.userAgentExtensions ?? []
    ].join(" ");
    this.fetchImpl = options.httpClient !== void 0 ? fetchThrough(options.httpClient) : options.fetch ?? globalThis.fetch;
    this.retry = {
      ...DEFAULT_RETRY,
      autoRetry: options.autoRetry ?? false,
      maxRetries: options.maxRetries ?? DEFAULT_RETRY.maxRetries,
      maxDelayMs: options.maxRetryDelay ?? DEFAULT_RETRY.maxDelayMs
    };
    this.timeoutMs = options.timeout ?? DEFAULT_TIMEOUT_MS;
    this.rewrite = createUrlRewriter(options);
  }
  /** Resolves with the parsed JSON body (undefined for an empty one); rejects with RestException and friends. */
  async request(spec) {
    return (await this.exchange(spec, false)).body;
  }
  /**
   * Like `request`, keeping the status and the headers (lower-case names) for
   * `*WithHttpInfo`. Without `withHeaders` the headers are left empty: copying
   * them out of the response costs every call, and only `*WithHttpInfo` reads them.
   */
  async exchange(spec, withHeaders = true) {
    const url = this.url(spec);
    const init = this.init(spec);
    for (let attempt = 0; ; attempt++) {
      const deadline = startDeadline(this.timeoutMs, spec.signal);
      try {
        const fetchImpl = this.fetchImpl;
        init.signal = deadline.signal;
        const response = await fetchImpl(url, init);
        if (shouldRetry(this.retry, spec.method, response.status, attempt)) {
          await response.body?.cancel();
          deadline.done();
          await sleep(retryDelayMs(this.retry, attempt, response.headers.get("retry-after")), spec.signal);
          continue;
        }
        const body = await readBody(response, spec.method);
        const headers = {};
        if (withHeaders) response.headers.forEach((value, name) => headers[name] = value);
        return { body, statusCode: response.status, headers };
      } finally {
        deadline.done();
      }
    }
  }
  /** The URL a request goes to, after edge, region and baseUrl. */
  url(spec) {
    const base = this.rewrite(spec.url);
    if (spec.query === void 0 || spec.query.length === 0) return base;
    return `${base}${base.includes("?") ? "&" : "?"}${new URLSearchParams(spec.query).toString()}`;
  }
  init(spec) {
    const headers = {
      Authorization: this.authorization,
      "User-Agent": this.userAgent,
      Accept: spec.accept ?? "application/json"
    };
    for (const [name, value] of spec.headers ?? []) headers[name] = value;
    const init = { method: spec.method, headers, redirect: "manual" };
    if (spec.json !== void 0) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(spec.json);
    } else if (spec.form !== void 0 && (spec.form.length > 0 || spec.method === "POST")) {
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      init.body = formBody(spec.form);
    }
    return init;
  }
};
async function readBody(response, method) {
  const redirect = response.status >= 300 && response.status < 400;
  if (redirect && method !== "GET") {
    await response.body?.cancel();
    throw redirected(response.status);
  }
  const text = await response.text();
  if (redirect && !isJsonText(text)) throw redirected(response.status);
  const ok = response.status >= 200 && response.status < 300 || redirect;
  if (text.trim() === "") {
    if (ok) return void 0;
    throw new RestException(response.status, void 0, response.statusText);
  }
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    if (ok)
      throw new ResponseParseError(
        response.status,
        `expected a JSON body from the API, got ${JSON.stringify(text.slice(0, 80))}`
      );
    throw new RestException(response.status, void 0, text);
  }
  if (!ok) throw new RestException(response.status, body, text);
  return body;
}
function redirected(status) {
  return new RestException(
    status,
    void 0,
    `the API answered with a redirect (HTTP ${status}), which is not followed`
  );
}
function isJsonText(text) {
  try {
    JSON.parse(text);
    return text.trim() !== "";
  } catch {
    return false;
  }
}
export {
  Page,
  RequestValidationError,
  ResponseParseError,
  RestException,
  Transport,
  buildResources,
  processInfo,
  withEnvironment
};

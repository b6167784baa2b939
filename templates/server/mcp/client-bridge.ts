/**
 * Both sides of the client a code-mode script sees. In the sandbox, `client`
 * is a proxy that only records a call chain (`conversations.v1.conversations(sid).messages.page`)
 * and hands it out through `__call`. The host replays that chain on the real
 * generated client, which holds the credentials and makes the request.
 */

/** Methods a script may call at the end of a chain. `getPage(url)` is left out: a URL could name another host. */
export const CLIENT_METHODS = ["create", "fetch", "update", "remove", "list", "page"] as const;

/** The most items one `list()` may collect; a script pages on with `page()`/`nextPage()` for more. */
export const MAX_LIST_ITEMS = 200;

/** Sandbox-side code: trusted, run before the script. */
export const CLIENT_PRELUDE = `(() => {
  const METHODS = new Set(${JSON.stringify(CLIENT_METHODS)});
  const call = globalThis.__call;
  delete globalThis.__call;
  const withNext = (steps, options, page) => {
    const next = page.next;
    delete page.next;
    page.nextPage = () => (next ? invoke(steps, "page", { ...options, ...next }) : Promise.resolve(undefined));
    return page;
  };
  const invoke = async (steps, method, options) => {
    const value = await call({ steps, method, options: options ?? {} });
    return method === "page" && value !== null && typeof value === "object" ? withNext(steps, options ?? {}, value) : value;
  };
  const node = (steps) => new Proxy(function () {}, {
    get(_, key) {
      if (typeof key !== "string" || key === "then" || key === "toJSON") return undefined;
      if (METHODS.has(key)) return (options) => invoke(steps, key, options);
      return node([...steps, { name: key }]);
    },
    apply(_, __, args) {
      const last = steps[steps.length - 1];
      if (last === undefined || last.args !== undefined) throw new TypeError("client: only a resource accessor can be called, e.g. conversations(sid)");
      return node([...steps.slice(0, -1), { name: last.name, args: args.map(String) }]);
    },
  });
  globalThis.client = node([]);
})();`;

export interface ChainStep {
  name: string;
  args?: string[];
}

export interface ClientRequest {
  steps: ChainStep[];
  method: (typeof CLIENT_METHODS)[number];
  options: Record<string, unknown>;
}

/** Names that exist on every object or function and lead out of the client: never walked. */
const FORBIDDEN = new Set(["constructor", "prototype", "call", "apply", "bind", "toString", "valueOf", "toJSON", "then"]);
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

export class BridgeError extends Error {}

/** Checks a request from the sandbox: it is data, and anything could be in it. */
export function parseClientRequest(request: unknown): ClientRequest {
  if (!isRecord(request) || !Array.isArray(request["steps"]) || typeof request["method"] !== "string") throw new BridgeError("client: malformed call");
  const method = CLIENT_METHODS.find((known) => known === request["method"]);
  if (method === undefined) throw new BridgeError(`client: ${JSON.stringify(request["method"])} is not a client method (${CLIENT_METHODS.join(", ")})`);
  const steps = (request["steps"] as unknown[]).map((step): ChainStep => {
    if (!isRecord(step) || typeof step["name"] !== "string" || !NAME.test(step["name"]) || FORBIDDEN.has(step["name"])) throw new BridgeError("client: malformed call chain");
    const args = step["args"];
    if (args === undefined) return { name: step["name"] };
    if (!Array.isArray(args) || !args.every((arg) => typeof arg === "string")) throw new BridgeError("client: path values must be strings");
    return { name: step["name"], args: args as string[] };
  });
  const options = isRecord(request["options"]) ? request["options"] : {};
  return { steps, method, options };
}

/**
 * Replays a checked chain on the real client. Each step must be a property the
 * client itself defines (own, or on a client prototype), so nothing reaches
 * `Object.prototype`, `Function.prototype` or the host beyond them.
 */
export async function replay(root: object, request: ClientRequest, signal?: AbortSignal): Promise<unknown> {
  let node: unknown = root;
  const walked: string[] = [];
  for (const step of request.steps) {
    node = clientProperty(node, step.name, walked);
    walked.push(step.name);
    if (step.args !== undefined) {
      if (typeof node !== "function") throw new BridgeError(`client: ${walked.join(".")} cannot be called`);
      node = (node as (...values: string[]) => unknown)(...step.args);
    }
  }
  const method = clientProperty(node, request.method, walked);
  if (typeof method !== "function") throw new BridgeError(`client: ${[...walked, request.method].join(".")} is not a method`);
  const options = { ...request.options };
  if (request.method === "list") options["limit"] = Math.min(typeof options["limit"] === "number" && options["limit"] > 0 ? options["limit"] : 50, MAX_LIST_ITEMS);
  const result = await (method as (options: unknown, call: unknown) => Promise<unknown>).call(node, options, { signal });
  return request.method === "page" ? pageData(result) : plain(result);
}

function clientProperty(node: unknown, name: string, walked: string[]): unknown {
  if ((typeof node !== "object" && typeof node !== "function") || node === null) throw new BridgeError(`client: ${[...walked, name].join(".")} does not exist`);
  const prototype = Object.getPrototypeOf(node) as object | null;
  const ownedByClient = Object.hasOwn(node, name) || (prototype !== null && prototype !== Object.prototype && prototype !== Function.prototype && Object.hasOwn(prototype, name));
  if (!ownedByClient) throw new BridgeError(`client: ${[...walked, name].join(".")} does not exist`);
  return (node as Record<string, unknown>)[name];
}

/** A page as data, with the options that fetch the next one (its `PageToken`, `Page` and `PageSize`). */
function pageData(page: unknown): unknown {
  const data = plain(page) as Record<string, unknown> | null;
  if (!isRecord(data)) return data;
  const nextUrl = data["nextPageUrl"];
  if (typeof nextUrl === "string") data["next"] = nextOptions(nextUrl);
  return data;
}

function nextOptions(url: string): Record<string, unknown> | undefined {
  let query: URLSearchParams;
  try {
    query = new URL(url).searchParams;
  } catch {
    return undefined;
  }
  const next: Record<string, unknown> = {};
  const token = query.get("PageToken");
  if (token !== null) next["pageToken"] = token;
  const number = Number(query.get("Page"));
  if (query.has("Page") && Number.isInteger(number)) next["pageNumber"] = number;
  const size = Number(query.get("PageSize"));
  if (query.has("PageSize") && Number.isInteger(size)) next["pageSize"] = size;
  return next;
}

/** Instances become their fields (camelCase, dates as ISO text); methods and children stay behind. */
function plain(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value) ?? "null") as unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

import { readFileSync } from "node:fs";
import qs from "qs";

/** One request as the stub saw it, in a form both clients can be compared by. */
export interface SeenRequest {
  method: string;
  path: string;
  query: string[];
  body: string[] | string;
  webhookHeader: string | undefined;
}

interface Route {
  method: string;
  pattern: RegExp;
  status: number;
  body: unknown;
}

const METHODS = ["get", "post", "put", "delete"];

/** The spec's example response for each operation, matched by method and path. */
export function routesOf(documentPath: string): Route[] {
  const document = JSON.parse(readFileSync(documentPath, "utf8")) as { paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { examples?: Record<string, { value?: unknown }> }> }> }>> };
  const routes: Route[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`);
    for (const method of METHODS) {
      const responses = item[method]?.responses;
      if (responses === undefined) continue;
      const [code, response] = Object.entries(responses).find(([status]) => status.startsWith("2")) ?? ["200", {}];
      const example = Object.values(response.content?.["application/json"]?.examples ?? {})[0]?.value;
      routes.push({ method: method.toUpperCase(), pattern, status: Number(code), body: example });
    }
  }
  // Literal segments win over placeholders: `/Plugins/{Sid}` must not answer for a longer literal path.
  return routes.sort((a, b) => placeholders(a.pattern) - placeholders(b.pattern));
}

function placeholders(pattern: RegExp): number {
  return pattern.source.split("[^/]+").length;
}

/** Serves examples to either client and records what each sent. */
export class SpecStub {
  readonly seen: SeenRequest[] = [];
  private inFlight = 0;

  constructor(private readonly routes: Route[]) {}

  /** Our client's `fetch`. */
  readonly fetch: typeof fetch = async (input, init = {}) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const headers = new Headers(init.headers);
    const text = typeof init.body === "string" ? init.body : "";
    const body = headers.get("content-type") === "application/json" ? canonicalJson(text) : pairs(new URLSearchParams(text));
    return this.answer(init.method ?? "GET", url, body, headers.get("x-twilio-webhook-enabled") ?? undefined, (status, payload) => new Response(status === 204 ? null : payload, { status, headers: { "content-type": "application/json" } }));
  };

  /** twilio-node's `httpClient`: it gets params and data as objects, which its RequestClient encodes with qs. */
  readonly httpClient = {
    request: async (options: { method: string; uri: string; params?: object; data?: unknown; headers?: Record<string, string> }) => {
      const url = new URL(options.uri);
      const query = qs.stringify(options.params ?? {}, { arrayFormat: "repeat" });
      if (query !== "") url.search = url.search === "" ? query : `${url.search.slice(1)}&${query}`;
      const json = options.headers?.["Content-Type"] === "application/json";
      const body = json ? canonicalJson(JSON.stringify(options.data ?? {})) : pairs(new URLSearchParams(options.data === undefined ? "" : qs.stringify(options.data, { arrayFormat: "repeat" })));
      return this.answer(options.method.toUpperCase(), url, body, options.headers?.["X-Twilio-Webhook-Enabled"], (statusCode, payload) => ({ statusCode, body: payload, headers: {} }));
    },
  };

  /** Resolves once no request is in flight and the event loop has turned a few times without a new one. */
  async idle(): Promise<void> {
    let quiet = 0;
    for (let turn = 0; turn < 200 && quiet < 3; turn++) {
      const before = this.seen.length;
      await new Promise((resolve) => setImmediate(resolve));
      quiet = this.inFlight === 0 && this.seen.length === before ? quiet + 1 : 0;
    }
  }

  private async answer<T>(method: string, url: URL, body: string[] | string, webhookHeader: string | undefined, respond: (status: number, payload: string) => T): Promise<T> {
    this.inFlight++;
    try {
      const path = decodeURIComponent(url.pathname);
      this.seen.push({ method, path, query: pairs(url.searchParams), body, webhookHeader });
      const route = this.routes.find((candidate) => candidate.method === method && candidate.pattern.test(url.pathname));
      await Promise.resolve();
      if (route === undefined) return respond(200, JSON.stringify({ meta: { key: "items", next_page_url: null }, items: [] }));
      return respond(route.status, route.status === 204 || route.body === undefined ? (route.status === 204 ? "" : "{}") : JSON.stringify(route.body));
    } finally {
      this.inFlight--;
    }
  }
}

function pairs(search: URLSearchParams): string[] {
  return [...search].map(([key, value]) => `${key}=${value}`).sort();
}

export function canonicalJson(text: string): string {
  return text === "" ? "" : JSON.stringify(sortKeys(JSON.parse(text)));
}

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, item]) => [key, sortKeys(item)]));
}

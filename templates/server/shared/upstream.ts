import { join } from "node:path";
import { setOwn } from "./own.js";
import { pathToFileURL } from "node:url";
import type { CallRoute } from "./tables.js";
import { optionKey } from "../../runtime/option-keys.js";
import type { Credentials } from "./credentials.js";
import type { CallBinding, ServeTarget } from "./target.js";

/**
 * What came back, classified the way a gateway must answer it: Twilio's own
 * answers pass through; a time-out, a network failure, a redirect and a body
 * that is not JSON are the gateway's problem (504 and 502s).
 */
export type UpstreamResult =
  | { ok: true; status: number; body: unknown }
  | { ok: false; kind: "upstream"; status: number; body: unknown; code?: number; message: string; moreInfo?: string }
  | { ok: false; kind: "invalid" | "unreachable" | "timeout" | "redirect" | "bad-response"; message: string };

export interface UpstreamOptions {
  /** Per attempt, in ms. */
  timeoutMs?: number;
}

type ClientFactory = (username: string, password: string, options: Record<string, unknown>) => Record<string, Record<string, unknown>>;
type Method = (...args: unknown[]) => Promise<unknown>;

/**
 * Calls Twilio through the generated client. Each call gets its own client whose
 * `fetch` keeps that call's response, so callers receive Twilio's JSON exactly
 * as sent (which is what the output schemas describe).
 */
export class Upstream {
  private readonly factories = new Map<string, Promise<ClientFactory>>();

  constructor(
    private readonly target: ServeTarget,
    private readonly credentials: Credentials,
    private readonly options: UpstreamOptions = {},
  ) {}

  /** `extraOptions` are client options set as they are, e.g. the paging position a REST caller passes back. */
  async call(binding: CallBinding, args: Readonly<Record<string, unknown>>, signal?: AbortSignal, extraOptions: Readonly<Record<string, unknown>> = {}): Promise<UpstreamResult> {
    const api = this.target.apis.get(binding.api);
    const route = api?.table.operations[binding.operationId];
    if (!api || !route) return { ok: false, kind: "invalid", message: `no client call for ${binding.api} ${binding.operationId}` };
    const { pathValues, options, undeclared } = mapArguments(binding, route, args);
    for (const [key, value] of Object.entries(extraOptions)) setOwn(options, key, value);
    let captured: { status: number; text: string } | undefined;
    const capture: typeof fetch = async (input, init) => {
      const response = await fetch(...withUndeclared(input, init, undeclared));
      captured = { status: response.status, text: await response.clone().text() };
      return response;
    };
    const baseUrl = this.credentials.baseUrls?.[binding.api] ?? this.credentials.baseUrl;
    const clientOptions: Record<string, unknown> = {
      fetch: capture,
      ...(this.options.timeoutMs ? { timeout: this.options.timeoutMs } : {}),
      ...(baseUrl ? { baseUrl } : {}),
      ...(this.credentials.accountSid ? { accountSid: this.credentials.accountSid } : {}),
      ...(this.credentials.accessToken ? { accessToken: this.credentials.accessToken } : {}),
    };
    const client = (await this.factory(api.directory, api.table.client))(this.credentials.username, this.credentials.password, clientOptions);
    try {
      await invokeRoute(client[api.table.domain]![api.table.version] as Record<string, unknown>, route, pathValues, options, signal);
      return { ok: true, status: captured?.status ?? 200, body: parseBody(captured?.text) };
    } catch (error) {
      return failure(error, captured);
    }
  }

  private factory(directory: string, client: string): Promise<ClientFactory> {
    const key = join(directory, client);
    let loading = this.factories.get(key);
    if (loading === undefined) {
      loading = import(pathToFileURL(key).href).then((module: { default: ClientFactory }) => module.default);
      this.factories.set(key, loading);
    }
    return loading;
  }
}

/** Query and header values the spec does not know, sent as the capability declared them. */
export interface Undeclared {
  query: Array<[string, string]>;
  headers: Array<[string, string]>;
}

/**
 * Caller inputs onto the client call: path values by position, the rest as
 * options under twilio-node's keys. Inputs the spec does not know cannot go
 * through the client; they are returned to be added to the request as declared.
 */
export function mapArguments(binding: CallBinding, route: CallRoute, args: Readonly<Record<string, unknown>>): { pathValues: string[]; options: Record<string, unknown>; undeclared: Undeclared } {
  const pathValues = route.pathParameters.map(() => "");
  const options: Record<string, unknown> = {};
  const undeclared: Undeclared = { query: [], headers: [] };
  const place = (feeds: CallBinding["inputs"][number]["feeds"], value: unknown) => {
    if (value === undefined) return;
    if (!("body" in feeds) && feeds.undeclared) {
      const text = typeof value === "string" ? value : JSON.stringify(value);
      (feeds.location === "header" ? undeclared.headers : undeclared.query).push([feeds.parameter, text]);
      return;
    }
    if ("body" in feeds) {
      if (typeof value !== "object" || value === null) return;
      for (const [key, field] of Object.entries(value)) setOwn(options, route.json ? key : optionKey(key), field);
    } else if (feeds.location === "path") {
      pathValues[route.pathParameters.indexOf(feeds.parameter)] = String(value);
    } else {
      setOwn(options, optionKey(feeds.parameter), value);
    }
  };
  for (const fixed of binding.fixed ?? []) place(fixed.feeds, fixed.value);
  for (const input of binding.inputs) if (Object.hasOwn(args, input.name)) place(input.feeds, args[input.name]);
  return { pathValues, options, undeclared };
}

/** The client's request with the undeclared query values and headers added. */
function withUndeclared(input: Parameters<typeof fetch>[0], init: RequestInit | undefined, undeclared: Undeclared): [Parameters<typeof fetch>[0], RequestInit | undefined] {
  if (undeclared.query.length === 0 && undeclared.headers.length === 0) return [input, init];
  const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
  for (const [name, value] of undeclared.query) url.searchParams.append(name, value);
  const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
  for (const [name, value] of undeclared.headers) headers.set(name, value);
  return [url.href, { ...init, headers }];
}

/** Walks `services(sid).conversations(sid).messages` and calls the kind's method; a list call fetches one page. */
export async function invokeRoute(version: Record<string, unknown>, route: CallRoute, pathValues: string[], options: Record<string, unknown>, signal?: AbortSignal): Promise<unknown> {
  const values = [...pathValues];
  let node: Record<string, unknown> = version;
  for (const step of route.chain) {
    const accessor = node[step.name] as Record<string, unknown> & ((...args: unknown[]) => Record<string, unknown>);
    node = step.call === "instance" ? accessor(...values.splice(0, step.arity ?? 1)) : step.call === "singleton" ? accessor() : accessor;
  }
  const name = route.kind === "list" ? "page" : route.kind;
  const method = node[name] as Method;
  const call = { signal };
  return route.takesParams ? method.call(node, options, call) : method.call(node, call);
}

function parseBody(text: string | undefined): unknown {
  if (text === undefined || text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function failure(error: unknown, captured: { status: number; text: string } | undefined): UpstreamResult {
  const problem = error as { name?: string; status?: number; code?: number; message?: string; moreInfo?: string };
  if (problem.name === "RestException" && typeof problem.status === "number") {
    if (problem.status >= 300 && problem.status < 400) return { ok: false, kind: "redirect", message: `upstream answered with a redirect (HTTP ${problem.status}), which is not followed` };
    const body = parseBody(captured?.text);
    if (typeof body === "string") return { ok: false, kind: "bad-response", message: `upstream answered HTTP ${problem.status} with a body that is not JSON: ${JSON.stringify(body.slice(0, 80))}` };
    const result: UpstreamResult = { ok: false, kind: "upstream", status: problem.status, body, message: problem.message ?? `HTTP ${problem.status}` };
    if (typeof problem.code === "number") result.code = problem.code;
    if (typeof problem.moreInfo === "string") result.moreInfo = problem.moreInfo;
    return result;
  }
  if (problem.name === "ResponseParseError") return { ok: false, kind: "bad-response", message: `upstream sent a body that is not JSON: ${problem.message ?? ""}` };
  if (problem.name === "RequestValidationError") return { ok: false, kind: "invalid", message: problem.message ?? "invalid request" };
  if (problem.name === "TimeoutError") return { ok: false, kind: "timeout", message: `upstream timed out: ${problem.message ?? "no answer in time"}` };
  const cause = (error as { cause?: { code?: string } }).cause?.code;
  return { ok: false, kind: "unreachable", message: `upstream unreachable: ${cause ?? problem.message ?? "network error"}` };
}

import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { RouteEntry } from "../shared/tables.js";
import { bodyTooLarge, refusal, type GuardPolicy } from "../shared/guard.js";
import type { ServeTarget } from "../shared/target.js";
import type { Upstream, UpstreamResult } from "../shared/upstream.js";
import { pagingReader, rewritePagingLinks, type PagingReader } from "./paging.js";
import { applyOutput } from "../shared/output-mapping.js";
import { unknownRequestFields } from "../shared/strict-request.js";
import { BodyError, collectInputs, createAjv, readBody, RouteValidator, UnsupportedMediaError, type FieldProblem } from "./request.js";

export type Log = (line: string) => void;

type Env = { Variables: { route: string } };

/**
 * The REST adapter: each route of the table, validated against the spec, then
 * forwarded to Twilio through the generated client. Twilio's answers pass
 * through; a time-out is a 504 and other upstream failures are 502s.
 */
export function createRestApp(target: ServeTarget, upstream: Upstream, log: Log, guard: GuardPolicy): Hono<Env> {
  const app = new Hono<Env>();
  const ajv = createAjv();
  app.use(async (context, next) => {
    const started = performance.now();
    await next();
    // The route template only: path values, queries and bodies can carry personal data.
    log(`${context.req.method} ${context.get("route") ?? "(no route)"} → ${context.res.status} in ${Math.round(performance.now() - started)} ms`);
  });
  app.use(async (context, next) => {
    const refused = refusal({ host: context.req.header("host"), origin: context.req.header("origin"), authorization: context.req.header("authorization"), contentLength: context.req.header("content-length") }, guard);
    if (refused === undefined) return next();
    return problem(context, refused.status, "Refused", refused.message, refused.headers);
  });
  app.use(bodyLimit({ maxSize: guard.maxBodyBytes, onError: (context) => problem(context, 413, "Refused", bodyTooLarge(guard.maxBodyBytes).message) }));
  app.get("/healthz", (context) => {
    context.set("route", "/healthz");
    return context.json({ status: "ok", target: target.id, ...(target.restNamespace === undefined ? {} : { namespace: target.restNamespace }), routes: target.routes.length });
  });
  for (const route of target.routes) {
    const { path, names } = honoPath(route.path);
    const validator = new RouteValidator(route, ajv);
    const isList = target.apis.get(route.operation.api)?.table.operations[route.operation.operationId]?.kind === "list";
    const readPaging = isList ? pagingReader(route) : undefined;
    app.on(route.method, path, (context) => {
      context.set("route", route.path);
      return handle(context, route, names, validator, upstream, readPaging);
    });
  }
  app.notFound((context) => problem(context, 404, "Not found", `no route for ${context.req.method} on this path`));
  app.onError((error, context) => {
    log(`internal error: ${error.message}`);
    return problem(context, 500, "Internal error", "the adapter failed; see its log");
  });
  return app;
}

async function handle(context: Context<Env>, route: RouteEntry, names: Map<string, string>, validator: RouteValidator, upstream: Upstream, readPaging: PagingReader | undefined): Promise<Response> {
  let inputs: Record<string, unknown>;
  try {
    inputs = await collectInputs(context, route, names);
  } catch (error) {
    if (error instanceof UnsupportedMediaError) return problem(context, 415, "Unsupported media type", error.message);
    if (error instanceof BodyError) return problem(context, 400, "Invalid request", error.message);
    throw error;
  }
  const body = route.parameters.some((parameter) => parameter.in === "body") ? await readBody(context) : undefined;
  const unknown = unknownRequestFields(route.parameters, [...new URL(context.req.raw.url).searchParams.keys()], body);
  const problems = [...unknown, ...validator.problems(inputs)];
  if (problems.length > 0) return invalid(context, problems);
  const paging = readPaging ? readPaging(context.req.raw.url) : {};
  if (typeof paging === "string") return problem(context, 400, "Invalid request", paging);
  const binding = { api: route.operation.api, operationId: route.operation.operationId, inputs: route.parameters.map((parameter) => ({ name: parameter.name, feeds: parameter.feeds })) };
  const result = await upstream.call(binding, inputs, context.req.raw.signal, paging);
  if (result.ok && route.output !== undefined && result.body !== undefined) return respond(context, { ...result, body: applyOutput(route.output, result.body) ?? null });
  return respond(context, readPaging && result.ok ? { ...result, body: rewritePagingLinks(result.body, context.req.raw.url) } : result);
}

function respond(context: Context, result: UpstreamResult): Response {
  if (result.ok) return result.body === undefined ? context.body(null, result.status as 200) : context.json(result.body as object, result.status as 200);
  if (result.kind === "upstream") return context.json((result.body ?? { code: result.code, message: result.message }) as object, result.status as 400);
  if (result.kind === "invalid") return problem(context, 400, "Invalid request", result.message);
  if (result.kind === "timeout") return problem(context, 504, "Gateway timeout", result.message);
  return problem(context, 502, "Bad gateway", result.message);
}

function invalid(context: Context, problems: FieldProblem[]): Response {
  const detail = problems.map((entry) => `${entry.field} (${entry.in}) ${entry.message}`).join("; ");
  return context.json({ type: "about:blank", title: "Invalid request", status: 400, detail, errors: problems }, 400, { "Content-Type": "application/problem+json" });
}

type ProblemStatus = 400 | 401 | 403 | 404 | 413 | 415 | 421 | 500 | 502 | 504;

function problem(context: Context, status: ProblemStatus, title: string, detail: string, headers: Record<string, string> = {}): Response {
  return context.json({ type: "about:blank", title, status, detail }, status, { ...headers, "Content-Type": "application/problem+json" });
}

/** `/v1/users/{sid}` → `/v1/users/:p0`: template names are not always valid router names. */
function honoPath(template: string): { path: string; names: Map<string, string> } {
  const names = new Map<string, string>();
  const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const key = `p${names.size}`;
    names.set(name, key);
    return `:${key}`;
  });
  return { path, names };
}

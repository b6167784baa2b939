import { Hono, type Context } from "hono";
import type { RouteEntry } from "../../emit/routes.ts";
import type { ServeTarget } from "../target.ts";
import type { Upstream, UpstreamResult } from "../upstream.ts";
import { BodyError, collectInputs, createAjv, RouteValidator, type FieldProblem } from "./request.ts";

export type Log = (line: string) => void;

/**
 * The REST adapter: each route of the table, validated against the spec, then
 * forwarded to Twilio through the generated client. Upstream statuses and
 * Twilio's error bodies pass through; a network failure is a 502.
 */
export function createRestApp(target: ServeTarget, upstream: Upstream, log: Log): Hono {
  const app = new Hono();
  const ajv = createAjv();
  app.use(async (context, next) => {
    const started = performance.now();
    await next();
    // Path only: query strings and headers may carry values that do not belong in logs.
    log(`${context.req.method} ${context.req.path} → ${context.res.status} in ${Math.round(performance.now() - started)} ms`);
  });
  app.get("/healthz", (context) => context.json({ status: "ok", target: target.id, routes: target.routes.length }));
  for (const route of target.routes) {
    const { path, names } = honoPath(route.path);
    const validator = new RouteValidator(route, ajv);
    app.on(route.method, path, (context) => handle(context, route, names, validator, upstream));
  }
  app.notFound((context) => problem(context, 404, "Not found", `no route for ${context.req.method} ${context.req.path}`));
  app.onError((error, context) => {
    log(`internal error: ${error.message}`);
    return problem(context, 500, "Internal error", "the adapter failed; see its log");
  });
  return app;
}

async function handle(context: Context, route: RouteEntry, names: Map<string, string>, validator: RouteValidator, upstream: Upstream): Promise<Response> {
  let inputs: Record<string, unknown>;
  try {
    inputs = await collectInputs(context, route, names);
  } catch (error) {
    if (error instanceof BodyError) return problem(context, 400, "Invalid request", error.message);
    throw error;
  }
  const problems = validator.problems(inputs);
  if (problems.length > 0) return invalid(context, problems);
  const binding = { api: route.operation.api, operationId: route.operation.operationId, inputs: route.parameters.map((parameter) => ({ name: parameter.name, feeds: parameter.feeds })) };
  return respond(context, await upstream.call(binding, inputs, context.req.raw.signal));
}

function respond(context: Context, result: UpstreamResult): Response {
  if (result.ok) return result.body === undefined ? context.body(null, result.status as 200) : context.json(result.body as object, result.status as 200);
  if (result.kind === "upstream") return context.json((result.body ?? { code: result.code, message: result.message }) as object, result.status as 400);
  if (result.kind === "invalid") return problem(context, 400, "Invalid request", result.message);
  return problem(context, 502, "Bad gateway", result.message);
}

function invalid(context: Context, problems: FieldProblem[]): Response {
  const detail = problems.map((entry) => `${entry.field} (${entry.in}) ${entry.message}`).join("; ");
  return context.json({ type: "about:blank", title: "Invalid request", status: 400, detail, errors: problems }, 400, { "Content-Type": "application/problem+json" });
}

function problem(context: Context, status: 400 | 404 | 500 | 502, title: string, detail: string): Response {
  return context.json({ type: "about:blank", title, status, detail }, status, { "Content-Type": "application/problem+json" });
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

import type { Options } from "./calls.js";
import type { OperationDescriptor, ParameterCode, ResourceDescriptor } from "./descriptors.js";
import { fieldKey, optionKey } from "./option-keys.js";
import type { ApiResponse } from "./responses.js";
import { encodePathSegment, toWirePairs, type WireKind, type WireParameter } from "./serialize.js";
import type { CallOptions, Transport } from "./transport.js";

/** One client's state: its transport, and what it derives once from the immutable descriptors. */
export class Runtime {
  readonly contexts: Map<ResourceDescriptor, object> = new Map();
  readonly instances: Map<ResourceDescriptor, object> = new Map();
  private readonly parsed = new Map<readonly ParameterCode[], WireParameter[]>();
  private readonly dates = new Map<ResourceDescriptor, ReadonlySet<string>>();
  private readonly fieldKeys = new Map<string, string>();
  private readonly paths = new Map<string, readonly string[]>();

  constructor(
    readonly transport: Transport,
    readonly baseUrl: string,
  ) {}

  parameters(codes: readonly ParameterCode[] | undefined): WireParameter[] {
    if (codes === undefined) return [];
    let parameters = this.parsed.get(codes);
    if (parameters === undefined) {
      parameters = parse(codes);
      this.parsed.set(codes, parameters);
    }
    return parameters;
  }

  /** The instance property for a response key: the resource's rename, else the camelCase key (remembered). */
  fieldKey(resource: ResourceDescriptor, key: string): string {
    if (resource.renamed !== undefined && Object.hasOwn(resource.renamed, key)) return resource.renamed[key]!;
    let camel = this.fieldKeys.get(key);
    if (camel === undefined) {
      camel = fieldKey(key);
      this.fieldKeys.set(key, camel);
    }
    return camel;
  }

  /** A spec path with its `{Name}` placeholders filled by position; the template is split once per client. */
  path(template: string, values: readonly string[]): string {
    let parts = this.paths.get(template);
    if (parts === undefined) {
      // Static text and placeholder names alternate: `/v1/Services/{ChatServiceSid}/Users` → ["/v1/Services/", "ChatServiceSid", "/Users"].
      parts = template.split(/\{([^}]+)\}/);
      this.paths.set(template, parts);
    }
    let path = parts[0]!;
    for (let index = 1; index < parts.length; index += 2)
      path += encodePathSegment(parts[index]!, values[(index - 1) / 2]) + parts[index + 1]!;
    return path;
  }

  dateKeys(resource: ResourceDescriptor): ReadonlySet<string> {
    let keys = this.dates.get(resource);
    if (keys === undefined) {
      keys = new Set(resource.dates);
      this.dates.set(resource, keys);
    }
    return keys;
  }
}

/**
 * Sends one operation: path values by position, options by their wire
 * placement. `withHeaders` keeps the response headers, for `*WithHttpInfo`.
 */
export function invoke(
  runtime: Runtime,
  operation: OperationDescriptor,
  values: readonly string[],
  params: Options,
  call: CallOptions,
  extraHeaders?: Readonly<Record<string, unknown>>,
  withHeaders = true,
): Promise<ApiResponse<unknown>> {
  const path = runtime.path(operation.path, values);
  const query = toWirePairs(runtime.parameters(operation.query), params, true);
  const headers = toWirePairs(runtime.parameters(operation.headers), params);
  if (extraHeaders !== undefined)
    for (const [name, value] of Object.entries(extraHeaders))
      if (typeof value === "string") headers.push([name, value]);
  const spec = {
    method: operation.method,
    url: `${runtime.baseUrl}${path}`,
    query,
    headers,
    signal: call.signal,
    accept: operation.accept,
  };
  if (operation.json) {
    const consumed = new Set(
      [...runtime.parameters(operation.query), ...runtime.parameters(operation.headers)].map(
        (parameter) => parameter.key,
      ),
    );
    const body = Object.fromEntries(
      Object.entries(params).filter(([key, value]) => !consumed.has(key) && value !== undefined),
    );
    return runtime.transport.exchange({ ...spec, json: body }, withHeaders);
  }
  return runtime.transport.exchange(
    operation.form || operation.method === "POST"
      ? { ...spec, form: toWirePairs(runtime.parameters(operation.form), params, true) }
      : spec,
    withHeaders,
  );
}

function parse(codes: readonly ParameterCode[]): WireParameter[] {
  return codes.map((code) => {
    const [wire, kind, array] =
      typeof code === "string" ? [code, "string" as WireKind, false] : [code[0], code[1], code[2] === 1];
    return { key: optionKey(wire), wire, kind, array };
  });
}

export function define(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, enumerable: false, configurable: true, writable: true });
}

import {
  checkLimit,
  settle,
  settleCall,
  splitArguments,
  type CallArguments,
  type Callback,
  type Options,
} from "./calls.js";
import type { OperationDescriptor } from "./descriptors.js";
import { define, invoke, type Runtime } from "./invoke.js";
import {
  collectItems,
  eachItem,
  effectivePageSize,
  iterateItems,
  Page,
  type EachOptions,
  type ListOptions,
} from "./paging.js";
import type { ApiResponse } from "./responses.js";
import type { CallOptions } from "./transport.js";

type Item = Record<string, unknown>;

/**
 * list/page/getPage/each and their `*WithHttpInfo` forms, and `iterate`, on a
 * list accessor. List calls always take params first: `limit` and `pageSize`
 * apply even when the spec has no query parameters. A `*WithHttpInfo` form
 * reports the status and headers of the first (or only) page it read.
 */
export function defineListMethods(
  target: object,
  runtime: Runtime,
  operation: OperationDescriptor,
  parentValues: readonly string[],
  toItem: (raw: Item) => unknown,
): void {
  const pageOf = (response: ApiResponse<unknown>, call: CallOptions): ApiResponse<Page<unknown>> => ({
    ...response,
    body: new Page(response.body, operation.pageKey ?? "", toItem, (next) =>
      getPage(next, call).then((page) => page.body),
    ),
  });
  const getPage = (url: string, call: CallOptions): Promise<ApiResponse<Page<unknown>>> =>
    runtime.transport.exchange({ method: "GET", url, signal: call.signal }).then((response) => pageOf(response, call));
  const firstPage = (params: Options, call: CallOptions): Promise<ApiResponse<Page<unknown>>> => {
    const query = { ...params, pageSize: effectivePageSize(params as ListOptions, operation.maxPageSize) };
    return invoke(runtime, operation, parentValues, query, call).then((response) => pageOf(response, call));
  };
  /** All items up to `limit`, with the first page's status and headers. */
  const collect = async (parts: CallArguments): Promise<ApiResponse<unknown[]>> => {
    checkLimit(parts.params);
    let first: ApiResponse<Page<unknown>> | undefined;
    const items = await collectItems(
      () => firstPage(parts.params, parts.call).then((response) => ((first = response), response.body)),
      (parts.params as ListOptions).limit,
    );
    return { body: items, statusCode: first?.statusCode ?? 200, headers: first?.headers ?? {} };
  };
  const method = (name: string, run: (parts: CallArguments) => Promise<unknown>) =>
    define(target, name, (...args: unknown[]) => {
      const parts = splitArguments(true, args);
      return settleCall(() => run(parts), parts.callback);
    });
  method("list", (parts) => collect(parts).then((response) => response.body));
  method("listWithHttpInfo", collect);
  method("page", (parts) => firstPage(parts.params, parts.call).then((response) => response.body));
  method("pageWithHttpInfo", (parts) => firstPage(parts.params, parts.call));
  const pageAt = (withInfo: boolean) => (url: string, options?: CallOptions | Callback) => {
    const call = typeof options === "object" && options !== null ? options : {};
    return settle(
      getPage(url, call).then((response) => (withInfo ? response : response.body)),
      typeof options === "function" ? options : undefined,
    );
  };
  define(target, "getPage", pageAt(false));
  define(target, "getPageWithHttpInfo", pageAt(true));
  define(target, "iterate", async function* (params: Options = {}, call: CallOptions = {}) {
    checkLimit(params);
    yield* iterateItems(() => firstPage(params, call).then((response) => response.body), (params as ListOptions).limit);
  });
  const each = (first?: unknown, second?: unknown): Promise<void> => {
    const params = (typeof first === "function" ? {} : ((first as Options | undefined) ?? {})) as EachOptions<unknown> &
      Options;
    const callback = typeof first === "function" ? first : typeof second === "function" ? second : params.callback;
    return eachItem(
      () => firstPage(params, {}).then((response) => response.body),
      { ...params, callback: callback as EachOptions<unknown>["callback"] },
      () => checkLimit(params),
    );
  };
  define(target, "each", each);
  define(target, "eachWithHttpInfo", each);
}

import {
  checkLimit,
  settle,
  settleCall,
  splitArguments
} from "./calls.js";
import { define, invoke } from "./invoke.js";
import {
  collectItems,
  eachItem,
  effectivePageSize,
  iterateItems,
  Page
} from "./paging.js";
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
export {
  defineListMethods
};

import { isRecord } from "./errors.js";
class Page {
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
}
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
export {
  Page,
  collectItems,
  eachItem,
  effectivePageSize,
  iterateItems
};

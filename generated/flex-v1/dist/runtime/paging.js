import { isRecord } from "./errors.js";
/** One page of a Twilio list: its items and the links to its neighbours. */
export class Page {
    getPage;
    instances;
    nextPageUrl;
    previousPageUrl;
    url;
    pageNumber;
    pageSize;
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
    nextPage() {
        return this.nextPageUrl === undefined ? Promise.resolve(undefined) : this.getPage(this.nextPageUrl);
    }
    previousPage() {
        return this.previousPageUrl === undefined ? Promise.resolve(undefined) : this.getPage(this.previousPageUrl);
    }
    toJSON() {
        return { instances: this.instances, nextPageUrl: this.nextPageUrl, previousPageUrl: this.previousPageUrl, pageNumber: this.pageNumber, pageSize: this.pageSize };
    }
}
/** The page size to request: the caller's, or one derived from `limit` that the API will accept. */
export function effectivePageSize(options, maxPageSize) {
    if (options.pageSize !== undefined)
        return options.pageSize;
    if (options.limit === undefined)
        return undefined;
    return maxPageSize === undefined ? options.limit : Math.min(options.limit, maxPageSize);
}
/**
 * Items across pages, fetching the next page only when the consumer asks for
 * more: a `break` in `for await` stops all further requests.
 */
export async function* iterateItems(firstPage, limit) {
    if (limit !== undefined && limit <= 0)
        return;
    let count = 0;
    let page = await firstPage();
    while (page !== undefined) {
        for (const item of page.instances) {
            yield item;
            count++;
            if (limit !== undefined && count >= limit)
                return;
        }
        page = await page.nextPage();
    }
}
export async function collectItems(firstPage, limit) {
    const items = [];
    for await (const item of iterateItems(firstPage, limit))
        items.push(item);
    return items;
}
/** twilio-node's `each`: a callback per item with a `done` to stop early; the promise settles at the end. */
export async function eachItem(firstPage, options) {
    let stopped = false;
    let stopError;
    const done = (error) => {
        stopped = true;
        stopError = error;
    };
    try {
        for await (const item of iterateItems(firstPage, options.limit)) {
            options.callback?.(item, done);
            if (stopped)
                break;
        }
    }
    catch (error) {
        options.done?.(error);
        throw error;
    }
    options.done?.(stopError);
}
function stringOrUndefined(value) {
    return typeof value === "string" && value !== "" ? value : undefined;
}
function numberOrUndefined(value) {
    return typeof value === "number" ? value : undefined;
}

import { isRecord } from "./errors.js";

export interface ListOptions {
  /** Stop after this many items in all. */
  limit?: number;
  /** Items per page request; derived from `limit` (capped at the list's maximum) when absent. */
  pageSize?: number;
}

export interface EachOptions<T> extends ListOptions {
  /** Called with each item; calling `done()` stops after it. */
  callback?: (item: T, done: (error?: Error) => void) => void;
  /** Called once at the end, with the error that stopped it, if any. */
  done?: (error?: Error) => void;
}

/** One page of a Twilio list: its items and the links to its neighbours. */
export class Page<T> {
  readonly instances: T[];
  readonly nextPageUrl: string | undefined;
  readonly previousPageUrl: string | undefined;
  readonly url: string | undefined;
  readonly pageNumber: number | undefined;
  readonly pageSize: number | undefined;

  constructor(
    payload: unknown,
    key: string,
    toItem: (raw: Record<string, unknown>) => T,
    private readonly getPage: (url: string) => Promise<Page<T>>,
  ) {
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

  /** twilio-node's accessors for the links. */
  getNextPageUrl(): string | undefined {
    return this.nextPageUrl;
  }

  getPreviousPageUrl(): string | undefined {
    return this.previousPageUrl;
  }

  /** As twilio-node's: undefined when there is no next page, so `await page.nextPage()` is undefined at the end. */
  nextPage(): Promise<Page<T>> | undefined {
    return this.nextPageUrl === undefined ? undefined : this.getPage(this.nextPageUrl);
  }

  previousPage(): Promise<Page<T>> | undefined {
    return this.previousPageUrl === undefined ? undefined : this.getPage(this.previousPageUrl);
  }

  toJSON(): {
    instances: T[];
    nextPageUrl: string | undefined;
    previousPageUrl: string | undefined;
    pageNumber: number | undefined;
    pageSize: number | undefined;
  } {
    return {
      instances: this.instances,
      nextPageUrl: this.nextPageUrl,
      previousPageUrl: this.previousPageUrl,
      pageNumber: this.pageNumber,
      pageSize: this.pageSize,
    };
  }
}

/** The page size to request: the caller's, or one derived from `limit` that the API will accept. */
export function effectivePageSize(options: ListOptions, maxPageSize: number | undefined): number | undefined {
  if (options.pageSize !== undefined) return options.pageSize;
  if (options.limit === undefined) return undefined;
  return maxPageSize === undefined ? options.limit : Math.min(options.limit, maxPageSize);
}

/**
 * Items across pages, fetching the next page only when the consumer asks for
 * more: a `break` in `for await` stops all further requests.
 */
export async function* iterateItems<T>(
  firstPage: () => Promise<Page<T>>,
  limit?: number,
): AsyncGenerator<T, void, undefined> {
  if (limit !== undefined && limit <= 0) return;
  let count = 0;
  let page: Page<T> | undefined = await firstPage();
  while (page !== undefined) {
    for (const item of page.instances) {
      yield item;
      count++;
      if (limit !== undefined && count >= limit) return;
    }
    page = await page.nextPage();
  }
}

export async function collectItems<T>(firstPage: () => Promise<Page<T>>, limit?: number): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterateItems(firstPage, limit)) items.push(item);
  return items;
}

/**
 * twilio-node's `each`: a callback per item with a `done` to stop early. An
 * error (also one from `check`, run first) goes to `done` when there is one,
 * and the promise then resolves, since twilio-node's `each` returns nothing a
 * caller could handle; without `done` the promise rejects.
 */
export async function eachItem<T>(
  firstPage: () => Promise<Page<T>>,
  options: EachOptions<T>,
  check: () => void = () => {},
): Promise<void> {
  let stopped = false;
  let stopError: Error | undefined;
  const done = (error?: Error) => {
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
    if (options.done === undefined) throw error;
    options.done(error as Error);
    return;
  }
  options.done?.(stopError);
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === "number" ? value : undefined;
}

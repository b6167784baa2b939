// Declarations of the runtime source with sha256 ab19f863d3fb20b6317e6c60637139f2fb2acaa9afa1181f8c0f559aaf180952, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
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
export declare class Page<T> {
    private readonly getPage;
    readonly instances: T[];
    readonly nextPageUrl: string | undefined;
    readonly previousPageUrl: string | undefined;
    readonly url: string | undefined;
    readonly pageNumber: number | undefined;
    readonly pageSize: number | undefined;
    constructor(payload: unknown, key: string, toItem: (raw: Record<string, unknown>) => T, getPage: (url: string) => Promise<Page<T>>);
    /** twilio-node's accessors for the links. */
    getNextPageUrl(): string | undefined;
    getPreviousPageUrl(): string | undefined;
    /** As twilio-node's: undefined when there is no next page, so `await page.nextPage()` is undefined at the end. */
    nextPage(): Promise<Page<T>> | undefined;
    previousPage(): Promise<Page<T>> | undefined;
    toJSON(): {
        instances: T[];
        nextPageUrl: string | undefined;
        previousPageUrl: string | undefined;
        pageNumber: number | undefined;
        pageSize: number | undefined;
    };
}
/** The page size to request: the caller's, or one derived from `limit` that the API will accept. */
export declare function effectivePageSize(options: ListOptions, maxPageSize: number | undefined): number | undefined;
/**
 * Items across pages, fetching the next page only when the consumer asks for
 * more: a `break` in `for await` stops all further requests.
 */
export declare function iterateItems<T>(firstPage: () => Promise<Page<T>>, limit?: number): AsyncGenerator<T, void, undefined>;
export declare function collectItems<T>(firstPage: () => Promise<Page<T>>, limit?: number): Promise<T[]>;
/**
 * twilio-node's `each`: a callback per item with a `done` to stop early. An
 * error (also one from `check`, run first) goes to `done` when there is one,
 * and the promise then resolves, since twilio-node's `each` returns nothing a
 * caller could handle; without `done` the promise rejects.
 */
export declare function eachItem<T>(firstPage: () => Promise<Page<T>>, options: EachOptions<T>, check?: () => void): Promise<void>;

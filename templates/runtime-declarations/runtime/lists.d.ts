// Declarations of the runtime source with sha256 b3c1d8b7d7429263fa073d989a047bc811cf5dd56b7396dcfc36f4844e31b2ec, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
import type { OperationDescriptor } from "./descriptors.js";
import { type Runtime } from "./invoke.js";
type Item = Record<string, unknown>;
/**
 * list/page/getPage/each and their `*WithHttpInfo` forms, and `iterate`, on a
 * list accessor. List calls always take params first: `limit` and `pageSize`
 * apply even when the spec has no query parameters. A `*WithHttpInfo` form
 * reports the status and headers of the first (or only) page it read.
 */
export declare function defineListMethods(target: object, runtime: Runtime, operation: OperationDescriptor, parentValues: readonly string[], toItem: (raw: Item) => unknown): void;
export {};

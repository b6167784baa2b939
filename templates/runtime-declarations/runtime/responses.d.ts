// Declarations of the runtime source with sha256 c1387c870d9a027979fc472b8f969706ae8a5f0e915387dad15c38883b595a44, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/** What a `*WithHttpInfo` method resolves: the result with the response's status and headers, as twilio-node's. */
export interface ApiResponse<T> {
    body: T;
    statusCode: number;
    /** Header names in lower case. */
    headers: Record<string, string>;
}
/** twilio-node's callback for lists and pages: the items are always passed (undefined on error). */
export type ListCallback<T> = (error: Error | null, items: T) => void;

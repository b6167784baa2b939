/** What a `*WithHttpInfo` method resolves: the result with the response's status and headers, as twilio-node's. */
export interface ApiResponse<T> {
    body: T;
    statusCode: number;
    /** Header names in lower case. */
    headers: Record<string, string>;
}
/** twilio-node's callback for lists and pages: the items are always passed (undefined on error). */
export type ListCallback<T> = (error: Error | null, items: T) => void;

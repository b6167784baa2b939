// Declarations of the runtime source with sha256 d632b885546deb1a925c7288b44c20e7bfd70bc3fbde906cbfac6b0cba7901a8, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/** What twilio-node hands its `httpClient` for one request. */
export interface HttpClientRequest {
    method: string;
    /** Without the query string: that is in `params`. */
    uri: string;
    username?: string;
    password?: string;
    headers: Record<string, string>;
    /** Query parameters; a repeated key is an array. */
    params: Record<string, string | string[]>;
    /** Form fields (a repeated key is an array), or the JSON body as text. */
    data?: Record<string, string | string[]> | string;
    timeout?: number;
    allowRedirects?: boolean;
}
export interface HttpClientResponse {
    statusCode: number;
    /** The body as text, or already parsed. */
    body: unknown;
    headers?: Record<string, string | string[] | undefined>;
}
/** twilio-node's `httpClient` option: any object with its `request()` shape. */
export interface HttpClient {
    request(options: HttpClientRequest): Promise<HttpClientResponse>;
}
/** A fetch that sends through a twilio-node style `httpClient`, so the transport keeps one code path. */
export declare function fetchThrough(client: HttpClient): typeof fetch;

// Declarations of the runtime source with sha256 70d10f1b34a1fb6abd2f554d7ca84f2a2c3f7033ab1c4407f91123a22d722885, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/** An error answer from the Twilio API, always delivered as a rejected promise. */
export declare class RestException extends Error {
    readonly status: number;
    readonly code: number | undefined;
    readonly moreInfo: string | undefined;
    readonly details: Readonly<Record<string, unknown>> | undefined;
    constructor(status: number, body: unknown, fallbackText: string);
}
/** A call the client refuses before sending anything, such as a path value of `..`. */
export declare class RequestValidationError extends Error {
    constructor(message: string);
}
/** A 2xx answer whose body is not the JSON the API promises. */
export declare class ResponseParseError extends Error {
    readonly status: number;
    constructor(status: number, message: string);
}
export declare function isRecord(value: unknown): value is Record<string, unknown>;

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

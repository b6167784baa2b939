// Declarations of the runtime source with sha256 238088cd1c4d9f0fe65795055243764a23f50801bafda722c19e918124615c67, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
export declare const SIGNATURE_HEADER = "X-Twilio-Signature";
export interface RequestValidatorOptions {
    /** The full URL (with query) configured for the webhook at Twilio; overrides host and protocol. */
    url?: string;
    /** The host name Twilio was given, when a proxy in between changes the Host header. */
    host?: string;
    /** `https` or `http`, when TLS ends at a proxy in front of this server. */
    protocol?: string;
}
/** The parts of an Express request the validation reads; a Node IncomingMessage has most of them. */
export interface IncomingRequestLike {
    protocol?: string;
    header?(name: string): string | undefined;
    headers: Readonly<Record<string, string | readonly string[] | undefined>>;
    originalUrl?: string;
    url?: string;
    /** The body as received, which Twilio's bodySHA256 covers; a body parser's verify hook may set it. */
    rawBody?: unknown;
    /** Parsed form fields (express.urlencoded), or the body as text or bytes (express.text / raw). */
    body?: unknown;
    /** A TLS socket says `encrypted: true`; typed loosely so that a plain net.Socket also fits. */
    socket?: unknown;
}
export declare function headerOf(request: IncomingRequestLike, name: string): string | undefined;
/**
 * The URL Twilio requested, rebuilt from protocol, Host header and the path as received. Unlike
 * twilio-node, a `%3F` in the path stays `%3F` rather than turning into a second `?`.
 */
export declare function webhookUrlOf(request: IncomingRequestLike, options?: RequestValidatorOptions): string;
/** Text, bytes (a Buffer is a Uint8Array) or nothing; other values are not a raw body. */
export declare function rawText(value: unknown): string | undefined;
/** Form fields as body parsers give them: a repeated name collects an array of values. */
export declare function parseForm(text: string): Record<string, string | string[]>;
/** The parameters Twilio signed: parsed fields, or the raw body parsed when it is a form. */
export declare function paramsOf(request: IncomingRequestLike): object;
/**
 * twilio-node's validateIncomingRequest: a URL with `bodySHA256` is checked against the raw body
 * (`rawBody`, or `body` when a raw or text parser left it as received), others against the
 * parsed parameters.
 */
export declare function validateIncomingRequest(request: IncomingRequestLike, authToken: string, options?: RequestValidatorOptions): boolean;
export declare function validateExpressRequest(request: IncomingRequestLike, authToken: string, options?: RequestValidatorOptions): boolean;

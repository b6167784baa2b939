// Declarations of the runtime source with sha256 8597bf192639731f45c9fadfdfa694b4b9569475af9205ffbccc11eea06d1a3c, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/** The fields every per-API package's RestException carries. */
export interface RestExceptionShape extends Error {
    readonly status: number;
    readonly code: number | undefined;
    readonly moreInfo: string | undefined;
    readonly details: Readonly<Record<string, unknown>> | undefined;
}
type ErrorClass = abstract new (...args: never[]) => RestExceptionShape;
/**
 * Each per-API package stands alone, so each has its own RestException class.
 * The aggregate's `RestException` extends the first package's and answers
 * `error instanceof RestException` for an error from any of them.
 */
export declare function sharedRestException<T extends ErrorClass>(first: T, all: readonly ErrorClass[]): T;
export {};

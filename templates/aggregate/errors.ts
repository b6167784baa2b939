/** The fields every per-API package's RestException carries. */
export interface RestExceptionShape extends Error {
  readonly status: number;
  readonly code: number | undefined;
  readonly moreInfo: string | undefined;
  readonly details: Readonly<Record<string, unknown>> | undefined;
}

type ErrorClass = abstract new (...args: never[]) => RestExceptionShape;
type Extendable = new (...args: unknown[]) => RestExceptionShape;

/**
 * Each per-API package stands alone, so each has its own RestException class.
 * The aggregate's `RestException` extends the first package's and answers
 * `error instanceof RestException` for an error from any of them.
 */
export function sharedRestException<T extends ErrorClass>(first: T, all: readonly ErrorClass[]): T {
  const members = [...all];
  const shared = class RestException extends (first as unknown as Extendable) {
    static override [Symbol.hasInstance](candidate: unknown): boolean {
      return members.some((member) => Function.prototype[Symbol.hasInstance].call(member, candidate));
    }
  };
  return shared as unknown as T;
}

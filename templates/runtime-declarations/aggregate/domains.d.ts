// Declarations of the runtime source with sha256 96859df02c14db2ea1a54ab078d87024414c71dad8a849987fb9bcb53fa61453, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/** A per-API package's `twilio()`: it returns `{ [domain]: { [version]: root } }`. */
export type ApiFactory = (accountSid?: string, authToken?: string, options?: object) => unknown;
/** One domain as the generator describes it: its versions' packages and its deprecated shortcuts. */
export interface DomainSource {
    /** The client property, e.g. `conversations`, `flexApi`. */
    readonly name: string;
    /** Version accessor → the factory of the package that serves it. */
    readonly versions: Readonly<Record<string, ApiFactory>>;
    /** Deprecated accessor → the version it points at: `users` → `v1`. */
    readonly shortcuts: Readonly<Record<string, string>>;
}
export interface Credentials {
    readonly accountSid: string | undefined;
    readonly authToken: string | undefined;
    readonly options: object;
}
/** Where deprecation notices go; twilio-node prints them with console.warn. */
export type Warn = (message: string) => void;
/**
 * A domain object: `client.conversations`. Each version is built on first
 * access, by its package's own `twilio()`, so a client that only ever uses
 * Conversations never builds Flex's resources. The shortcuts read through to
 * their version, with twilio-node's deprecation notice, once per domain.
 */
export declare function createDomain(source: DomainSource, credentials: Credentials, warn: Warn): object;

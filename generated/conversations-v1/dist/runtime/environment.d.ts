/** The bits of Node's `process` the client reads, without depending on Node's type definitions. */
export interface ProcessLike {
    version?: string;
    platform?: string;
    arch?: string;
    env?: Readonly<Record<string, string | undefined>>;
}
/**
 * The one place the runtime looks at the host. Off Node there may be no
 * `process` (workerd, browsers), or one whose `env` throws when read without
 * permission (Deno without --allow-env): every read is guarded, and a
 * variable that cannot be read is simply unset.
 */
export declare function processInfo(): ProcessLike;

// Declarations of the runtime source with sha256 c948a2446d1ee7cac9b0b8d15eb88947cdec0a592d7a6c27884df14af5ae718f, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
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

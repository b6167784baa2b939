// Declarations of the runtime source with sha256 43c0b3d7876caacbc5278b8984c8fe72492389d5372a56b68d2e3cf16b2951e0, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/** The bits of Node's `process` the client reads, without depending on Node's type definitions. */
export interface ProcessLike {
    version?: string;
    platform?: string;
    arch?: string;
    env?: Readonly<Record<string, string | undefined>>;
}
export declare function processInfo(): ProcessLike;

// Declarations of the runtime source with sha256 c094c050c086caf56dde1887e89a587bb7a33ac6e51c770e603b616fd4528c6d, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
export declare function withoutPort(url: string): string;
export declare function withDefaultPort(url: string): string;
export declare function withLegacyQuery(url: string): string;
export declare function asReceivedVariants(url: string): string[];
/**
 * The step-2 spellings, or none when the URL does not parse. twilio-node throws a TypeError here;
 * a validator should answer "not valid" for a garbled Host header rather than fail the request.
 */
export declare function normalizedVariants(url: string): string[];

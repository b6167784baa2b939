export declare function withoutPort(url: string): string;
export declare function withDefaultPort(url: string): string;
export declare function withLegacyQuery(url: string): string;
export declare function asReceivedVariants(url: string): string[];
/**
 * The step-2 spellings, or none when the URL does not parse. twilio-node throws a TypeError here;
 * a validator should answer "not valid" for a garbled Host header rather than fail the request.
 */
export declare function normalizedVariants(url: string): string[];

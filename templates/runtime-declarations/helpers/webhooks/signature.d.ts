// Declarations of the runtime source with sha256 5387856dededb94003809cc46f48c367685bb32f3e44ff793656af93cf4aa61f, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/**
 * POST parameters as a body parser leaves them: a value may be an array for a repeated name.
 * `object` rather than twilio-node's `Record<string, any>`: it accepts the same arguments, and
 * interfaces too; `null` and `undefined` count as no parameters.
 */
export type WebhookParams = object | null | undefined;
/** A body hash as twilio-node accepts it: the hex text, or its bytes (a Buffer is a Uint8Array). */
export type BodyHash = string | Uint8Array | readonly number[];
/** The string Twilio signs: the URL, then each parameter by name in code-unit order. */
export declare function signedText(url: string, params: WebhookParams): string;
export declare function getExpectedTwilioSignature(authToken: string, url: string, params: WebhookParams): string;
export declare function getExpectedBodyHash(body: string | Uint8Array): string;
/** True when the signature matches the URL under any of the spellings url-variants.ts lists. */
export declare function validateRequest(authToken: string, twilioHeader: string | null | undefined, url: string, params: WebhookParams): boolean;
export declare function validateBody(body: string | Uint8Array, bodyHash: BodyHash): boolean;
/** For JSON webhooks: the URL's signature with no parameters, and the body against `bodySHA256`. */
export declare function validateRequestWithBody(authToken: string, twilioHeader: string | null | undefined, url: string, body: string | Uint8Array): boolean;
export declare function getExpectedTwilioSignatureAsync(authToken: string, url: string, params: WebhookParams): Promise<string>;
export declare function getExpectedBodyHashAsync(body: string | Uint8Array): Promise<string>;
export declare function validateRequestAsync(authToken: string, twilioHeader: string | null | undefined, url: string, params: WebhookParams): Promise<boolean>;
export declare function validateBodyAsync(body: string | Uint8Array, bodyHash: BodyHash): Promise<boolean>;
export declare function validateRequestWithBodyAsync(authToken: string, twilioHeader: string | null | undefined, url: string, body: string | Uint8Array): Promise<boolean>;

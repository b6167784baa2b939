// Declarations of the runtime source with sha256 67cfe12cdc5b00bba8ddf54cb750e1107864ad7ee353d5f6af9bcac37a40c3f9, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
import { type DomainSource } from "./domains.js";
/** The options every per-API package reads; the aggregate passes them through untouched. */
export interface AggregateOptions {
    accountSid?: string;
    accessToken?: string;
}
/**
 * What `new Twilio()` holds before any domain is used: the credentials, checked
 * now as twilio-node checks them, and the options. The generated subclass adds
 * one getter per domain; each builds its domain once, on first access, and
 * keeps it in `_<domain>` (undefined until then), as twilio-node does.
 */
export declare class TwilioBase<Options extends AggregateOptions = AggregateOptions> {
    readonly username: string;
    readonly password: string;
    readonly accountSid: string;
    readonly opts: Options;
    constructor(username?: string, password?: string, opts?: Options);
    /** A new domain object for `source`; the generated getter keeps it in `_<domain>`, as twilio-node does. */
    protected domain(source: DomainSource): object;
}

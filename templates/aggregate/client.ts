import { createDomain, type DomainSource, type Warn } from "./domains.js";
import { processInfo } from "./environment.js";

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
export class TwilioBase<Options extends AggregateOptions = AggregateOptions> {
  readonly username: string;
  readonly password: string;
  readonly accountSid: string;
  readonly opts: Options;

  constructor(username?: string, password?: string, opts?: Options) {
    const environment = processInfo().env ?? {};
    this.opts = opts ?? ({} as Options);
    this.username = username ?? environment["TWILIO_ACCOUNT_SID"] ?? "";
    this.password = password ?? environment["TWILIO_AUTH_TOKEN"] ?? "";
    this.accountSid = this.opts.accountSid ?? this.username;
    if (this.opts.accessToken === undefined || this.opts.accessToken === "") {
      if (this.username === "") throw new TypeError("twilio: an account SID or API key is required");
      if (this.password === "") throw new TypeError("twilio: an auth token or API key secret is required");
    }
  }

  /** A new domain object for `source`; the generated getter keeps it in `_<domain>`, as twilio-node does. */
  protected domain(source: DomainSource): object {
    return createDomain(
      source,
      { accountSid: this.username, authToken: this.password, options: this.opts },
      deprecationWarning,
    );
  }
}

const deprecationWarning: Warn = (message) => {
  (globalThis as { console?: { warn(text: string): void } }).console?.warn(message);
};

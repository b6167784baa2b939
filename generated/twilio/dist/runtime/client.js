import { createDomain } from "./domains.js";
import { processInfo } from "./environment.js";
class TwilioBase {
  username;
  password;
  accountSid;
  opts;
  constructor(username, password, opts) {
    const environment = processInfo().env ?? {};
    this.opts = opts ?? {};
    this.username = username ?? environment["TWILIO_ACCOUNT_SID"] ?? "";
    this.password = password ?? environment["TWILIO_AUTH_TOKEN"] ?? "";
    this.accountSid = this.opts.accountSid ?? this.username;
    if (this.opts.accessToken === void 0 || this.opts.accessToken === "") {
      if (this.username === "") throw new TypeError("twilio: an account SID or API key is required");
      if (this.password === "") throw new TypeError("twilio: an auth token or API key secret is required");
    }
  }
  /** A new domain object for `source`; the generated getter keeps it in `_<domain>`, as twilio-node does. */
  domain(source) {
    return createDomain(
      source,
      { accountSid: this.username, authToken: this.password, options: this.opts },
      deprecationWarning
    );
  }
}
const deprecationWarning = (message) => {
  globalThis.console?.warn(message);
};
export {
  TwilioBase
};

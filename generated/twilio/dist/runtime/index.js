// copied:runtime/domains.ts
function createDomain(source, credentials, warn) {
  const domain = {};
  for (const [version, factory] of Object.entries(source.versions)) {
    defineCached(domain, version, () => versionRoot(factory, credentials, source.name, version));
  }
  const warned = /* @__PURE__ */ new Set();
  for (const [name, version] of Object.entries(source.shortcuts)) {
    Object.defineProperty(domain, name, {
      configurable: true,
      enumerable: false,
      get() {
        if (!warned.has(name)) {
          warned.add(name);
          warn(`${name} is deprecated. Use ${version}.${name} instead.`);
        }
        return domain[version][name];
      }
    });
  }
  return domain;
}
function versionRoot(factory, credentials, domain, version) {
  const client = factory(credentials.accountSid, credentials.authToken, credentials.options);
  const root = client[domain]?.[version];
  if (root === void 0) throw new Error(`twilio: the package for ${domain}.${version} did not provide it`);
  return root;
}
function defineCached(target, name, create) {
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = create();
      Object.defineProperty(target, name, { value, enumerable: true, configurable: true, writable: false });
      return value;
    }
  });
}

// copied:runtime/environment.ts
function processInfo() {
  const host = globalThis.process;
  if (host === void 0 || host === null) return {};
  const info = { env: guardedEnvironment(host) };
  const version = guarded(() => host.version);
  const platform = guarded(() => host.platform);
  const arch = guarded(() => host.arch);
  if (typeof version === "string") info.version = version;
  if (typeof platform === "string") info.platform = platform;
  if (typeof arch === "string") info.arch = arch;
  return info;
}
function guardedEnvironment(host) {
  return new Proxy({}, {
    get(_, name) {
      if (typeof name !== "string") return void 0;
      const value = guarded(() => host.env?.[name]);
      return typeof value === "string" ? value : void 0;
    }
  });
}
function guarded(read) {
  try {
    return read();
  } catch {
    return void 0;
  }
}

// copied:runtime/client.ts
var TwilioBase = class {
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
};
var deprecationWarning = (message) => {
  globalThis.console?.warn(message);
};

// copied:runtime/errors.ts
function sharedRestException(first, all) {
  const members = [...all];
  const shared = class RestException extends first {
    static [Symbol.hasInstance](candidate) {
      return members.some((member) => Function.prototype[Symbol.hasInstance].call(member, candidate));
    }
  };
  return shared;
}
export {
  TwilioBase,
  sharedRestException
};

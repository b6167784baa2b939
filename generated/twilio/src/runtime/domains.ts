/** A per-API package's `twilio()`: it returns `{ [domain]: { [version]: root } }`. */
export type ApiFactory = (accountSid?: string, authToken?: string, options?: object) => unknown;

/** One domain as the generator describes it: its versions' packages and its deprecated shortcuts. */
export interface DomainSource {
  /** The client property, e.g. `conversations`, `flexApi`. */
  readonly name: string;
  /** Version accessor → the factory of the package that serves it. */
  readonly versions: Readonly<Record<string, ApiFactory>>;
  /** Deprecated accessor → the version it points at: `users` → `v1`. */
  readonly shortcuts: Readonly<Record<string, string>>;
}

export interface Credentials {
  readonly accountSid: string | undefined;
  readonly authToken: string | undefined;
  readonly options: object;
}

/** Where deprecation notices go; twilio-node prints them with console.warn. */
export type Warn = (message: string) => void;

/**
 * A domain object: `client.conversations`. Each version is built on first
 * access, by its package's own `twilio()`, so a client that only ever uses
 * Conversations never builds Flex's resources. The shortcuts read through to
 * their version, with twilio-node's deprecation notice, once per domain.
 */
export function createDomain(source: DomainSource, credentials: Credentials, warn: Warn): object {
  const domain: Record<string, unknown> = {};
  for (const [version, factory] of Object.entries(source.versions)) {
    defineCached(domain, version, () => versionRoot(factory, credentials, source.name, version));
  }
  const warned = new Set<string>();
  for (const [name, version] of Object.entries(source.shortcuts)) {
    Object.defineProperty(domain, name, {
      configurable: true,
      enumerable: false,
      get() {
        if (!warned.has(name)) {
          warned.add(name);
          warn(`${name} is deprecated. Use ${version}.${name} instead.`);
        }
        return (domain[version] as Record<string, unknown>)[name];
      },
    });
  }
  return domain;
}

function versionRoot(factory: ApiFactory, credentials: Credentials, domain: string, version: string): unknown {
  const client = factory(credentials.accountSid, credentials.authToken, credentials.options) as Record<
    string,
    Record<string, unknown> | undefined
  >;
  const root = client[domain]?.[version];
  if (root === undefined) throw new Error(`twilio: the package for ${domain}.${version} did not provide it`);
  return root;
}

function defineCached(target: object, name: string, create: () => unknown): void {
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = create();
      Object.defineProperty(target, name, { value, enumerable: true, configurable: true, writable: false });
      return value;
    },
  });
}

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
export {
  createDomain
};

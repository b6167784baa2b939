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
export {
  processInfo
};

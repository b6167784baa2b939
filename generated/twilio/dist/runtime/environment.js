function processInfo() {
  return globalThis.process ?? {};
}
export {
  processInfo
};

export function processInfo() {
    return globalThis.process ?? {};
}

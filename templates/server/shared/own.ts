/**
 * Sets a property whose name comes from outside (a spec, a caller) as an
 * ordinary own property. Plain assignment would treat `__proto__` as the
 * prototype setter and drop the value.
 */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

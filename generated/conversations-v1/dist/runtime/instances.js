import { fieldKey } from "./option-keys.js";
function toInstanceFields(raw, dateKeys, keyOf = fieldKey, fields = {}) {
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    Object.defineProperty(fields, keyOf(key), {
      value: dateKeys.has(key) ? parseDate(value) : value,
      enumerable: true,
      writable: true,
      configurable: true
    });
  }
  return fields;
}
function parseDate(value) {
  if (typeof value !== "string" || value === "") return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time);
}
export {
  parseDate,
  toInstanceFields
};

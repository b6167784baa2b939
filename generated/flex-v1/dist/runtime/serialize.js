import { RequestValidationError } from "./errors.js";
function formatDateTime(value) {
  return value.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function formatScalar(value, kind, wire) {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RequestValidationError(`${wire}: invalid Date`);
    if (kind === "date") return formatDateTime(value).slice(0, 10);
    return kind === "date-time" ? formatDateTime(value) : value.toISOString();
  }
  if (kind === "json" && typeof value !== "string") return JSON.stringify(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "object" && value !== null) return JSON.stringify(value);
  return String(value);
}
function toWirePairs(parameters, options, nullAsEmpty = false) {
  const pairs = [];
  for (const parameter of parameters) {
    const value = Object.hasOwn(options, parameter.key) ? options[parameter.key] : void 0;
    if (value === null && nullAsEmpty) pairs.push([parameter.wire, ""]);
    if (value === void 0 || value === null) continue;
    const values = parameter.array && Array.isArray(value) ? value : [value];
    for (const item of values)
      if (item !== void 0 && item !== null)
        pairs.push([parameter.wire, formatScalar(item, parameter.kind, parameter.wire)]);
  }
  return pairs;
}
function formBody(pairs) {
  return new URLSearchParams(pairs).toString();
}
function encodePathSegment(name, value) {
  const text = value === void 0 || value === null ? "" : String(value);
  if (text === "" || text === "." || text === "..") {
    throw new RequestValidationError(
      `path parameter ${name} must not be ${text === "" ? "empty" : JSON.stringify(text)}`
    );
  }
  return encodeURIComponent(text);
}
function expandPath(template, values) {
  return template.replace(/\{([^}]+)\}/g, (_, name) => encodePathSegment(name, values[name]));
}
export {
  encodePathSegment,
  expandPath,
  formBody,
  formatDateTime,
  toWirePairs
};

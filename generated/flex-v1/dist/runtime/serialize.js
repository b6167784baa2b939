import { RequestValidationError } from "./errors.js";
/** `2024-05-01T10:20:30Z`: Twilio's form format, without milliseconds. */
export function formatDateTime(value) {
    return value.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function formatScalar(value, kind, wire) {
    if (value instanceof Date) {
        if (Number.isNaN(value.getTime()))
            throw new RequestValidationError(`${wire}: invalid Date`);
        return kind === "date" ? formatDateTime(value).slice(0, 10) : formatDateTime(value);
    }
    if (kind === "json" && typeof value !== "string")
        return JSON.stringify(value);
    if (typeof value === "boolean")
        return value ? "true" : "false";
    if (typeof value === "object" && value !== null)
        return JSON.stringify(value);
    return String(value);
}
/**
 * Turns call options into wire pairs in the parameters' order. Absent values are
 * left out; arrays become repeated keys, as Twilio expects.
 */
export function toWirePairs(parameters, options) {
    const pairs = [];
    for (const parameter of parameters) {
        const value = Object.hasOwn(options, parameter.key) ? options[parameter.key] : undefined;
        if (value === undefined || value === null)
            continue;
        const values = parameter.array && Array.isArray(value) ? value : [value];
        for (const item of values)
            if (item !== undefined && item !== null)
                pairs.push([parameter.wire, formatScalar(item, parameter.kind, parameter.wire)]);
    }
    return pairs;
}
export function formBody(pairs) {
    return new URLSearchParams(pairs).toString();
}
/** A path segment that can only ever name one resource: `..`, `a/b`, `a#b` and `a?b` cannot escape it. */
export function encodePathSegment(name, value) {
    const text = value === undefined || value === null ? "" : String(value);
    if (text === "" || text === "." || text === "..") {
        throw new RequestValidationError(`path parameter ${name} must not be ${text === "" ? "empty" : JSON.stringify(text)}`);
    }
    return encodeURIComponent(text);
}
/** Fills `{Name}` placeholders of a spec path with encoded values. */
export function expandPath(template, values) {
    return template.replace(/\{([^}]+)\}/g, (_, name) => encodePathSegment(name, values[name]));
}

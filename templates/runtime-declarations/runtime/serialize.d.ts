// Declarations of the runtime source with sha256 f21bc69474d60596aca2b8cd307bfe9cb969ca4b4a646656718477fd1502d98a, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/** How a value travels on the wire; the generator derives it from the spec's type and format. */
export type WireKind = "string" | "number" | "boolean" | "date-time" | "date" | "json";
export interface WireParameter {
    /** Option key in the call, e.g. `friendlyName` or `'timers.inactive'`. */
    key: string;
    /** Name on the wire, e.g. `FriendlyName` or `Timers.Inactive`. */
    wire: string;
    kind: WireKind;
    /** Arrays go out as repeated keys. */
    array?: boolean;
}
/** `2024-05-01T10:20:30Z`: Twilio's form format, without milliseconds. */
export declare function formatDateTime(value: Date): string;
/**
 * Turns call options into wire pairs in the parameters' order. Absent values are
 * left out; arrays become repeated keys, as Twilio expects. With `nullAsEmpty`
 * (query and form), `null` goes out as an empty value, which clears a field, as
 * twilio-node sends it; headers leave it out.
 */
export declare function toWirePairs(parameters: readonly WireParameter[], options: Readonly<Record<string, unknown>>, nullAsEmpty?: boolean): Array<[string, string]>;
export declare function formBody(pairs: ReadonlyArray<[string, string]>): string;
/** A path segment that can only ever name one resource: `..`, `a/b`, `a#b` and `a?b` cannot escape it. */
export declare function encodePathSegment(name: string, value: unknown): string;
/** Fills `{Name}` placeholders of a spec path with encoded values. */
export declare function expandPath(template: string, values: Readonly<Record<string, unknown>>): string;

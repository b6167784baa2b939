// Declarations of the runtime source with sha256 2ec7945f037a3385e83bf6780ad15a0f756de037dba335ccf35966a797dd932b, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
import type { WireKind } from "./serialize.js";
import type { HttpMethod } from "./transport.js";
/**
 * A parameter as the generator writes it: a plain wire name for a string, or
 * `[wire, kind, 1 if an array]`, e.g. `"FriendlyName"`, `["Enabled", "boolean"]`,
 * `["Filters", "string", 1]`. The option key derives from the wire name.
 */
export type ParameterCode = string | readonly [wire: string, kind: WireKind, array?: 1];
export interface OperationDescriptor {
    method: HttpMethod;
    /** Spec path with `{Name}` placeholders, filled by position. */
    path: string;
    query?: readonly ParameterCode[];
    headers?: readonly ParameterCode[];
    form?: readonly ParameterCode[];
    /** The request body is JSON: the call's remaining options are sent as the body. */
    json?: boolean;
    /** The Accept header, when the response is not plain `application/json`. */
    accept?: string;
    /** Option keys the call must be given (twilio-node refuses the call without them): `identity`. */
    required?: readonly string[];
    /**
     * Set where the method is not where its kind usually is: `list` for a fetch,
     * update or remove on the list accessor (`balance.fetch()`), `instance` for a
     * create or list on a context (`knowledge(id).create()`).
     */
    on?: "list" | "instance";
    /** For lists: the key of the item array, and the spec's PageSize maximum. */
    pageKey?: string;
    maxPageSize?: number;
}
export interface ResourceDescriptor {
    /** Accessor name, e.g. `users`, `deliveryReceipts`. */
    name: string;
    /** Has an instance path, so the accessor is callable: `users(sid)`, or `configuration()` for a singleton. */
    callable?: "instance" | "singleton";
    /** How many path values an instance accessor takes, when not one: `flexUser(instanceSid, flexUserSid)`. */
    arity?: number;
    create?: OperationDescriptor;
    list?: OperationDescriptor;
    fetch?: OperationDescriptor;
    update?: OperationDescriptor;
    patch?: OperationDescriptor;
    remove?: OperationDescriptor;
    /** Response fields whose instance property is not their camelCase key (it would hide a method): field → property. */
    renamed?: Readonly<Record<string, string>>;
    /** Response fields to turn into Date. */
    dates?: readonly string[];
    /**
     * Response fields that hold the path values, in path order (parents first).
     * camelCased, they name the values in a context's or list's `toJSON()`.
     */
    keys?: readonly string[];
    /** On an instance's context: `services(sid).roles`. */
    children?: readonly ResourceDescriptor[];
    /** On the list accessor itself: `incomingPhoneNumbers.local`. */
    listChildren?: readonly ResourceDescriptor[];
}
export interface ApiDescriptor {
    /** e.g. `https://conversations.twilio.com`. */
    baseUrl: string;
    resources: readonly ResourceDescriptor[];
    /**
     * The accessor of the accounts resource, on api.twilio.com: the version root
     * then offers `account` (the client's own) and mirrors that account's children.
     */
    account?: string;
}

import fc from "fast-check";

/**
 * The payload every hostile string carries. `!` can never survive into an
 * identifier, so if this text appears in generated code outside a string
 * literal or a comment, spec text has become code.
 */
export const MARKER = "INJECT!1";

/** Sequences that end a comment, open interpolation, break a string or a line, or hide in plain sight. */
const BREAKERS = ["*/", "/*", "${", "`", '"', "'", "\\", "\n", "\r\n", "\u2028", "\u2029", "</script>", "<!--", "\u200b", "\u200d", "\ufeff", "\0", "//", "#!", "}", "{", ";", ")", "(", "|", "```"];

/** A string made of breakers and arbitrary text, carrying the marker as a would-be payload. */
export const hostileText: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...BREAKERS), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 6 }), fc.nat({ max: 6 }))
  .map(([parts, at]) => {
    const pieces = [...parts];
    pieces.splice(Math.min(at, pieces.length), 0, ` ${MARKER}() `);
    return pieces.join("");
  });

const SPECIAL_NAMES = ["delete", "default", "class", "constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "prototype", "then", "1st", "9", "a.b", "a-b", "a b", "A.B.C", "x-Twilio-Thing", "Sid", "get", "list", "fetch", "create", "async", "await", "enum", "import", "export", "new", "this", "null", "undefined"];

/** Parameter and property names a spec could carry: reserved words, specials, digits first, dots, dashes, spaces, or hostile text. */
export const hostileName: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...SPECIAL_NAMES), hostileText.filter((text) => text.trim() !== ""));

const ENUM_SPECIALS = ['he said "hi"', "it's", "with space", "1st", "default", "delete", "class", "__proto__", "Active", "active", "ACTIVE", "a-b", "a_b", "a b", "", "tab\there"];

/** Enum values: quotes, spaces, leading digits, reserved words, values equal but for case, values that normalize alike. */
export const hostileEnum: fc.Arbitrary<string[]> = fc.uniqueArray(fc.oneof(fc.constantFrom(...ENUM_SPECIALS), hostileText), { minLength: 1, maxLength: 6 });

export interface SpecParts {
  title?: string;
  description?: string;
  summary?: string;
  parameterDescription?: string;
  propertyDescription?: string;
  enumValues?: string[];
  parameterNames?: string[];
  propertyNames?: string[];
  /** Two resources whose names meet after case normalization. */
  colliding?: { mountA: string; mountB: string; idA: string; idB: string };
  recursive?: boolean;
  nesting?: number;
}

const ok = (schema: unknown) => ({ "200": { description: "OK", content: { "application/json": { schema } } } });
const servers = [{ url: "https://hostile.twilio.com" }];

/** A small Twilio-shaped document, with the given parts put where spec text or names go. */
export function buildSpec(parts: SpecParts): Record<string, unknown> {
  const parameterNames = [...new Set(parts.parameterNames ?? ["FriendlyName"])].filter((name) => name !== "PageSize");
  const propertyNames = [...new Set(parts.propertyNames ?? ["sid", "friendly_name"])];
  const thing: Record<string, unknown> = {
    type: "object",
    description: parts.propertyDescription ?? "A thing.",
    properties: Object.fromEntries([...propertyNames.map((name) => [name, { type: "string", description: parts.propertyDescription ?? "A field." }]), ["state", { $ref: "#/components/schemas/thing_enum_state" }], ["date_created", { type: "string", format: "date-time" }]]),
  };
  if (parts.recursive) Object.assign(thing["properties"] as object, { parent: { $ref: "#/components/schemas/thing" }, children: { type: "array", items: { $ref: "#/components/schemas/thing" } } });
  if (parts.nesting !== undefined) Object.assign(thing["properties"] as object, { nested: nested(parts.nesting) });
  const form = { type: "object", required: parameterNames.slice(0, 1), properties: Object.fromEntries([...parameterNames.map((name) => [name, { type: "string", description: parts.parameterDescription ?? "A field." }]), ["State", { $ref: "#/components/schemas/thing_enum_state" }]]) };
  const paths: Record<string, unknown> = {
    "/v1/Things": {
      servers,
      description: parts.description ?? "Things.",
      "x-twilio": { pathType: "list", ...(parts.colliding ? { mountName: parts.colliding.mountA } : {}) },
      get: { operationId: parts.colliding?.idA ?? "ListThing", summary: parts.summary ?? "List things", description: parts.description ?? "List things.", parameters: [{ name: "State", in: "query", schema: { $ref: "#/components/schemas/thing_enum_state" } }, { name: "PageSize", in: "query", schema: { type: "integer", maximum: 50 } }], responses: ok({ type: "object", properties: { things: { type: "array", items: { $ref: "#/components/schemas/thing" } }, meta: { type: "object" } } }) },
      post: { operationId: "CreateThing", summary: parts.summary ?? "Create a thing", description: parts.description ?? "Create a thing.", requestBody: { content: { "application/x-www-form-urlencoded": { schema: form } } }, responses: ok({ $ref: "#/components/schemas/thing" }) },
    },
    "/v1/Things/{Sid}": {
      servers,
      "x-twilio": { pathType: "instance", ...(parts.colliding ? { mountName: parts.colliding.mountA } : {}) },
      get: { operationId: "FetchThing", description: parts.description ?? "Fetch a thing.", parameters: [{ name: "Sid", in: "path", required: true, description: parts.parameterDescription ?? "The SID.", schema: { type: "string" } }], responses: ok({ $ref: "#/components/schemas/thing" }) },
    },
    "/v1/Things/{ThingSid}/Parts": {
      servers,
      "x-twilio": { pathType: "list", parent: "/Things/{Sid}", mountName: "thing_parts" },
      get: { operationId: "ListThingPart", parameters: [{ name: "ThingSid", in: "path", required: true, schema: { type: "string" } }, ...parameterNames.map((name) => ({ name, in: "query", description: parts.parameterDescription, schema: { type: "string" } }))], responses: ok({ type: "object", properties: { parts: { type: "array", items: { type: "object" } }, meta: { type: "object" } } }) },
    },
  };
  if (parts.colliding) {
    paths["/v1/Others"] = { servers, "x-twilio": { pathType: "list", mountName: parts.colliding.mountB }, get: { operationId: parts.colliding.idB, responses: ok({ type: "object", properties: { others: { type: "array", items: { type: "object" } }, meta: { type: "object" } } }) } };
  }
  return {
    openapi: "3.0.1",
    info: { title: parts.title ?? "Hostile", version: "1.0.0", description: parts.description ?? "" },
    servers,
    paths,
    components: { schemas: { thing, thing_enum_state: { type: "string", enum: parts.enumValues ?? ["active", "inactive"], description: parts.description ?? "State." } } },
  };
}

function nested(depth: number): Record<string, unknown> {
  let schema: Record<string, unknown> = { type: "string" };
  for (let level = 0; level < depth; level++) schema = { type: "object", properties: { inner: schema } };
  return schema;
}

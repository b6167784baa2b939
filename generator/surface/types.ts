/**
 * The generated surface of one API, as `surface.json` records it beside the
 * package: what a consumer of the client, the MCP manifest or the route table
 * can depend on. The next run compares against it. Texts are kept as short
 * hashes: a changed description is reported, its words are in the diff.
 */

export const SURFACE_FORMAT = 1;

export interface OptionSurface {
  /** The TypeScript type a caller passes (an enum alias name, or literals for an inline enum). */
  type: string;
  required: boolean;
  /** Values of an inline enum; a named enum's values are in `enums`. */
  values?: string[];
  docs?: string;
}

export interface MethodSurface {
  operation: string;
  /** `POST /v1/Users/{Sid}`. */
  http: string;
  options: Record<string, OptionSurface>;
  docs?: string;
}

export interface FieldSurface {
  type: string;
  values?: string[];
  docs?: string;
}

export interface EnumSurface {
  values: string[];
  /** Whether callers send it (`request`), read it (`response`), or both. */
  usedIn: Array<"request" | "response">;
}

export interface ToolSurface {
  operation: string;
  required: string[];
  /** Each input's JSON Schema without descriptions, as canonical JSON, and a hash of its descriptions. */
  properties: Record<string, { schema: string; docs?: string }>;
  docs?: string;
}

export interface RouteSurface {
  operation: string;
  required: string[];
}

export interface ApiSurface {
  format: number;
  api: string;
  package: string;
  version: string;
  source: { document: string; sha256: string };
  /** Client calls by call path: `users(sid).update`, `services(sid).conversations.list`. */
  methods: Record<string, MethodSurface>;
  /** Instance fields by resource path: `users`, `services.conversations`. */
  instances: Record<string, Record<string, FieldSurface>>;
  enums: Record<string, EnumSurface>;
  /** MCP tools by name. */
  tools: Record<string, ToolSurface>;
  /** REST routes by `METHOD /path`. */
  routes: Record<string, RouteSurface>;
}

/** How much a change matters to a consumer, as semver counts it. */
export type Bump = "major" | "minor" | "patch";

export interface SurfaceChange {
  bump: Bump;
  /** Where a consumer sees it; `package` for files that changed under an unchanged surface. */
  area: "client" | "mcp" | "rest" | "package";
  /** One line of Markdown: `users(sid).update: new optional option \`friendlyName\``. */
  text: string;
}

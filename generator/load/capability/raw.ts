import type { SourcePlace } from "../../diagnostics.ts";
import type { HttpMethod, Hints, OutputShape, WithBinding } from "../../model/types.ts";
import type { SourceFile } from "../source.ts";

/** Which capability format a file is written in. */
export type Dialect = { kind: "naftiko"; version: string } | { kind: "ikanos"; version: string };

/** A capability file as written (either dialect), with the place of every part, before binding to the spec. */
export interface RawCapability {
  source: SourceFile;
  dialect: Dialect;
  label: string;
  description?: string;
  binds: RawBinding[];
  consumes: RawConsumed[];
  tools: RawTool[];
  restResources: RawRestResource[];
  mcp?: RawExposure & { transport?: "http" | "stdio"; description?: string };
  rest?: RawExposure;
}

export interface RawExposure {
  namespace?: string;
  port?: number;
  place: SourcePlace;
}

/** `binds` entry: variables the file may name in expressions such as `{{env.TWILIO_USER}}`. */
export interface RawBinding {
  namespace: string;
  /** Where the values come from; absent means the runtime environment. */
  location?: string;
  variables: string[];
  place: SourcePlace;
}

export interface RawAuthentication {
  type: string;
  /** Field (`username`, `password`, `token`, `value`) → the text written, e.g. `{{env.TWILIO_USER}}`. */
  fields: Array<{ field: string; text: string; place: SourcePlace }>;
  place: SourcePlace;
}

export interface RawConsumed {
  namespace: string;
  baseUri: string;
  place: SourcePlace;
  authentication?: RawAuthentication;
  operations: RawOperation[];
}

export interface RawInput {
  name: string;
  in: string;
  type?: string;
  required?: boolean;
  description?: string;
  place: SourcePlace;
}

export interface RawOperation {
  name: string;
  method: HttpMethod;
  path: string;
  /** `""` when the author wrote an empty description. */
  description?: string;
  inputs: RawInput[];
  place: SourcePlace;
}

export interface RawCall {
  call: string;
  /** Where the description is written, to point a warning at an empty one. */
  descriptionPlace?: SourcePlace;
  with: WithBinding[];
  /** Caller inputs the exposing side declares (Ikanos `inputParameters`), by name. */
  declaredInputs: RawInput[];
  output?: OutputShape;
  place: SourcePlace;
}

export interface RawTool extends RawCall {
  name: string;
  title?: string;
  description?: string;
  hints: Partial<Hints>;
}

export interface RawRestOperation extends RawCall {
  method: HttpMethod;
  name: string;
  description?: string;
}

export interface RawRestResource {
  name: string;
  path: string;
  place: SourcePlace;
  operations: RawRestOperation[];
}

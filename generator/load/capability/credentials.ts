import type { RunContext } from "../../context.ts";
import type { CredentialVariables } from "../../model/types.ts";
import type { RawAuthentication, RawBinding, RawCapability } from "./raw.ts";

/** `{{env.TWILIO_USER}}`, `{{TWILIO_USER}}` or `$env.TWILIO_USER`: a binding namespace (optional) and a variable. */
const EXPRESSION = /^\s*(?:\{\{\s*(?:([A-Za-z0-9-]+)\.)?([A-Za-z_][A-Za-z0-9_]*)\s*\}\}|\$([A-Za-z0-9-]+)\.([A-Za-z_][A-Za-z0-9_]*))\s*$/;

/**
 * The environment variables the servers read credentials from, as the file's
 * `authentication` names them through its `binds`. A field written as a fixed
 * value is refused as a credential: secrets do not belong in capability files.
 */
export function credentialVariables(ctx: RunContext, raw: RawCapability): CredentialVariables | undefined {
  const authentications = raw.consumes.flatMap((consumed) => (consumed.authentication ? [consumed.authentication] : []));
  const first = authentications[0];
  if (first === undefined) return undefined;
  for (const other of authentications.slice(1)) {
    if (JSON.stringify(other.fields.map(({ field, text }) => [field, text])) !== JSON.stringify(first.fields.map(({ field, text }) => [field, text]))) {
      ctx.warn(other.place, "every consumed API gets the credentials of the first `authentication`; this one differs and is not used");
    }
  }
  return fromAuthentication(ctx, first, raw.binds);
}

function fromAuthentication(ctx: RunContext, authentication: RawAuthentication, binds: RawBinding[]): CredentialVariables | undefined {
  const wanted: Record<string, keyof CredentialVariables> =
    authentication.type === "basic" || authentication.type === "digest" ? { username: "username", password: "password" } : authentication.type === "bearer" ? { token: "token" } : {};
  if (Object.keys(wanted).length === 0) {
    ctx.warn(authentication.place, `authentication type ${JSON.stringify(authentication.type)} is not supported for Twilio; the servers use HTTP Basic with the standard TWILIO_* variables`);
    return undefined;
  }
  const variables: CredentialVariables = {};
  for (const { field, text, place } of authentication.fields) {
    const slot = wanted[field];
    if (slot === undefined) {
      ctx.warn(place, `authentication field \`${field}\` is not used with type ${authentication.type}`);
      continue;
    }
    const match = EXPRESSION.exec(text);
    if (!match) {
      ctx.warn(place, `authentication \`${field}\` is not a variable expression such as {{env.NAME}}; a fixed credential is never used, the servers fall back to the standard TWILIO_* variables`);
      continue;
    }
    const namespace = match[1] ?? match[3];
    const name = (match[2] ?? match[4])!;
    const binding = namespace === undefined ? binds.find((candidate) => candidate.variables.includes(name)) : binds.find((candidate) => candidate.namespace === namespace);
    if (binding?.location !== undefined) ctx.warn(binding.place, `binds ${JSON.stringify(binding.namespace)}: values from ${binding.location} are not read; the servers read ${name} from the environment`);
    variables[slot] = name;
  }
  return Object.keys(variables).length > 0 ? variables : undefined;
}

/** What the servers read anyway, whatever the file says. */
const STANDARD_VARIABLES = new Set(["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET", "TWILIO_BASE_URL"]);

/** Every variable the file's `binds` declare, sorted; those no authentication names are reported. */
export function boundVariables(ctx: RunContext, raw: RawCapability, credentials: CredentialVariables | undefined): string[] {
  const named = new Set(Object.values(credentials ?? {}));
  for (const binding of raw.binds) {
    const unused = binding.variables.filter((variable) => !named.has(variable) && !STANDARD_VARIABLES.has(variable));
    if (unused.length > 0) ctx.warn(binding.place, `binds ${JSON.stringify(binding.namespace)}: ${unused.join(", ")} ${unused.length === 1 ? "is" : "are"} named by no \`authentication\`; the servers do not read ${unused.length === 1 ? "it" : "them"}`);
  }
  return [...new Set(raw.binds.flatMap((binding) => binding.variables))].sort();
}

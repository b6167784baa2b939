import type { CredentialVariables } from "./tables.js";

/** Upstream credentials and addresses, from the environment only: never from tool arguments or requests. */
export interface Credentials {
  username: string;
  password: string;
  accountSid?: string;
  /** An OAuth2 bearer token, when the capability's authentication is `bearer`. */
  accessToken?: string;
  baseUrl?: string;
  /** Per API (by id): where a capability that consumes several APIs reaches each one. */
  baseUrls?: Record<string, string>;
}

export class CredentialsError extends Error {}

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Credentials from the variables a capability names (its `authentication`
 * through `binds`), else the standard ones: TWILIO_ACCOUNT_SID with
 * TWILIO_AUTH_TOKEN, or TWILIO_API_KEY with TWILIO_API_SECRET. TWILIO_BASE_URL
 * moves every upstream; TWILIO_BASE_URL_<API> (e.g. TWILIO_BASE_URL_FLEX_V1)
 * moves one API's.
 */
export function credentialsFromEnvironment(environment: Environment, declared?: CredentialVariables, apiIds: readonly string[] = []): Credentials {
  const addresses = upstreamAddresses(environment, apiIds);
  const declaredCredentials = fromDeclared(environment, declared);
  if (declaredCredentials !== undefined) return { ...declaredCredentials, ...addresses };
  try {
    return { ...standardCredentials(environment), ...addresses };
  } catch (error) {
    if (!(error instanceof CredentialsError) || declared === undefined) throw error;
    const names = Object.values(declared).join(" and ");
    throw new CredentialsError(`set ${names} (named by the capability), or ${error.message.replace(/^set /, "")}`);
  }
}

function fromDeclared(environment: Environment, declared: CredentialVariables | undefined): Omit<Credentials, "baseUrl" | "baseUrls"> | undefined {
  if (declared === undefined) return undefined;
  const accountSid = nonEmpty(environment["TWILIO_ACCOUNT_SID"]);
  if (declared.token !== undefined) {
    const token = nonEmpty(environment[declared.token]);
    return token === undefined ? undefined : { username: "", password: "", accessToken: token, ...(accountSid === undefined ? {} : { accountSid }) };
  }
  const username = declared.username === undefined ? undefined : nonEmpty(environment[declared.username]);
  const password = declared.password === undefined ? undefined : nonEmpty(environment[declared.password]);
  if (username === undefined || password === undefined) return undefined;
  // An API key (SK…) needs the account it belongs to.
  if (username.startsWith("SK") && accountSid === undefined) throw new CredentialsError(`${declared.username} holds an API key, which also needs TWILIO_ACCOUNT_SID`);
  return { username, password, ...(username.startsWith("SK") && accountSid !== undefined ? { accountSid } : {}) };
}

function standardCredentials(environment: Environment): Omit<Credentials, "baseUrl" | "baseUrls"> {
  const accountSid = nonEmpty(environment["TWILIO_ACCOUNT_SID"]);
  const apiKey = nonEmpty(environment["TWILIO_API_KEY"]);
  const apiSecret = nonEmpty(environment["TWILIO_API_SECRET"]);
  const authToken = nonEmpty(environment["TWILIO_AUTH_TOKEN"]);
  if (apiKey !== undefined && apiSecret !== undefined) {
    if (accountSid === undefined) throw new CredentialsError("TWILIO_API_KEY and TWILIO_API_SECRET also need TWILIO_ACCOUNT_SID");
    return { username: apiKey, password: apiSecret, accountSid };
  }
  if (accountSid !== undefined && authToken !== undefined) return { username: accountSid, password: authToken };
  throw new CredentialsError("set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY, TWILIO_API_SECRET and TWILIO_ACCOUNT_SID");
}

/** `flex-v1` → `TWILIO_BASE_URL_FLEX_V1`. */
export function baseUrlVariable(apiId: string): string {
  return `TWILIO_BASE_URL_${apiId.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}`;
}

function upstreamAddresses(environment: Environment, apiIds: readonly string[]): Pick<Credentials, "baseUrl" | "baseUrls"> {
  const addresses: Pick<Credentials, "baseUrl" | "baseUrls"> = {};
  const baseUrl = nonEmpty(environment["TWILIO_BASE_URL"]);
  if (baseUrl !== undefined) addresses.baseUrl = baseUrl;
  const perApi = apiIds.flatMap((api) => {
    const url = nonEmpty(environment[baseUrlVariable(api)]);
    return url === undefined ? [] : [[api, url] as const];
  });
  if (perApi.length > 0) addresses.baseUrls = Object.fromEntries(perApi);
  return addresses;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}

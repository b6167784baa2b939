/** Upstream credentials and address, from the environment only: never from tool arguments or requests. */
export interface Credentials {
  username: string;
  password: string;
  accountSid?: string;
  baseUrl?: string;
}

export class CredentialsError extends Error {}

export function credentialsFromEnvironment(environment: Readonly<Record<string, string | undefined>>): Credentials {
  const accountSid = nonEmpty(environment["TWILIO_ACCOUNT_SID"]);
  const apiKey = nonEmpty(environment["TWILIO_API_KEY"]);
  const apiSecret = nonEmpty(environment["TWILIO_API_SECRET"]);
  const authToken = nonEmpty(environment["TWILIO_AUTH_TOKEN"]);
  const baseUrl = nonEmpty(environment["TWILIO_BASE_URL"]);
  const withBase = <T extends Credentials>(credentials: T): T => (baseUrl === undefined ? credentials : { ...credentials, baseUrl });
  if (apiKey !== undefined && apiSecret !== undefined) {
    if (accountSid === undefined) throw new CredentialsError("TWILIO_API_KEY and TWILIO_API_SECRET also need TWILIO_ACCOUNT_SID");
    return withBase({ username: apiKey, password: apiSecret, accountSid });
  }
  if (accountSid !== undefined && authToken !== undefined) return withBase({ username: accountSid, password: authToken });
  throw new CredentialsError("set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY, TWILIO_API_SECRET and TWILIO_ACCOUNT_SID");
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}

/**
 * The helpers' results for given inputs, computed with nothing but the web platform, so that the
 * same module runs in Node, Bun, Deno and workerd. runtimes.test.ts bundles it with its inputs and
 * compares what each runtime prints with what twilio-node computes in Node; a runtime matrix can
 * reuse it the same way.
 */
import { Hono } from "hono";
import { getExpectedBodyHash, getExpectedBodyHashAsync, getExpectedTwilioSignature, jwt, validateRequest, validateRequestAsync, validateRequestWithBody, validateRequestWithBodyAsync, webhook } from "../../../templates/helpers/index.ts";

export interface SignatureInput {
  authToken: string;
  url: string;
  params: Record<string, string | string[]>;
  /** twilio-node's signature for the same URL and parameters. */
  signature: string;
}

export interface HelperInputs {
  nowMs: number;
  token: { accountSid: string; keySid: string; secret: string; identity: string; ttl: number; region: string; chatServiceSid: string; room: string };
  signatures: SignatureInput[];
  bodies: string[];
  /** A JSON webhook: its URL carries bodySHA256, its signature covers the URL alone. */
  jsonHook: { authToken: string; url: string; body: string; signature: string };
}

export interface HelperResults {
  tokens: string[];
  signatures: string[];
  accepted: boolean[];
  refusedWhenTampered: boolean[];
  bodyHashes: string[];
  jsonHook: boolean[];
  /** Status codes from webhook() in a Hono app: signed form post, tampered, unsigned. */
  honoStatuses: number[];
}

function tokensAt(inputs: HelperInputs): string[] {
  const { accountSid, keySid, secret, identity, ttl, region, chatServiceSid, room } = inputs.token;
  const token = new jwt.AccessToken(accountSid, keySid, secret, { identity, ttl, region });
  token.addGrant(new jwt.AccessToken.ChatGrant({ serviceSid: chatServiceSid }));
  token.addGrant(new jwt.AccessToken.VideoGrant({ room }));
  return [token.toJwt(), token.toJwt("HS512")];
}

async function honoStatuses(input: SignatureInput): Promise<number[]> {
  const app = new Hono();
  app.post("*", webhook(input.authToken), (c) => c.text("ok"));
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(input.params)) for (const item of [value].flat()) body.append(name, item);
  const post = (signature: string | undefined) => {
    const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded" };
    if (signature !== undefined) headers["X-Twilio-Signature"] = signature;
    return app.request(input.url, { method: "POST", headers, body: body.toString() });
  };
  return [(await post(input.signature)).status, (await post(`x${input.signature.slice(1)}`)).status, (await post(undefined)).status];
}

export async function helperResults(inputs: HelperInputs): Promise<HelperResults> {
  const realNow = Date.now;
  Date.now = () => inputs.nowMs;
  let tokens: string[];
  let asyncToken: string;
  try {
    tokens = tokensAt(inputs);
    const { accountSid, keySid, secret, identity, ttl, region } = inputs.token;
    asyncToken = await new jwt.AccessToken(accountSid, keySid, secret, { identity, ttl, region }).toJwtAsync();
  } finally {
    Date.now = realNow;
  }
  const accepted: boolean[] = [];
  const refusedWhenTampered: boolean[] = [];
  for (const { authToken, url, params, signature } of inputs.signatures) {
    accepted.push(validateRequest(authToken, signature, url, params), await validateRequestAsync(authToken, signature, url, params));
    const tampered = `${signature.slice(0, -2)}${signature.endsWith("A=") ? "B=" : "A="}`;
    refusedWhenTampered.push(!validateRequest(authToken, tampered, url, params), !(await validateRequestAsync(authToken, tampered, url, params)));
  }
  const { jsonHook } = inputs;
  return {
    tokens: [...tokens, asyncToken],
    signatures: inputs.signatures.map(({ authToken, url, params }) => getExpectedTwilioSignature(authToken, url, params)),
    accepted,
    refusedWhenTampered,
    bodyHashes: [...inputs.bodies.map((body) => getExpectedBodyHash(body)), ...(await Promise.all(inputs.bodies.map((body) => getExpectedBodyHashAsync(body))))],
    jsonHook: [validateRequestWithBody(jsonHook.authToken, jsonHook.signature, jsonHook.url, jsonHook.body), await validateRequestWithBodyAsync(jsonHook.authToken, jsonHook.signature, jsonHook.url, jsonHook.body)],
    honoStatuses: await honoStatuses(inputs.signatures[0]!),
  };
}

// The runtime-matrix suite: plain ES module JavaScript, so every runtime runs the
// same file. It only drives the client and reports what it saw; the vitest side
// (matrix.test.ts) owns the upstream and every assertion.
export const ACCOUNT = `AC${"a".repeat(32)}`;
export const SIDS = { user: `US${"1".repeat(32)}`, missing: `US${"4".repeat(32)}`, slow: `US${"5".repeat(32)}` };

async function failure(promise) {
  try {
    await promise;
    return null;
  } catch (error) {
    // DOMExceptions carry a legacy numeric `code` too: only a Twilio answer's code is reported.
    return error?.status === undefined ? { name: error?.name } : { name: error.name, status: error.status, code: error.code };
  }
}

export const HELPER_INPUTS = {
  apiKey: `SK${"b".repeat(32)}`,
  apiSecret: "api-secret",
  serviceSid: `IS${"c".repeat(32)}`,
  authToken: "12345",
  url: "https://example.com:443/hook?b=2&a=1",
  params: { To: "+15551230000", Body: "héllo ✓", From: "+15559870000" },
};

/** An AccessToken and webhook signatures, through the default export as twilio-node's, and the Web Crypto twins (named exports). */
async function helpers(twilio, module) {
  const { AccessToken } = twilio.jwt;
  const token = new AccessToken(ACCOUNT, HELPER_INPUTS.apiKey, HELPER_INPUTS.apiSecret, { identity: "ada", ttl: 600 });
  token.addGrant(new AccessToken.ChatGrant({ serviceSid: HELPER_INPUTS.serviceSid }));
  const signature = twilio.getExpectedTwilioSignature(HELPER_INPUTS.authToken, HELPER_INPUTS.url, HELPER_INPUTS.params);
  return {
    jwt: token.toJwt(),
    jwtAsync: await token.toJwtAsync(),
    signature,
    valid: twilio.validateRequest(HELPER_INPUTS.authToken, signature, HELPER_INPUTS.url, HELPER_INPUTS.params),
    validAsync: await module.validateRequestAsync(HELPER_INPUTS.authToken, signature, HELPER_INPUTS.url, HELPER_INPUTS.params),
    tampered: twilio.validateRequest(HELPER_INPUTS.authToken, signature, HELPER_INPUTS.url, { ...HELPER_INPUTS.params, Body: "changed" }),
  };
}

/** `module`: the package's namespace (default export `twilio`, named `RestException`). */
export async function runSuite(module, baseUrl) {
  const twilio = module.default;
  const client = (options = {}) => twilio(ACCOUNT, "token", { baseUrl, ...options });
  const users = client().conversations.v1.users;
  const report = {};
  const created = await users.create({ identity: "ada" });
  report.created = { sid: created.sid, identity: created.identity, dateCreated: created.dateCreated instanceof Date };
  report.fetched = (await users(created.sid).fetch()).identity;
  report.updated = (await created.update({ friendlyName: "Ada" })).friendlyName;
  report.removed = await users(created.sid).remove();
  report.paged = [];
  for await (const user of users.iterate({ pageSize: 2 })) {
    report.paged.push(user.identity);
    if (report.paged.length === 3) break;
  }
  report.restException = await failure(users(SIDS.missing).fetch());
  try {
    await users(SIDS.missing).fetch();
  } catch (error) {
    report.isRestException = error instanceof module.RestException;
  }
  report.timeout = await failure(client({ timeout: 150 }).conversations.v1.users(SIDS.slow).fetch());
  const controller = new AbortController();
  const aborted = users(SIDS.slow).fetch({ signal: controller.signal });
  setTimeout(() => controller.abort(), 30);
  report.abort = await failure(aborted);
  report.retried = (await client({ autoRetry: true }).conversations.v1.roles.list()).map((role) => role.friendlyName);
  if (typeof twilio.Twilio === "function") {
    const aggregate = client();
    report.aggregate = {
      isTwilio: aggregate instanceof twilio.Twilio,
      shortcut: (await aggregate.conversations.users.list({ limit: 1 })).length,
      flex: typeof aggregate.flexApi.v1.configuration,
    };
    report.helpers = await helpers(twilio, module);
  }
  return report;
}

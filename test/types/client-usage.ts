// Type tests for the generated clients: every line marked @ts-expect-error must be an error,
// and every other line must compile. Checked by test/client/typecheck.test.ts.
import twilio, { type UserInstance } from "../../generated/conversations-v1/dist/index.js";
import flex from "../../generated/flex-v1/dist/index.js";

const client = twilio("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "token", { timeout: 5_000, autoRetry: true });
const users = client.conversations.v1.users;

export async function allowed(): Promise<void> {
  const created: UserInstance = await users.create({ identity: "ada", friendlyName: "Ada", xTwilioWebhookEnabled: "true" });
  const when: Date | null | undefined = created.dateCreated;
  const removed: boolean = await users("US1").remove();
  await users("US1").update({ roleSid: "RL1" }, { signal: AbortSignal.timeout(1_000) });
  await client.conversations.v1.configuration().fetch();
  await client.conversations.v1.configuration.webhooks().update({ filters: ["onMessageAdded"] });
  await client.conversations.v1.services("IS1").configuration.notifications().fetch();
  await client.conversations.v1.services("IS1").conversations("CH1").messages("IM1").deliveryReceipts.list({ limit: 5 });
  await client.conversations.v1.conversations.create({ "timers.inactive": "PT1M", state: "active" });
  for await (const item of users.iterate({ pageSize: 10 })) void item.identity;
  await flex(undefined, undefined).flexApi.v1.interaction.create({ channel: { type: "sms" } });
  void when;
  void removed;
}

export async function refused(): Promise<void> {
  // @ts-expect-error identity is required
  await users.create({});
  // @ts-expect-error unknown option name
  await users.create({ identity: "ada", nickname: "x" });
  // @ts-expect-error state is an enum
  await client.conversations.v1.conversations.create({ state: "paused" });
  // @ts-expect-error a list has no fetch
  await users.fetch();
  // @ts-expect-error an instance needs its sid
  users();
  // @ts-expect-error a singleton takes no sid
  client.conversations.v1.configuration("CF1");
  // @ts-expect-error remove resolves a boolean
  const text: string = await users("US1").remove();
  // @ts-expect-error fields are typed
  const count: number = (await users("US1").fetch()).identity;
  // @ts-expect-error the flex client has no conversations
  void flex("AC1", "t").conversations;
  void text;
  void count;
}

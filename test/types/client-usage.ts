// Type tests for the generated clients: every line marked @ts-expect-error must be an error,
// and every other line must compile. Checked by test/client/typecheck.test.ts.
import twilio, { type ApiResponse, type ConversationInstance, type UserContext, type UserContextUpdateOptions, type UserInstance, type UserListInstance, type UserListInstanceCreateOptions, type UserListInstanceOptions, type UserPage, type UserWebhookEnabledType } from "../../generated/conversations-v1/dist/index.js";
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

/** twilio-typed code: twilio-node's names, field types, child methods, callback forms and *WithHttpInfo. */
export async function asTwilioWrites(): Promise<void> {
  const list: UserListInstance = users;
  const webhooks: UserWebhookEnabledType = "true";
  const options: UserListInstanceCreateOptions = { identity: "ada", xTwilioWebhookEnabled: webhooks };
  const user: UserInstance = await list.create(options);
  const context: UserContext = list(user.sid);
  const update: UserContextUpdateOptions = { friendlyName: "Ada" };
  await context.update(update, (error: Error | null, item?: UserInstance) => void [error, item]);
  const filter: UserListInstanceOptions = { limit: 5 };
  await list.list(filter, (error: Error | null, items: UserInstance[]) => void [error, items]);
  await list.list((error, items) => void [error, items.length]);
  const page: UserPage = await list.page();
  const info: ApiResponse<UserInstance> = await context.fetchWithHttpInfo();
  const status: number = info.statusCode;
  const created: Date = user.dateCreated;
  const links: Record<string, string> = user.links;
  await user.userConversations().list();
  const conversation: ConversationInstance = await client.conversations.v1.conversations("CH1").fetch();
  const inactive: string = conversation.timers.dateInactive;
  await conversation.messages().create({ body: "hi" });
  void [page, status, created, links, inactive, context.toJSON(), user.toJSON().identity];
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
  // @ts-expect-error a context's children are properties, as twilio-node's
  users("US1").userConversations();
  // @ts-expect-error an instance's children are methods, as twilio-node's
  await (await users("US1").fetch()).userConversations.list();
  // @ts-expect-error create takes its required options before a callback
  await users.create((error) => void error);
  void text;
  void count;
}

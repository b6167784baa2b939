import { RestException as ConversationsV1RestException } from "@twilio-codegen/conversations-v1";
import type { ConversationsV1 as ConversationsV1 } from "@twilio-codegen/conversations-v1";
import type { FlexV1 as FlexV1 } from "@twilio-codegen/flex-v1";
import type { ClientOptions } from "@twilio-codegen/conversations-v1";
import { TwilioBase } from "./runtime/index.js";
import { jwt, getExpectedBodyHash, getExpectedTwilioSignature, validateBody, validateExpressRequest, validateIncomingRequest, validateRequest, validateRequestWithBody, webhook } from "./helpers/index.js";
export * from "./helpers/index.js";
export type { ClientOptions, ClientOptions as ClientOpts };
export type { ConversationsV1 };
export type { FlexV1 };
/** Twilio's conversations domain (conversations.twilio.com). */
export interface Conversations {
    readonly v1: ConversationsV1;
    /** @deprecated Use v1.addressConfigurations instead. */
    readonly addressConfigurations: ConversationsV1["addressConfigurations"];
    /** @deprecated Use v1.configuration instead. */
    readonly configuration: ConversationsV1["configuration"];
    /** @deprecated Use v1.conversationWithParticipants instead. */
    readonly conversationWithParticipants: ConversationsV1["conversationWithParticipants"];
    /** @deprecated Use v1.conversations instead. */
    readonly conversations: ConversationsV1["conversations"];
    /** @deprecated Use v1.credentials instead. */
    readonly credentials: ConversationsV1["credentials"];
    /** @deprecated Use v1.participantConversations instead. */
    readonly participantConversations: ConversationsV1["participantConversations"];
    /** @deprecated Use v1.roles instead. */
    readonly roles: ConversationsV1["roles"];
    /** @deprecated Use v1.services instead. */
    readonly services: ConversationsV1["services"];
    /** @deprecated Use v1.users instead. */
    readonly users: ConversationsV1["users"];
}
/** Twilio's flexApi domain (flex-api.twilio.com). */
export interface FlexApi {
    readonly v1: FlexV1;
    /** @deprecated Use v1.assessments instead. */
    readonly assessments: FlexV1["assessments"];
    /** @deprecated Use v1.channel instead. */
    readonly channel: FlexV1["channel"];
    /** @deprecated Use v1.configuration instead. */
    readonly configuration: FlexV1["configuration"];
    /** @deprecated Use v1.flexFlow instead. */
    readonly flexFlow: FlexV1["flexFlow"];
    /** @deprecated Use v1.insightsAssessmentsComment instead. */
    readonly insightsAssessmentsComment: FlexV1["insightsAssessmentsComment"];
    /** @deprecated Use v1.insightsConversations instead. */
    readonly insightsConversations: FlexV1["insightsConversations"];
    /** @deprecated Use v1.insightsQuestionnaires instead. */
    readonly insightsQuestionnaires: FlexV1["insightsQuestionnaires"];
    /** @deprecated Use v1.insightsQuestionnairesCategory instead. */
    readonly insightsQuestionnairesCategory: FlexV1["insightsQuestionnairesCategory"];
    /** @deprecated Use v1.insightsQuestionnairesQuestion instead. */
    readonly insightsQuestionnairesQuestion: FlexV1["insightsQuestionnairesQuestion"];
    /** @deprecated Use v1.insightsSegments instead. */
    readonly insightsSegments: FlexV1["insightsSegments"];
    /** @deprecated Use v1.insightsSession instead. */
    readonly insightsSession: FlexV1["insightsSession"];
    /** @deprecated Use v1.insightsSettingsAnswerSets instead. */
    readonly insightsSettingsAnswerSets: FlexV1["insightsSettingsAnswerSets"];
    /** @deprecated Use v1.insightsSettingsComment instead. */
    readonly insightsSettingsComment: FlexV1["insightsSettingsComment"];
    /** @deprecated Use v1.insightsUserRoles instead. */
    readonly insightsUserRoles: FlexV1["insightsUserRoles"];
    /** @deprecated Use v1.interaction instead. */
    readonly interaction: FlexV1["interaction"];
    /** @deprecated Use v1.pluginConfigurations instead. */
    readonly pluginConfigurations: FlexV1["pluginConfigurations"];
    /** @deprecated Use v1.pluginReleases instead. */
    readonly pluginReleases: FlexV1["pluginReleases"];
    /** @deprecated Use v1.plugins instead. */
    readonly plugins: FlexV1["plugins"];
    /** @deprecated Use v1.provisioningStatus instead. */
    readonly provisioningStatus: FlexV1["provisioningStatus"];
    /** @deprecated Use v1.webChannel instead. */
    readonly webChannel: FlexV1["webChannel"];
}
/**
 * The Twilio client, with twilio-node's domains: `client.conversations.v1`.
 * Each domain is built the first time it is read, by its own package.
 */
export declare class Twilio extends TwilioBase<ClientOptions> {
    /** (Conversations) - conversations domain, once it has been read. */
    _conversations?: Conversations;
    /** (FlexApi) - flexApi domain, once it has been read. */
    _flexApi?: FlexApi;
    /** (Conversations) - conversations domain */
    get conversations(): Conversations;
    /** (FlexApi) - flexApi domain */
    get flexApi(): FlexApi;
}
/** Twilio's error answers from any of the APIs: `error instanceof RestException`. */
export declare const RestException: typeof ConversationsV1RestException;
/** The default export: twilio-node's callable `twilio(accountSid, authToken, opts)`, with its classes and helpers on it. */
export interface TwilioSDK {
    (accountSid?: string, authToken?: string, opts?: ClientOptions): Twilio;
    readonly Twilio: typeof Twilio;
    readonly RestException: typeof RestException;
    readonly jwt: typeof jwt;
    readonly getExpectedBodyHash: typeof getExpectedBodyHash;
    readonly getExpectedTwilioSignature: typeof getExpectedTwilioSignature;
    readonly validateBody: typeof validateBody;
    readonly validateExpressRequest: typeof validateExpressRequest;
    readonly validateIncomingRequest: typeof validateIncomingRequest;
    readonly validateRequest: typeof validateRequest;
    readonly validateRequestWithBody: typeof validateRequestWithBody;
    readonly webhook: typeof webhook;
}
declare const twilio: TwilioSDK;
export default twilio;
export { twilio };

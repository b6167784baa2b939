import conversationsV1 from "@twilio-codegen/conversations-v1";
import { RestException as ConversationsV1RestException } from "@twilio-codegen/conversations-v1";
import flexV1 from "@twilio-codegen/flex-v1";
import { RestException as FlexV1RestException } from "@twilio-codegen/flex-v1";
import { sharedRestException, TwilioBase } from "./runtime/index.js";
import {
  jwt,
  getExpectedBodyHash,
  getExpectedTwilioSignature,
  validateBody,
  validateExpressRequest,
  validateIncomingRequest,
  validateRequest,
  validateRequestWithBody,
  webhook
} from "./helpers/index.js";
export * from "./helpers/index.js";
const CONVERSATIONS_DOMAIN = {
  name: "conversations",
  versions: {
    v1: conversationsV1
  },
  shortcuts: {
    addressConfigurations: "v1",
    configuration: "v1",
    conversationWithParticipants: "v1",
    conversations: "v1",
    credentials: "v1",
    participantConversations: "v1",
    roles: "v1",
    services: "v1",
    users: "v1"
  }
};
const FLEX_API_DOMAIN = {
  name: "flexApi",
  versions: {
    v1: flexV1
  },
  shortcuts: {
    assessments: "v1",
    channel: "v1",
    configuration: "v1",
    flexFlow: "v1",
    insightsAssessmentsComment: "v1",
    insightsConversations: "v1",
    insightsQuestionnaires: "v1",
    insightsQuestionnairesCategory: "v1",
    insightsQuestionnairesQuestion: "v1",
    insightsSegments: "v1",
    insightsSession: "v1",
    insightsSettingsAnswerSets: "v1",
    insightsSettingsComment: "v1",
    insightsUserRoles: "v1",
    interaction: "v1",
    pluginConfigurations: "v1",
    pluginReleases: "v1",
    plugins: "v1",
    provisioningStatus: "v1",
    webChannel: "v1"
  }
};
class Twilio extends TwilioBase {
  /** (Conversations) - conversations domain, once it has been read. */
  _conversations;
  /** (FlexApi) - flexApi domain, once it has been read. */
  _flexApi;
  /** (Conversations) - conversations domain */
  get conversations() {
    return this._conversations ??= this.domain(CONVERSATIONS_DOMAIN);
  }
  /** (FlexApi) - flexApi domain */
  get flexApi() {
    return this._flexApi ??= this.domain(FLEX_API_DOMAIN);
  }
}
const RestException = sharedRestException(ConversationsV1RestException, [
  ConversationsV1RestException,
  FlexV1RestException
]);
function createTwilio(accountSid, authToken, opts) {
  return new Twilio(accountSid, authToken, opts);
}
const twilio = Object.assign(createTwilio, {
  Twilio,
  RestException,
  jwt,
  getExpectedBodyHash,
  getExpectedTwilioSignature,
  validateBody,
  validateExpressRequest,
  validateIncomingRequest,
  validateRequest,
  validateRequestWithBody,
  webhook
});
var index_default = twilio;
export {
  RestException,
  Twilio,
  index_default as default,
  twilio
};

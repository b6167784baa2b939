import type { CallOptions, Callback } from "./runtime/transport.js";
import type { EachOptions, ListOptions, Page } from "./runtime/paging.js";
import type { ApiResponse, ListCallback } from "./runtime/responses.js";
export type AiInsightsEnumTagGroup = "topics";
/** The status of the Flex onboarding. Can be: `ok`, `inprogress`,`notstarted`. */
export type ConfigurationEnumStatus = "ok" | "inprogress" | "notstarted";
/** The channel type. One of `web`, `facebook`, `sms`, `whatsapp`, `line` or `custom`. By default, Studio’s Send to Flex widget passes it on to the Task attributes for Tasks created based on this Flex Flow. The Task attributes will be used by the Flex UI to render the respective Task as appropriate (applying channel-specific design and length limits). If `channelType` is `facebook`, `whatsapp` or `line`, the Send to Flex widget should set the Task Channel to Programmable Chat. */
export type FlexFlowEnumChannelType = "web" | "sms" | "facebook" | "whatsapp" | "line" | "custom";
/** The software that will handle inbound messages. [Integration Type](https://www.twilio.com/docs/flex/developer/messaging/manage-flows#integration-types) can be: `studio`, `external`,  or `task`. */
export type FlexFlowEnumIntegrationType = "studio" | "external" | "task";
/** The metric this rule is associated with. */
export type FlexInsightsRulesEnumMetricId = "Active (Now)" | "Waiting (Now)" | "Available Agents (Now)" | "Offline Agents (Now)" | "Unavailable Agents (Now)" | "Abandoned (30 min)" | "Abandoned (Today)" | "Accepted (30 min)" | "Accepted (Today)" | "Avg. Speed of Answer (Today)" | "Avg. Handle Time (Today)" | "Missed Invitations (30 min)" | "Missed Invitations (Today)" | "SLA (30 min)" | "SLA (Today)" | "Longest Available Agent (Now)" | "Longest (Now)";
/** The minimum severity level that will trigger a notification. */
export type FlexInsightsRulesEnumNotifySeverity = "Critical" | "Warning";
/** The Webhook Method of Global Webhook Configuration. One of `POST` or `GET`. */
export type FlexMeetingCallbackEventsEnumWebhookMethod = "POST" | "GET";
export type FlexMeetingCallbackEventsEnumWebhookType = "global" | "interaction";
export type InsightsConversationalAiEnumGranularity = "days" | "weeks" | "months" | "quarters" | "years";
export type InsightsConversationalAiEnumName = "predictive_scores" | "channel_metrics" | "agent_metrics" | "queue_metrics" | "agents_csat_summary" | "topic_metrics" | "conversation_metrics" | "trend_metrics";
export type InsightsConversationalAiEnumScoreId = "~predicted-csat" | "~agent-experience" | "~customer-effort" | "~multitouch-risk";
export type InsightsConversationalAiEnumSortBy = "record_count" | "scored_count" | "total" | "mean" | "scored_mean" | "score";
export type InsightsConversationalAiEnumSortDirection = "asc" | "desc";
export type InsightsConversationalAiEnumTier = "Low" | "High" | "Neutral";
export type InsightsConversationalAiEnumType = "metrics" | "summary" | "trend";
export type InteractionChannelAppEnumStatus = "adding" | "active" | "pausing" | "paused" | "resuming" | "removing" | "removed" | "errored";
export type InteractionChannelAppEnumType = "transcription" | "studio" | "copilot";
/** The status of this channel. */
export type InteractionChannelEnumChannelStatus = "setup" | "active" | "failed" | "closed" | "inactive" | "pause" | "transfer";
/** The status of this channel. */
export type InteractionChannelEnumStatus = "closed" | "wrapup";
/**
 * The Interaction Channel's type. Can be: `sms`, `email`, `chat`, `whatsapp`, `web`, `messenger`, or `gbm`.
 *  **Note:** These can be different from the task channel type specified in the Routing attributes. Task channel type corresponds to channel capacity while this channel type is the actual media type
 */
export type InteractionChannelEnumType = "voice" | "sms" | "email" | "web" | "whatsapp" | "chat" | "messenger" | "gbm";
export type InteractionChannelEnumUpdateChannelStatus = "closed" | "inactive";
export type InteractionChannelInviteEnumAction = "accept" | "decline";
export type InteractionChannelInviteEnumType = "taskrouter";
export type InteractionChannelParticipantEnumStatus = "closed" | "wrapup";
/** Participant type. Can be: `agent`, `customer`, `supervisor`, `external`, `unknown` */
export type InteractionChannelParticipantEnumType = "supervisor" | "customer" | "external" | "agent" | "unknown";
/** The status of the Transfer. Can be: `active`, `completed`, `failed`. */
export type InteractionTransferEnumTransferStatus = "active" | "failed" | "completed";
/** The type of the Transfer. Can be: `cold`, `warm`. */
export type InteractionTransferEnumTransferType = "warm" | "cold" | "external";
/** Email Provisioning Status */
export type ProvisioningStatusEnumStatus = "active" | "in-progress" | "not-configured" | "failed";
export type TransferEnumTransferStatus = "active" | "failed" | "completed";
export type TransferEnumTransferType = "warm" | "cold" | "external";
export type WebChannelEnumChatStatus = "inactive";
/** An object field of a response. twilio-node declares these as `any`, so reads such as `conversation.timers.dateInactive` compile; only `any` accepts those programs. */
export type TwilioObject = any;
/** What `twilio(accountSid, authToken)` returns: `client.flexApi.v1`. */
export interface TwilioClient {
    readonly flexApi: {
        readonly v1: FlexV1;
    };
}
/** Twilio - Flex */
export interface FlexV1 {
    readonly assessments: InsightsAssessmentsListInstance;
    /** Flex chat channels */
    readonly channel: ChannelListInstance;
    /** Configuration for a Flex instance */
    readonly configuration: ConfigurationListInstance;
    /** Flex Flow */
    readonly flexFlow: FlexFlowListInstance;
    readonly insightsAssessmentsComment: InsightsAssessmentsCommentListInstance;
    readonly insightsConversations: InsightsConversationsListInstance;
    readonly insightsQuestionnaires: InsightsQuestionnairesListInstance;
    readonly insightsQuestionnairesCategory: InsightsQuestionnairesCategoryListInstance;
    readonly insightsQuestionnairesQuestion: InsightsQuestionnairesQuestionListInstance;
    readonly insightsSegments: InsightsSegmentsListInstance;
    readonly insightsSession: InsightsSessionListInstance;
    readonly insightsSettingsAnswerSets: InsightsSettingsAnswersetsListInstance;
    readonly insightsSettingsComment: InsightsSettingsCommentListInstance;
    readonly insightsUserRoles: InsightsUserRolesListInstance;
    readonly interaction: InteractionListInstance;
    readonly pluginConfigurations: PluginConfigurationListInstance;
    readonly pluginReleases: PluginReleaseListInstance;
    readonly plugins: PluginListInstance;
    /** Status for email provisioning */
    readonly provisioningStatus: ProvisioningStatusListInstance;
    readonly webChannel: WebChannelListInstance;
    readonly pluginConfigurationArchive: PluginConfigurationArchiveRootListInstance;
    readonly pluginArchive: PluginArchiveRootListInstance;
    readonly pluginVersionArchive: PluginVersionArchiveRootListInstance;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface InsightsAssessmentsFields {
    /** The unique SID identifier of the Account. */
    accountSid: string;
    /** The SID of the assessment */
    assessmentSid: string;
    /** Offset of the conversation */
    offset: string;
    /** The flag indicating if this assessment is part of report */
    report: boolean;
    /** The weightage given to this comment */
    weight: string;
    /** The id of the Agent */
    agentId: string;
    /** Segment Id of conversation */
    segmentId: string;
    /** The name of the user. */
    userName: string;
    /** The email id of the user. */
    userEmail: string;
    /** The answer text selected by user */
    answerText: string;
    /** The id of the answer selected by user */
    answerId: string;
    /** Assessment Details associated with an assessment */
    assessment: TwilioObject;
    timestamp: string;
    url: string;
}
export interface InsightsAssessmentsContext {
    /** Update a specific Assessment assessed earlier */
    update(params: InsightsAssessmentsUpdateOptions, options?: CallOptions | Callback<InsightsAssessmentsInstance>): Promise<InsightsAssessmentsInstance>;
    /** Update a specific Assessment assessed earlier */
    updateWithHttpInfo(params: InsightsAssessmentsUpdateOptions, options?: CallOptions | Callback<ApiResponse<InsightsAssessmentsInstance>>): Promise<ApiResponse<InsightsAssessmentsInstance>>;
    toJSON(): Record<string, string>;
}
export interface InsightsAssessmentsInstance extends InsightsAssessmentsFields {
    /** Update a specific Assessment assessed earlier */
    update(params: InsightsAssessmentsUpdateOptions, options?: CallOptions | Callback<InsightsAssessmentsInstance>): Promise<InsightsAssessmentsInstance>;
    /** Update a specific Assessment assessed earlier */
    updateWithHttpInfo(params: InsightsAssessmentsUpdateOptions, options?: CallOptions | Callback<ApiResponse<InsightsAssessmentsInstance>>): Promise<ApiResponse<InsightsAssessmentsInstance>>;
    toJSON(): InsightsAssessmentsFields;
}
export interface InsightsAssessmentsListOptions extends ListOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
    /** The id of the segment. */
    segmentId?: string;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface InsightsAssessmentsCreateOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
    /** The SID of the category */
    categorySid: string;
    /** The name of the category */
    categoryName: string;
    /** Segment Id of the conversation */
    segmentId: string;
    /** The id of the Agent */
    agentId: string;
    /** The offset of the conversation. */
    offset: number;
    /** The question SID selected for assessment */
    metricId: string;
    /** The question name of the assessment */
    metricName: string;
    /** The answer text selected by user */
    answerText: string;
    /** The id of the answer selected by user */
    answerId: string;
    /** Questionnaire SID of the associated question */
    questionnaireSid: string;
}
export interface InsightsAssessmentsUpdateOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
    /** The offset of the conversation */
    offset: number;
    /** The answer text selected by user */
    answerText: string;
    /** The id of the answer selected by user */
    answerId: string;
}
export interface InsightsAssessmentsListInstance {
    (sid: string): InsightsAssessmentsContext;
    get(sid: string): InsightsAssessmentsContext;
    /** Add assessments against conversation to dynamo db. Used in assessments screen by user. Users can select the questionnaire and pick up answers for each and every question. */
    create(params: InsightsAssessmentsCreateOptions, options?: CallOptions | Callback<InsightsAssessmentsInstance>): Promise<InsightsAssessmentsInstance>;
    /** Add assessments against conversation to dynamo db. Used in assessments screen by user. Users can select the questionnaire and pick up answers for each and every question. */
    createWithHttpInfo(params: InsightsAssessmentsCreateOptions, options?: CallOptions | Callback<ApiResponse<InsightsAssessmentsInstance>>): Promise<ApiResponse<InsightsAssessmentsInstance>>;
    list(callback?: ListCallback<InsightsAssessmentsInstance[]>): Promise<InsightsAssessmentsInstance[]>;
    list(params: InsightsAssessmentsListOptions, options?: CallOptions | ListCallback<InsightsAssessmentsInstance[]>): Promise<InsightsAssessmentsInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<InsightsAssessmentsInstance[]>>): Promise<ApiResponse<InsightsAssessmentsInstance[]>>;
    listWithHttpInfo(params: InsightsAssessmentsListOptions, options?: CallOptions | ListCallback<ApiResponse<InsightsAssessmentsInstance[]>>): Promise<ApiResponse<InsightsAssessmentsInstance[]>>;
    page(callback?: ListCallback<Page<InsightsAssessmentsInstance>>): Promise<Page<InsightsAssessmentsInstance>>;
    page(params: InsightsAssessmentsListOptions, options?: CallOptions | ListCallback<Page<InsightsAssessmentsInstance>>): Promise<Page<InsightsAssessmentsInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<InsightsAssessmentsInstance>>>): Promise<ApiResponse<Page<InsightsAssessmentsInstance>>>;
    pageWithHttpInfo(params: InsightsAssessmentsListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<InsightsAssessmentsInstance>>>): Promise<ApiResponse<Page<InsightsAssessmentsInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<InsightsAssessmentsInstance>>): Promise<Page<InsightsAssessmentsInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<InsightsAssessmentsInstance>>>): Promise<ApiResponse<Page<InsightsAssessmentsInstance>>>;
    each(callback?: (item: InsightsAssessmentsInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: InsightsAssessmentsListOptions & EachOptions<InsightsAssessmentsInstance>, callback?: (item: InsightsAssessmentsInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: InsightsAssessmentsInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: InsightsAssessmentsListOptions & EachOptions<InsightsAssessmentsInstance>, callback?: (item: InsightsAssessmentsInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: InsightsAssessmentsListOptions, options?: CallOptions): AsyncGenerator<InsightsAssessmentsInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ChannelFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Channel resource and owns this Workflow. */
    accountSid: string;
    /** The SID of the Flex Flow. */
    flexFlowSid: string;
    /** The unique string that we created to identify the Channel resource. */
    sid: string;
    /** The SID of the chat user. */
    userSid: string;
    /** The SID of the TaskRouter Task. Only valid when integration type is `task`. `null` for integration types `studio` & `external` */
    taskSid: string;
    /** The absolute URL of the Flex chat channel resource. */
    url: string;
    /** The date and time in GMT when the Flex chat channel was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated: Date;
    /** The date and time in GMT when the Flex chat channel was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateUpdated: Date;
}
export interface ChannelContext {
    fetch(options?: CallOptions | Callback<ChannelInstance>): Promise<ChannelInstance>;
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ChannelInstance>>): Promise<ApiResponse<ChannelInstance>>;
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
/** Flex chat channels */
export interface ChannelInstance extends ChannelFields {
    fetch(options?: CallOptions | Callback<ChannelInstance>): Promise<ChannelInstance>;
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ChannelInstance>>): Promise<ApiResponse<ChannelInstance>>;
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): ChannelFields;
}
export interface ChannelListOptions extends ListOptions {
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface ChannelCreateOptions {
    /** The SID of the Flex Flow. */
    flexFlowSid: string;
    /** The `identity` value that uniquely identifies the new resource's chat User. */
    identity: string;
    /** The chat participant's friendly name. */
    chatUserFriendlyName: string;
    /** The chat channel's friendly name. */
    chatFriendlyName: string;
    /** The Target Contact Identity, for example the phone number of an SMS. */
    target?: string;
    /** The chat channel's unique name. */
    chatUniqueName?: string;
    /** The pre-engagement data. */
    preEngagementData?: string;
    /** The SID of the TaskRouter Task. Only valid when integration type is `task`. `null` for integration types `studio` & `external` */
    taskSid?: string;
    /** The Task attributes to be added for the TaskRouter Task. */
    taskAttributes?: string;
    /** Whether to create the channel as long-lived. */
    longLived?: boolean;
}
/** Flex chat channels */
export interface ChannelListInstance {
    (sid: string): ChannelContext;
    get(sid: string): ChannelContext;
    create(params: ChannelCreateOptions, options?: CallOptions | Callback<ChannelInstance>): Promise<ChannelInstance>;
    createWithHttpInfo(params: ChannelCreateOptions, options?: CallOptions | Callback<ApiResponse<ChannelInstance>>): Promise<ApiResponse<ChannelInstance>>;
    list(callback?: ListCallback<ChannelInstance[]>): Promise<ChannelInstance[]>;
    list(params: ChannelListOptions, options?: CallOptions | ListCallback<ChannelInstance[]>): Promise<ChannelInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<ChannelInstance[]>>): Promise<ApiResponse<ChannelInstance[]>>;
    listWithHttpInfo(params: ChannelListOptions, options?: CallOptions | ListCallback<ApiResponse<ChannelInstance[]>>): Promise<ApiResponse<ChannelInstance[]>>;
    page(callback?: ListCallback<Page<ChannelInstance>>): Promise<Page<ChannelInstance>>;
    page(params: ChannelListOptions, options?: CallOptions | ListCallback<Page<ChannelInstance>>): Promise<Page<ChannelInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<ChannelInstance>>>): Promise<ApiResponse<Page<ChannelInstance>>>;
    pageWithHttpInfo(params: ChannelListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<ChannelInstance>>>): Promise<ApiResponse<Page<ChannelInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<ChannelInstance>>): Promise<Page<ChannelInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<ChannelInstance>>>): Promise<ApiResponse<Page<ChannelInstance>>>;
    each(callback?: (item: ChannelInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: ChannelListOptions & EachOptions<ChannelInstance>, callback?: (item: ChannelInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: ChannelInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: ChannelListOptions & EachOptions<ChannelInstance>, callback?: (item: ChannelInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ChannelListOptions, options?: CallOptions): AsyncGenerator<ChannelInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ConfigurationFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Configuration resource. */
    accountSid: string;
    /** The date and time in GMT when the Configuration resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated: Date;
    /** The date and time in GMT when the Configuration resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateUpdated: Date;
    /** An object that contains application-specific data. */
    attributes: TwilioObject;
    status: ConfigurationEnumStatus;
    /** The SID of the TaskRouter Workspace. */
    taskrouterWorkspaceSid: string;
    /** The SID of the TaskRouter target Workflow. */
    taskrouterTargetWorkflowSid: string;
    /** The SID of the TaskRouter Target TaskQueue. */
    taskrouterTargetTaskqueueSid: string;
    /** The list of TaskRouter TaskQueues. */
    taskrouterTaskqueues: Array<TwilioObject>;
    /** The Skill description for TaskRouter workers. */
    taskrouterSkills: Array<TwilioObject>;
    /** The TaskRouter default channel capacities and availability for workers. */
    taskrouterWorkerChannels: TwilioObject;
    /** The TaskRouter Worker attributes. */
    taskrouterWorkerAttributes: TwilioObject;
    /** The TaskRouter SID of the offline activity. */
    taskrouterOfflineActivitySid: string;
    /** The URL where the Flex instance is hosted. */
    runtimeDomain: string;
    /** The SID of the Messaging service instance. */
    messagingServiceInstanceSid: string;
    /** The SID of the chat service this user belongs to. */
    chatServiceInstanceSid: string;
    /** The SID of the Flex service instance. */
    flexServiceInstanceSid: string;
    /** The SID of the Flex instance. */
    flexInstanceSid: string;
    /** The primary language of the Flex UI. */
    uiLanguage: string;
    /** The object that describes Flex UI characteristics and settings. */
    uiAttributes: TwilioObject;
    /** The object that defines the NPM packages and versions to be used in Hosted Flex. */
    uiDependencies: TwilioObject;
    /** The Pinned UI version. */
    uiVersion: string;
    /** The Flex Service version. */
    serviceVersion: string;
    /** Whether call recording is enabled. */
    callRecordingEnabled: boolean;
    /** The call recording webhook URL. */
    callRecordingWebhookUrl: string;
    /** Whether CRM is present for Flex. */
    crmEnabled: boolean;
    /** The CRM type. */
    crmType: string;
    /** The CRM Callback URL. */
    crmCallbackUrl: string;
    /** The CRM Fallback URL. */
    crmFallbackUrl: string;
    /** An object that contains the CRM attributes. */
    crmAttributes: TwilioObject;
    /** The list of public attributes, which are visible to unauthenticated clients. */
    publicAttributes: TwilioObject;
    /** Whether the plugin service enabled. */
    pluginServiceEnabled: boolean;
    /** The plugin service attributes. */
    pluginServiceAttributes: TwilioObject;
    /** A list of objects that contain the configurations for the Integrations supported in this configuration. */
    integrations: Array<TwilioObject>;
    /** The list of outbound call flows. */
    outboundCallFlows: TwilioObject;
    /** The list of serverless service SIDs. */
    serverlessServiceSids: Array<string>;
    /** Configurable parameters for Queues Statistics. */
    queueStatsConfiguration: TwilioObject;
    /** Configurable parameters for Notifications. */
    notifications: TwilioObject;
    /** Configurable parameters for Markdown. */
    markdown: TwilioObject;
    /** The absolute URL of the Configuration resource. */
    url: string;
    /** Object with enabled/disabled flag with list of workspaces. */
    flexInsightsHr: TwilioObject;
    /** Setting this to true will redirect Flex UI to the URL set in flex_url */
    flexInsightsDrilldown: boolean;
    /** URL to redirect to in case drilldown is enabled. */
    flexUrl: string;
    /** Settings for different limits for Flex Conversations channels attachments. */
    channelConfigs: Array<TwilioObject>;
    /** Configurable parameters for Debugger Integration. */
    debuggerIntegration: TwilioObject;
    /** Configurable parameters for Flex UI Status report. */
    flexUiStatusReport: TwilioObject;
    /** Agent conversation end methods. */
    agentConvEndMethods: TwilioObject;
    /** Citrix voice vdi configuration and settings. */
    citrixVoiceVdi: TwilioObject;
    /** Presence and presence ttl configuration */
    offlineConfig: TwilioObject;
}
export interface ConfigurationContext {
    fetch(callback?: Callback<ConfigurationInstance>): Promise<ConfigurationInstance>;
    fetch(params: ConfigurationFetchOptions, options?: CallOptions | Callback<ConfigurationInstance>): Promise<ConfigurationInstance>;
    fetchWithHttpInfo(callback?: Callback<ApiResponse<ConfigurationInstance>>): Promise<ApiResponse<ConfigurationInstance>>;
    fetchWithHttpInfo(params: ConfigurationFetchOptions, options?: CallOptions | Callback<ApiResponse<ConfigurationInstance>>): Promise<ApiResponse<ConfigurationInstance>>;
    update(callback?: Callback<ConfigurationInstance>): Promise<ConfigurationInstance>;
    update(params: ConfigurationUpdateOptions, options?: CallOptions | Callback<ConfigurationInstance>): Promise<ConfigurationInstance>;
    update(params: ConfigurationUpdateOptions, headers: Record<string, string> | undefined, callback?: Callback<ConfigurationInstance>): Promise<ConfigurationInstance>;
    updateWithHttpInfo(callback?: Callback<ApiResponse<ConfigurationInstance>>): Promise<ApiResponse<ConfigurationInstance>>;
    updateWithHttpInfo(params: ConfigurationUpdateOptions, options?: CallOptions | Callback<ApiResponse<ConfigurationInstance>>): Promise<ApiResponse<ConfigurationInstance>>;
    updateWithHttpInfo(params: ConfigurationUpdateOptions, headers: Record<string, string> | undefined, callback?: Callback<ApiResponse<ConfigurationInstance>>): Promise<ApiResponse<ConfigurationInstance>>;
    toJSON(): Record<string, string>;
}
/** Configuration for a Flex instance */
export interface ConfigurationInstance extends ConfigurationFields {
    fetch(callback?: Callback<ConfigurationInstance>): Promise<ConfigurationInstance>;
    fetch(params: ConfigurationFetchOptions, options?: CallOptions | Callback<ConfigurationInstance>): Promise<ConfigurationInstance>;
    fetchWithHttpInfo(callback?: Callback<ApiResponse<ConfigurationInstance>>): Promise<ApiResponse<ConfigurationInstance>>;
    fetchWithHttpInfo(params: ConfigurationFetchOptions, options?: CallOptions | Callback<ApiResponse<ConfigurationInstance>>): Promise<ApiResponse<ConfigurationInstance>>;
    update(callback?: Callback<ConfigurationInstance>): Promise<ConfigurationInstance>;
    update(params: ConfigurationUpdateOptions, options?: CallOptions | Callback<ConfigurationInstance>): Promise<ConfigurationInstance>;
    update(params: ConfigurationUpdateOptions, headers: Record<string, string> | undefined, callback?: Callback<ConfigurationInstance>): Promise<ConfigurationInstance>;
    updateWithHttpInfo(callback?: Callback<ApiResponse<ConfigurationInstance>>): Promise<ApiResponse<ConfigurationInstance>>;
    updateWithHttpInfo(params: ConfigurationUpdateOptions, options?: CallOptions | Callback<ApiResponse<ConfigurationInstance>>): Promise<ApiResponse<ConfigurationInstance>>;
    updateWithHttpInfo(params: ConfigurationUpdateOptions, headers: Record<string, string> | undefined, callback?: Callback<ApiResponse<ConfigurationInstance>>): Promise<ApiResponse<ConfigurationInstance>>;
    toJSON(): ConfigurationFields;
}
export interface ConfigurationFetchOptions {
    /** The Pinned UI version of the Configuration resource to fetch. */
    uiVersion?: string;
}
export interface ConfigurationUpdateOptions {
    [field: string]: unknown;
}
/** Configuration for a Flex instance */
export interface ConfigurationListInstance {
    (): ConfigurationContext;
    get(): ConfigurationContext;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface FlexFlowFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Flow resource and owns this Workflow. */
    accountSid: string;
    /** The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated: Date;
    /** The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateUpdated: Date;
    /** The unique string that we created to identify the Flex Flow resource. */
    sid: string;
    /** The string that you assigned to describe the resource. */
    friendlyName: string;
    /** The SID of the chat service. */
    chatServiceSid: string;
    channelType: FlexFlowEnumChannelType;
    /** The channel contact's Identity. */
    contactIdentity: string;
    /** Whether the Flex Flow is enabled. */
    enabled: boolean;
    integrationType: FlexFlowEnumIntegrationType;
    /** An object that contains specific parameters for the integration. */
    integration: TwilioObject;
    /** When enabled, Flex will keep the chat channel active so that it may be used for subsequent interactions with a contact identity. Defaults to `false`. */
    longLived: boolean;
    /** When enabled, the Messaging Channel Janitor will remove active Proxy sessions if the associated Task is deleted outside of the Flex UI. Defaults to `false`. */
    janitorEnabled: boolean;
    /** The absolute URL of the Flex Flow resource. */
    url: string;
}
export interface FlexFlowContext {
    fetch(options?: CallOptions | Callback<FlexFlowInstance>): Promise<FlexFlowInstance>;
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<FlexFlowInstance>>): Promise<ApiResponse<FlexFlowInstance>>;
    update(callback?: Callback<FlexFlowInstance>): Promise<FlexFlowInstance>;
    update(params: FlexFlowUpdateOptions, options?: CallOptions | Callback<FlexFlowInstance>): Promise<FlexFlowInstance>;
    updateWithHttpInfo(callback?: Callback<ApiResponse<FlexFlowInstance>>): Promise<ApiResponse<FlexFlowInstance>>;
    updateWithHttpInfo(params: FlexFlowUpdateOptions, options?: CallOptions | Callback<ApiResponse<FlexFlowInstance>>): Promise<ApiResponse<FlexFlowInstance>>;
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
/** Flex Flow */
export interface FlexFlowInstance extends FlexFlowFields {
    fetch(options?: CallOptions | Callback<FlexFlowInstance>): Promise<FlexFlowInstance>;
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<FlexFlowInstance>>): Promise<ApiResponse<FlexFlowInstance>>;
    update(callback?: Callback<FlexFlowInstance>): Promise<FlexFlowInstance>;
    update(params: FlexFlowUpdateOptions, options?: CallOptions | Callback<FlexFlowInstance>): Promise<FlexFlowInstance>;
    updateWithHttpInfo(callback?: Callback<ApiResponse<FlexFlowInstance>>): Promise<ApiResponse<FlexFlowInstance>>;
    updateWithHttpInfo(params: FlexFlowUpdateOptions, options?: CallOptions | Callback<ApiResponse<FlexFlowInstance>>): Promise<ApiResponse<FlexFlowInstance>>;
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): FlexFlowFields;
}
export interface FlexFlowListOptions extends ListOptions {
    /** The `friendly_name` of the Flex Flow resources to read. */
    friendlyName?: string;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface FlexFlowCreateOptions {
    /** A descriptive string that you create to describe the Flex Flow resource. */
    friendlyName: string;
    /** The SID of the chat service. */
    chatServiceSid: string;
    channelType: FlexFlowEnumChannelType;
    /** The channel contact's Identity. */
    contactIdentity?: string;
    /** Whether the new Flex Flow is enabled. */
    enabled?: boolean;
    integrationType?: FlexFlowEnumIntegrationType;
    /** The SID of the Studio Flow. Required when `integrationType` is `studio`. */
    "integration.flowSid"?: string;
    /** The URL of the external webhook. Required when `integrationType` is `external`. */
    "integration.url"?: string;
    /** The Workspace SID for a new Task. Required when `integrationType` is `task`. */
    "integration.workspaceSid"?: string;
    /** The Workflow SID for a new Task. Required when `integrationType` is `task`. */
    "integration.workflowSid"?: string;
    /** The Task Channel SID (TCXXXX) or unique name (e.g., `sms`) to use for the Task that will be created. Applicable and required when `integrationType` is `task`. The default value is `default`. */
    "integration.channel"?: string;
    /** The Task timeout in seconds for a new Task. Default is 86,400 seconds (24 hours). Optional when `integrationType` is `task`, not applicable otherwise. */
    "integration.timeout"?: number;
    /** The Task priority of a new Task. The default priority is 0. Optional when `integrationType` is `task`, not applicable otherwise. */
    "integration.priority"?: number;
    /** In the context of outbound messaging, defines whether to create a Task immediately (and therefore reserve the conversation to current agent), or delay Task creation until the customer sends the first response. Set to false to create immediately, true to delay Task creation. This setting is only applicable for outbound messaging. */
    "integration.creationOnMessage"?: boolean;
    /** When enabled, Flex will keep the chat channel active so that it may be used for subsequent interactions with a contact identity. Defaults to `false`. */
    longLived?: boolean;
    /** When enabled, the Messaging Channel Janitor will remove active Proxy sessions if the associated Task is deleted outside of the Flex UI. Defaults to `false`. */
    janitorEnabled?: boolean;
    /** The number of times to retry the Studio Flow or webhook in case of failure. Takes integer values from 0 to 3 with the default being 3. Optional when `integrationType` is `studio` or `external`, not applicable otherwise. */
    "integration.retryCount"?: number;
}
export interface FlexFlowUpdateOptions {
    /** A descriptive string that you create to describe the Flex Flow resource. */
    friendlyName?: string;
    /** The SID of the chat service. */
    chatServiceSid?: string;
    channelType?: FlexFlowEnumChannelType;
    /** The channel contact's Identity. */
    contactIdentity?: string;
    /** Whether the new Flex Flow is enabled. */
    enabled?: boolean;
    integrationType?: FlexFlowEnumIntegrationType;
    /** The SID of the Studio Flow. Required when `integrationType` is `studio`. */
    "integration.flowSid"?: string;
    /** The URL of the external webhook. Required when `integrationType` is `external`. */
    "integration.url"?: string;
    /** The Workspace SID for a new Task. Required when `integrationType` is `task`. */
    "integration.workspaceSid"?: string;
    /** The Workflow SID for a new Task. Required when `integrationType` is `task`. */
    "integration.workflowSid"?: string;
    /** The Task Channel SID (TCXXXX) or unique name (e.g., `sms`) to use for the Task that will be created. Applicable and required when `integrationType` is `task`. The default value is `default`. */
    "integration.channel"?: string;
    /** The Task timeout in seconds for a new Task. Default is 86,400 seconds (24 hours). Optional when `integrationType` is `task`, not applicable otherwise. */
    "integration.timeout"?: number;
    /** The Task priority of a new Task. The default priority is 0. Optional when `integrationType` is `task`, not applicable otherwise. */
    "integration.priority"?: number;
    /** In the context of outbound messaging, defines whether to create a Task immediately (and therefore reserve the conversation to current agent), or delay Task creation until the customer sends the first response. Set to false to create immediately, true to delay Task creation. This setting is only applicable for outbound messaging. */
    "integration.creationOnMessage"?: boolean;
    /** When enabled, Flex will keep the chat channel active so that it may be used for subsequent interactions with a contact identity. Defaults to `false`. */
    longLived?: boolean;
    /** When enabled, the Messaging Channel Janitor will remove active Proxy sessions if the associated Task is deleted outside of the Flex UI. Defaults to `false`. */
    janitorEnabled?: boolean;
    /** The number of times to retry the Studio Flow or webhook in case of failure. Takes integer values from 0 to 3 with the default being 3. Optional when `integrationType` is `studio` or `external`, not applicable otherwise. */
    "integration.retryCount"?: number;
}
/** Flex Flow */
export interface FlexFlowListInstance {
    (sid: string): FlexFlowContext;
    get(sid: string): FlexFlowContext;
    create(params: FlexFlowCreateOptions, options?: CallOptions | Callback<FlexFlowInstance>): Promise<FlexFlowInstance>;
    createWithHttpInfo(params: FlexFlowCreateOptions, options?: CallOptions | Callback<ApiResponse<FlexFlowInstance>>): Promise<ApiResponse<FlexFlowInstance>>;
    list(callback?: ListCallback<FlexFlowInstance[]>): Promise<FlexFlowInstance[]>;
    list(params: FlexFlowListOptions, options?: CallOptions | ListCallback<FlexFlowInstance[]>): Promise<FlexFlowInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<FlexFlowInstance[]>>): Promise<ApiResponse<FlexFlowInstance[]>>;
    listWithHttpInfo(params: FlexFlowListOptions, options?: CallOptions | ListCallback<ApiResponse<FlexFlowInstance[]>>): Promise<ApiResponse<FlexFlowInstance[]>>;
    page(callback?: ListCallback<Page<FlexFlowInstance>>): Promise<Page<FlexFlowInstance>>;
    page(params: FlexFlowListOptions, options?: CallOptions | ListCallback<Page<FlexFlowInstance>>): Promise<Page<FlexFlowInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<FlexFlowInstance>>>): Promise<ApiResponse<Page<FlexFlowInstance>>>;
    pageWithHttpInfo(params: FlexFlowListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<FlexFlowInstance>>>): Promise<ApiResponse<Page<FlexFlowInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<FlexFlowInstance>>): Promise<Page<FlexFlowInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<FlexFlowInstance>>>): Promise<ApiResponse<Page<FlexFlowInstance>>>;
    each(callback?: (item: FlexFlowInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: FlexFlowListOptions & EachOptions<FlexFlowInstance>, callback?: (item: FlexFlowInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: FlexFlowInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: FlexFlowListOptions & EachOptions<FlexFlowInstance>, callback?: (item: FlexFlowInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: FlexFlowListOptions, options?: CallOptions): AsyncGenerator<FlexFlowInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface InsightsAssessmentsCommentFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Insights resource and owns this resource. */
    accountSid: string;
    /** The SID of the assessment. */
    assessmentSid: string;
    /** The comment added for assessment. */
    comment: TwilioObject;
    /** The offset */
    offset: string;
    /** The flag indicating if this assessment is part of report */
    report: boolean;
    /** The weightage given to this comment */
    weight: string;
    /** The id of the agent. */
    agentId: string;
    /** The id of the segment. */
    segmentId: string;
    /** The name of the user. */
    userName: string;
    /** The email id of the user. */
    userEmail: string;
    /** The timestamp when the record is inserted */
    timestamp: string;
    url: string;
}
export interface InsightsAssessmentsCommentInstance extends InsightsAssessmentsCommentFields {
    toJSON(): InsightsAssessmentsCommentFields;
}
export interface InsightsAssessmentsCommentListOptions extends ListOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
    /** The id of the segment. */
    segmentId?: string;
    /** The id of the agent. */
    agentId?: string;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface InsightsAssessmentsCommentCreateOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
    /** The ID of the category */
    categoryId: string;
    /** The name of the category */
    categoryName: string;
    /** The Assessment comment. */
    comment: string;
    /** The id of the segment. */
    segmentId: string;
    /** The id of the agent. */
    agentId: string;
    /** The offset */
    offset: number;
}
export interface InsightsAssessmentsCommentListInstance {
    /** To create a comment assessment for a conversation */
    create(params: InsightsAssessmentsCommentCreateOptions, options?: CallOptions | Callback<InsightsAssessmentsCommentInstance>): Promise<InsightsAssessmentsCommentInstance>;
    /** To create a comment assessment for a conversation */
    createWithHttpInfo(params: InsightsAssessmentsCommentCreateOptions, options?: CallOptions | Callback<ApiResponse<InsightsAssessmentsCommentInstance>>): Promise<ApiResponse<InsightsAssessmentsCommentInstance>>;
    list(callback?: ListCallback<InsightsAssessmentsCommentInstance[]>): Promise<InsightsAssessmentsCommentInstance[]>;
    list(params: InsightsAssessmentsCommentListOptions, options?: CallOptions | ListCallback<InsightsAssessmentsCommentInstance[]>): Promise<InsightsAssessmentsCommentInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<InsightsAssessmentsCommentInstance[]>>): Promise<ApiResponse<InsightsAssessmentsCommentInstance[]>>;
    listWithHttpInfo(params: InsightsAssessmentsCommentListOptions, options?: CallOptions | ListCallback<ApiResponse<InsightsAssessmentsCommentInstance[]>>): Promise<ApiResponse<InsightsAssessmentsCommentInstance[]>>;
    page(callback?: ListCallback<Page<InsightsAssessmentsCommentInstance>>): Promise<Page<InsightsAssessmentsCommentInstance>>;
    page(params: InsightsAssessmentsCommentListOptions, options?: CallOptions | ListCallback<Page<InsightsAssessmentsCommentInstance>>): Promise<Page<InsightsAssessmentsCommentInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<InsightsAssessmentsCommentInstance>>>): Promise<ApiResponse<Page<InsightsAssessmentsCommentInstance>>>;
    pageWithHttpInfo(params: InsightsAssessmentsCommentListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<InsightsAssessmentsCommentInstance>>>): Promise<ApiResponse<Page<InsightsAssessmentsCommentInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<InsightsAssessmentsCommentInstance>>): Promise<Page<InsightsAssessmentsCommentInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<InsightsAssessmentsCommentInstance>>>): Promise<ApiResponse<Page<InsightsAssessmentsCommentInstance>>>;
    each(callback?: (item: InsightsAssessmentsCommentInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: InsightsAssessmentsCommentListOptions & EachOptions<InsightsAssessmentsCommentInstance>, callback?: (item: InsightsAssessmentsCommentInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: InsightsAssessmentsCommentInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: InsightsAssessmentsCommentListOptions & EachOptions<InsightsAssessmentsCommentInstance>, callback?: (item: InsightsAssessmentsCommentInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: InsightsAssessmentsCommentListOptions, options?: CallOptions): AsyncGenerator<InsightsAssessmentsCommentInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface InsightsConversationsFields {
    /** The id of the account. */
    accountId: string;
    /** The unique id of the conversation */
    conversationId: string;
    /** The count of segments for a conversation */
    segmentCount: number;
    /** The Segments of a conversation */
    segments: Array<TwilioObject>;
}
export interface InsightsConversationsInstance extends InsightsConversationsFields {
    toJSON(): InsightsConversationsFields;
}
export interface InsightsConversationsListOptions extends ListOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
    /** Unique Id of the segment for which conversation details needs to be fetched */
    segmentId?: string;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface InsightsConversationsListInstance {
    list(callback?: ListCallback<InsightsConversationsInstance[]>): Promise<InsightsConversationsInstance[]>;
    list(params: InsightsConversationsListOptions, options?: CallOptions | ListCallback<InsightsConversationsInstance[]>): Promise<InsightsConversationsInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<InsightsConversationsInstance[]>>): Promise<ApiResponse<InsightsConversationsInstance[]>>;
    listWithHttpInfo(params: InsightsConversationsListOptions, options?: CallOptions | ListCallback<ApiResponse<InsightsConversationsInstance[]>>): Promise<ApiResponse<InsightsConversationsInstance[]>>;
    page(callback?: ListCallback<Page<InsightsConversationsInstance>>): Promise<Page<InsightsConversationsInstance>>;
    page(params: InsightsConversationsListOptions, options?: CallOptions | ListCallback<Page<InsightsConversationsInstance>>): Promise<Page<InsightsConversationsInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<InsightsConversationsInstance>>>): Promise<ApiResponse<Page<InsightsConversationsInstance>>>;
    pageWithHttpInfo(params: InsightsConversationsListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<InsightsConversationsInstance>>>): Promise<ApiResponse<Page<InsightsConversationsInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<InsightsConversationsInstance>>): Promise<Page<InsightsConversationsInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<InsightsConversationsInstance>>>): Promise<ApiResponse<Page<InsightsConversationsInstance>>>;
    each(callback?: (item: InsightsConversationsInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: InsightsConversationsListOptions & EachOptions<InsightsConversationsInstance>, callback?: (item: InsightsConversationsInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: InsightsConversationsInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: InsightsConversationsListOptions & EachOptions<InsightsConversationsInstance>, callback?: (item: InsightsConversationsInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: InsightsConversationsListOptions, options?: CallOptions): AsyncGenerator<InsightsConversationsInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface InsightsQuestionnairesFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Insights resource and owns this resource. */
    accountSid: string;
    /** The sid of this questionnaire */
    questionnaireSid: string;
    /** The name of this category. */
    name: string;
    /** The description of this questionnaire */
    description: string;
    /** The flag to enable or disable questionnaire */
    active: boolean;
    /** The list of questions with category for a questionnaire */
    questions: Array<TwilioObject>;
    url: string;
}
export interface InsightsQuestionnairesContext {
    /** To get the Questionnaire Detail */
    fetch(callback?: Callback<InsightsQuestionnairesInstance>): Promise<InsightsQuestionnairesInstance>;
    /** To get the Questionnaire Detail */
    fetch(params: InsightsQuestionnairesFetchOptions, options?: CallOptions | Callback<InsightsQuestionnairesInstance>): Promise<InsightsQuestionnairesInstance>;
    /** To get the Questionnaire Detail */
    fetchWithHttpInfo(callback?: Callback<ApiResponse<InsightsQuestionnairesInstance>>): Promise<ApiResponse<InsightsQuestionnairesInstance>>;
    /** To get the Questionnaire Detail */
    fetchWithHttpInfo(params: InsightsQuestionnairesFetchOptions, options?: CallOptions | Callback<ApiResponse<InsightsQuestionnairesInstance>>): Promise<ApiResponse<InsightsQuestionnairesInstance>>;
    /** To update the questionnaire */
    update(params: InsightsQuestionnairesUpdateOptions, options?: CallOptions | Callback<InsightsQuestionnairesInstance>): Promise<InsightsQuestionnairesInstance>;
    /** To update the questionnaire */
    updateWithHttpInfo(params: InsightsQuestionnairesUpdateOptions, options?: CallOptions | Callback<ApiResponse<InsightsQuestionnairesInstance>>): Promise<ApiResponse<InsightsQuestionnairesInstance>>;
    /** To delete the questionnaire */
    remove(callback?: Callback<boolean>): Promise<boolean>;
    /** To delete the questionnaire */
    remove(params: InsightsQuestionnairesRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** To delete the questionnaire */
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** To delete the questionnaire */
    removeWithHttpInfo(params: InsightsQuestionnairesRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
export interface InsightsQuestionnairesInstance extends InsightsQuestionnairesFields {
    /** To get the Questionnaire Detail */
    fetch(callback?: Callback<InsightsQuestionnairesInstance>): Promise<InsightsQuestionnairesInstance>;
    /** To get the Questionnaire Detail */
    fetch(params: InsightsQuestionnairesFetchOptions, options?: CallOptions | Callback<InsightsQuestionnairesInstance>): Promise<InsightsQuestionnairesInstance>;
    /** To get the Questionnaire Detail */
    fetchWithHttpInfo(callback?: Callback<ApiResponse<InsightsQuestionnairesInstance>>): Promise<ApiResponse<InsightsQuestionnairesInstance>>;
    /** To get the Questionnaire Detail */
    fetchWithHttpInfo(params: InsightsQuestionnairesFetchOptions, options?: CallOptions | Callback<ApiResponse<InsightsQuestionnairesInstance>>): Promise<ApiResponse<InsightsQuestionnairesInstance>>;
    /** To update the questionnaire */
    update(params: InsightsQuestionnairesUpdateOptions, options?: CallOptions | Callback<InsightsQuestionnairesInstance>): Promise<InsightsQuestionnairesInstance>;
    /** To update the questionnaire */
    updateWithHttpInfo(params: InsightsQuestionnairesUpdateOptions, options?: CallOptions | Callback<ApiResponse<InsightsQuestionnairesInstance>>): Promise<ApiResponse<InsightsQuestionnairesInstance>>;
    /** To delete the questionnaire */
    remove(callback?: Callback<boolean>): Promise<boolean>;
    /** To delete the questionnaire */
    remove(params: InsightsQuestionnairesRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** To delete the questionnaire */
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** To delete the questionnaire */
    removeWithHttpInfo(params: InsightsQuestionnairesRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): InsightsQuestionnairesFields;
}
export interface InsightsQuestionnairesListOptions extends ListOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
    /** Flag indicating whether to include inactive questionnaires or not */
    includeInactive?: boolean;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface InsightsQuestionnairesCreateOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
    /** The name of this questionnaire */
    name: string;
    /** The description of this questionnaire */
    description?: string;
    /** The flag to enable or disable questionnaire */
    active?: boolean;
    /** The list of questions sids under a questionnaire */
    questionSids?: Array<string>;
}
export interface InsightsQuestionnairesFetchOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
}
export interface InsightsQuestionnairesUpdateOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
    /** The flag to enable or disable questionnaire */
    active: boolean;
    /** The name of this questionnaire */
    name?: string;
    /** The description of this questionnaire */
    description?: string;
    /** The list of questions sids under a questionnaire */
    questionSids?: Array<string>;
}
export interface InsightsQuestionnairesRemoveOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
}
export interface InsightsQuestionnairesListInstance {
    (sid: string): InsightsQuestionnairesContext;
    get(sid: string): InsightsQuestionnairesContext;
    /** To create a Questionnaire */
    create(params: InsightsQuestionnairesCreateOptions, options?: CallOptions | Callback<InsightsQuestionnairesInstance>): Promise<InsightsQuestionnairesInstance>;
    /** To create a Questionnaire */
    createWithHttpInfo(params: InsightsQuestionnairesCreateOptions, options?: CallOptions | Callback<ApiResponse<InsightsQuestionnairesInstance>>): Promise<ApiResponse<InsightsQuestionnairesInstance>>;
    list(callback?: ListCallback<InsightsQuestionnairesInstance[]>): Promise<InsightsQuestionnairesInstance[]>;
    list(params: InsightsQuestionnairesListOptions, options?: CallOptions | ListCallback<InsightsQuestionnairesInstance[]>): Promise<InsightsQuestionnairesInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<InsightsQuestionnairesInstance[]>>): Promise<ApiResponse<InsightsQuestionnairesInstance[]>>;
    listWithHttpInfo(params: InsightsQuestionnairesListOptions, options?: CallOptions | ListCallback<ApiResponse<InsightsQuestionnairesInstance[]>>): Promise<ApiResponse<InsightsQuestionnairesInstance[]>>;
    page(callback?: ListCallback<Page<InsightsQuestionnairesInstance>>): Promise<Page<InsightsQuestionnairesInstance>>;
    page(params: InsightsQuestionnairesListOptions, options?: CallOptions | ListCallback<Page<InsightsQuestionnairesInstance>>): Promise<Page<InsightsQuestionnairesInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<InsightsQuestionnairesInstance>>>): Promise<ApiResponse<Page<InsightsQuestionnairesInstance>>>;
    pageWithHttpInfo(params: InsightsQuestionnairesListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<InsightsQuestionnairesInstance>>>): Promise<ApiResponse<Page<InsightsQuestionnairesInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<InsightsQuestionnairesInstance>>): Promise<Page<InsightsQuestionnairesInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<InsightsQuestionnairesInstance>>>): Promise<ApiResponse<Page<InsightsQuestionnairesInstance>>>;
    each(callback?: (item: InsightsQuestionnairesInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: InsightsQuestionnairesListOptions & EachOptions<InsightsQuestionnairesInstance>, callback?: (item: InsightsQuestionnairesInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: InsightsQuestionnairesInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: InsightsQuestionnairesListOptions & EachOptions<InsightsQuestionnairesInstance>, callback?: (item: InsightsQuestionnairesInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: InsightsQuestionnairesListOptions, options?: CallOptions): AsyncGenerator<InsightsQuestionnairesInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface InsightsQuestionnairesCategoryFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Insights resource and owns this resource. */
    accountSid: string;
    /** The SID of the category */
    categorySid: string;
    /** The name of this category. */
    name: string;
    url: string;
}
export interface InsightsQuestionnairesCategoryContext {
    /** To update the category for Questions */
    update(params: InsightsQuestionnairesCategoryUpdateOptions, options?: CallOptions | Callback<InsightsQuestionnairesCategoryInstance>): Promise<InsightsQuestionnairesCategoryInstance>;
    /** To update the category for Questions */
    updateWithHttpInfo(params: InsightsQuestionnairesCategoryUpdateOptions, options?: CallOptions | Callback<ApiResponse<InsightsQuestionnairesCategoryInstance>>): Promise<ApiResponse<InsightsQuestionnairesCategoryInstance>>;
    remove(callback?: Callback<boolean>): Promise<boolean>;
    remove(params: InsightsQuestionnairesCategoryRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    removeWithHttpInfo(params: InsightsQuestionnairesCategoryRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
export interface InsightsQuestionnairesCategoryInstance extends InsightsQuestionnairesCategoryFields {
    /** To update the category for Questions */
    update(params: InsightsQuestionnairesCategoryUpdateOptions, options?: CallOptions | Callback<InsightsQuestionnairesCategoryInstance>): Promise<InsightsQuestionnairesCategoryInstance>;
    /** To update the category for Questions */
    updateWithHttpInfo(params: InsightsQuestionnairesCategoryUpdateOptions, options?: CallOptions | Callback<ApiResponse<InsightsQuestionnairesCategoryInstance>>): Promise<ApiResponse<InsightsQuestionnairesCategoryInstance>>;
    remove(callback?: Callback<boolean>): Promise<boolean>;
    remove(params: InsightsQuestionnairesCategoryRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    removeWithHttpInfo(params: InsightsQuestionnairesCategoryRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): InsightsQuestionnairesCategoryFields;
}
export interface InsightsQuestionnairesCategoryListOptions extends ListOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface InsightsQuestionnairesCategoryCreateOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
    /** The name of this category. */
    name: string;
}
export interface InsightsQuestionnairesCategoryUpdateOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
    /** The name of this category. */
    name: string;
}
export interface InsightsQuestionnairesCategoryRemoveOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
}
export interface InsightsQuestionnairesCategoryListInstance {
    (sid: string): InsightsQuestionnairesCategoryContext;
    get(sid: string): InsightsQuestionnairesCategoryContext;
    /** To create a category for Questions */
    create(params: InsightsQuestionnairesCategoryCreateOptions, options?: CallOptions | Callback<InsightsQuestionnairesCategoryInstance>): Promise<InsightsQuestionnairesCategoryInstance>;
    /** To create a category for Questions */
    createWithHttpInfo(params: InsightsQuestionnairesCategoryCreateOptions, options?: CallOptions | Callback<ApiResponse<InsightsQuestionnairesCategoryInstance>>): Promise<ApiResponse<InsightsQuestionnairesCategoryInstance>>;
    list(callback?: ListCallback<InsightsQuestionnairesCategoryInstance[]>): Promise<InsightsQuestionnairesCategoryInstance[]>;
    list(params: InsightsQuestionnairesCategoryListOptions, options?: CallOptions | ListCallback<InsightsQuestionnairesCategoryInstance[]>): Promise<InsightsQuestionnairesCategoryInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<InsightsQuestionnairesCategoryInstance[]>>): Promise<ApiResponse<InsightsQuestionnairesCategoryInstance[]>>;
    listWithHttpInfo(params: InsightsQuestionnairesCategoryListOptions, options?: CallOptions | ListCallback<ApiResponse<InsightsQuestionnairesCategoryInstance[]>>): Promise<ApiResponse<InsightsQuestionnairesCategoryInstance[]>>;
    page(callback?: ListCallback<Page<InsightsQuestionnairesCategoryInstance>>): Promise<Page<InsightsQuestionnairesCategoryInstance>>;
    page(params: InsightsQuestionnairesCategoryListOptions, options?: CallOptions | ListCallback<Page<InsightsQuestionnairesCategoryInstance>>): Promise<Page<InsightsQuestionnairesCategoryInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<InsightsQuestionnairesCategoryInstance>>>): Promise<ApiResponse<Page<InsightsQuestionnairesCategoryInstance>>>;
    pageWithHttpInfo(params: InsightsQuestionnairesCategoryListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<InsightsQuestionnairesCategoryInstance>>>): Promise<ApiResponse<Page<InsightsQuestionnairesCategoryInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<InsightsQuestionnairesCategoryInstance>>): Promise<Page<InsightsQuestionnairesCategoryInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<InsightsQuestionnairesCategoryInstance>>>): Promise<ApiResponse<Page<InsightsQuestionnairesCategoryInstance>>>;
    each(callback?: (item: InsightsQuestionnairesCategoryInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: InsightsQuestionnairesCategoryListOptions & EachOptions<InsightsQuestionnairesCategoryInstance>, callback?: (item: InsightsQuestionnairesCategoryInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: InsightsQuestionnairesCategoryInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: InsightsQuestionnairesCategoryListOptions & EachOptions<InsightsQuestionnairesCategoryInstance>, callback?: (item: InsightsQuestionnairesCategoryInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: InsightsQuestionnairesCategoryListOptions, options?: CallOptions): AsyncGenerator<InsightsQuestionnairesCategoryInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface InsightsQuestionnairesQuestionFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Insights resource and owns this resource. */
    accountSid: string;
    /** The SID of the question */
    questionSid: string;
    /** The question. */
    question: string;
    /** The description for the question. */
    description: string;
    /** The Category for the question. */
    category: TwilioObject;
    /** The answer_set for the question. */
    answerSetId: string;
    /** The flag  to enable for disable NA for answer. */
    allowNa: boolean;
    /** Integer value that tells a particular question is used by how many questionnaires */
    usage: number;
    /** Set of answers for the question */
    answerSet: TwilioObject;
    url: string;
}
export interface InsightsQuestionnairesQuestionContext {
    /** To update the question */
    update(params: InsightsQuestionnairesQuestionUpdateOptions, options?: CallOptions | Callback<InsightsQuestionnairesQuestionInstance>): Promise<InsightsQuestionnairesQuestionInstance>;
    /** To update the question */
    updateWithHttpInfo(params: InsightsQuestionnairesQuestionUpdateOptions, options?: CallOptions | Callback<ApiResponse<InsightsQuestionnairesQuestionInstance>>): Promise<ApiResponse<InsightsQuestionnairesQuestionInstance>>;
    remove(callback?: Callback<boolean>): Promise<boolean>;
    remove(params: InsightsQuestionnairesQuestionRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    removeWithHttpInfo(params: InsightsQuestionnairesQuestionRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
export interface InsightsQuestionnairesQuestionInstance extends InsightsQuestionnairesQuestionFields {
    /** To update the question */
    update(params: InsightsQuestionnairesQuestionUpdateOptions, options?: CallOptions | Callback<InsightsQuestionnairesQuestionInstance>): Promise<InsightsQuestionnairesQuestionInstance>;
    /** To update the question */
    updateWithHttpInfo(params: InsightsQuestionnairesQuestionUpdateOptions, options?: CallOptions | Callback<ApiResponse<InsightsQuestionnairesQuestionInstance>>): Promise<ApiResponse<InsightsQuestionnairesQuestionInstance>>;
    remove(callback?: Callback<boolean>): Promise<boolean>;
    remove(params: InsightsQuestionnairesQuestionRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    removeWithHttpInfo(params: InsightsQuestionnairesQuestionRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): InsightsQuestionnairesQuestionFields;
}
export interface InsightsQuestionnairesQuestionListOptions extends ListOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
    /** The list of category SIDs */
    categorySid?: Array<string>;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface InsightsQuestionnairesQuestionCreateOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
    /** The SID of the category */
    categorySid: string;
    /** The question. */
    question: string;
    /** The answer_set for the question. */
    answerSetId: string;
    /** The flag to enable for disable NA for answer. */
    allowNa: boolean;
    /** The description for the question. */
    description?: string;
}
export interface InsightsQuestionnairesQuestionUpdateOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
    /** The flag to enable for disable NA for answer. */
    allowNa: boolean;
    /** The SID of the category */
    categorySid?: string;
    /** The question. */
    question?: string;
    /** The description for the question. */
    description?: string;
    /** The answer_set for the question. */
    answerSetId?: string;
}
export interface InsightsQuestionnairesQuestionRemoveOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
}
export interface InsightsQuestionnairesQuestionListInstance {
    (sid: string): InsightsQuestionnairesQuestionContext;
    get(sid: string): InsightsQuestionnairesQuestionContext;
    /** To create a question for a Category */
    create(params: InsightsQuestionnairesQuestionCreateOptions, options?: CallOptions | Callback<InsightsQuestionnairesQuestionInstance>): Promise<InsightsQuestionnairesQuestionInstance>;
    /** To create a question for a Category */
    createWithHttpInfo(params: InsightsQuestionnairesQuestionCreateOptions, options?: CallOptions | Callback<ApiResponse<InsightsQuestionnairesQuestionInstance>>): Promise<ApiResponse<InsightsQuestionnairesQuestionInstance>>;
    list(callback?: ListCallback<InsightsQuestionnairesQuestionInstance[]>): Promise<InsightsQuestionnairesQuestionInstance[]>;
    list(params: InsightsQuestionnairesQuestionListOptions, options?: CallOptions | ListCallback<InsightsQuestionnairesQuestionInstance[]>): Promise<InsightsQuestionnairesQuestionInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<InsightsQuestionnairesQuestionInstance[]>>): Promise<ApiResponse<InsightsQuestionnairesQuestionInstance[]>>;
    listWithHttpInfo(params: InsightsQuestionnairesQuestionListOptions, options?: CallOptions | ListCallback<ApiResponse<InsightsQuestionnairesQuestionInstance[]>>): Promise<ApiResponse<InsightsQuestionnairesQuestionInstance[]>>;
    page(callback?: ListCallback<Page<InsightsQuestionnairesQuestionInstance>>): Promise<Page<InsightsQuestionnairesQuestionInstance>>;
    page(params: InsightsQuestionnairesQuestionListOptions, options?: CallOptions | ListCallback<Page<InsightsQuestionnairesQuestionInstance>>): Promise<Page<InsightsQuestionnairesQuestionInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<InsightsQuestionnairesQuestionInstance>>>): Promise<ApiResponse<Page<InsightsQuestionnairesQuestionInstance>>>;
    pageWithHttpInfo(params: InsightsQuestionnairesQuestionListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<InsightsQuestionnairesQuestionInstance>>>): Promise<ApiResponse<Page<InsightsQuestionnairesQuestionInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<InsightsQuestionnairesQuestionInstance>>): Promise<Page<InsightsQuestionnairesQuestionInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<InsightsQuestionnairesQuestionInstance>>>): Promise<ApiResponse<Page<InsightsQuestionnairesQuestionInstance>>>;
    each(callback?: (item: InsightsQuestionnairesQuestionInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: InsightsQuestionnairesQuestionListOptions & EachOptions<InsightsQuestionnairesQuestionInstance>, callback?: (item: InsightsQuestionnairesQuestionInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: InsightsQuestionnairesQuestionInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: InsightsQuestionnairesQuestionListOptions & EachOptions<InsightsQuestionnairesQuestionInstance>, callback?: (item: InsightsQuestionnairesQuestionInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: InsightsQuestionnairesQuestionListOptions, options?: CallOptions): AsyncGenerator<InsightsQuestionnairesQuestionInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface InsightsSegmentsFields {
    /** To unique id of the segment */
    segmentId: string;
    /** The unique id for the conversation. */
    externalId: string;
    queue: string;
    externalContact: string;
    /** The uuid for the external_segment_link. */
    externalSegmentLinkId: string;
    /** The date of the conversation. */
    date: string;
    /** The unique id for the account. */
    accountId: string;
    /** The hyperlink to recording of the task event. */
    externalSegmentLink: string;
    /** The unique id for the agent. */
    agentId: string;
    /** The phone number of the agent. */
    agentPhone: string;
    /** The name of the agent. */
    agentName: string;
    /** The team name to which agent belongs. */
    agentTeamName: string;
    /** he team name to which agent belongs. */
    agentTeamNameInHierarchy: string;
    /** The link to the agent conversation. */
    agentLink: string;
    /** The phone number of the customer. */
    customerPhone: string;
    /** The name of the customer. */
    customerName: string;
    /** The link to the customer conversation. */
    customerLink: string;
    /** The offset value for the recording. */
    segmentRecordingOffset: string;
    /** The media identifiers of the conversation. */
    media: TwilioObject;
    /** The type of the assessment. */
    assessmentType: TwilioObject;
    /** The percentage scored on the Assessments. */
    assessmentPercentage: TwilioObject;
    url: string;
}
export interface InsightsSegmentsInstance extends InsightsSegmentsFields {
    toJSON(): InsightsSegmentsFields;
}
export interface InsightsSegmentsListOptions extends ListOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
    /** To unique id of the segment */
    segmentId?: string;
    /** The list of reservation Ids */
    reservationId?: Array<string>;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface InsightsSegmentsListInstance {
    list(callback?: ListCallback<InsightsSegmentsInstance[]>): Promise<InsightsSegmentsInstance[]>;
    list(params: InsightsSegmentsListOptions, options?: CallOptions | ListCallback<InsightsSegmentsInstance[]>): Promise<InsightsSegmentsInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<InsightsSegmentsInstance[]>>): Promise<ApiResponse<InsightsSegmentsInstance[]>>;
    listWithHttpInfo(params: InsightsSegmentsListOptions, options?: CallOptions | ListCallback<ApiResponse<InsightsSegmentsInstance[]>>): Promise<ApiResponse<InsightsSegmentsInstance[]>>;
    page(callback?: ListCallback<Page<InsightsSegmentsInstance>>): Promise<Page<InsightsSegmentsInstance>>;
    page(params: InsightsSegmentsListOptions, options?: CallOptions | ListCallback<Page<InsightsSegmentsInstance>>): Promise<Page<InsightsSegmentsInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<InsightsSegmentsInstance>>>): Promise<ApiResponse<Page<InsightsSegmentsInstance>>>;
    pageWithHttpInfo(params: InsightsSegmentsListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<InsightsSegmentsInstance>>>): Promise<ApiResponse<Page<InsightsSegmentsInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<InsightsSegmentsInstance>>): Promise<Page<InsightsSegmentsInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<InsightsSegmentsInstance>>>): Promise<ApiResponse<Page<InsightsSegmentsInstance>>>;
    each(callback?: (item: InsightsSegmentsInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: InsightsSegmentsListOptions & EachOptions<InsightsSegmentsInstance>, callback?: (item: InsightsSegmentsInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: InsightsSegmentsInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: InsightsSegmentsListOptions & EachOptions<InsightsSegmentsInstance>, callback?: (item: InsightsSegmentsInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: InsightsSegmentsListOptions, options?: CallOptions): AsyncGenerator<InsightsSegmentsInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface InsightsSessionFields {
    /** Unique ID to identify the user's workspace */
    workspaceId: string;
    /** The session expiry date and time, given in ISO 8601 format. */
    sessionExpiry: string;
    /** The unique ID for the session */
    sessionId: string;
    /** The base URL to fetch reports and dashboards */
    baseUrl: string;
    /** The URL of this resource. */
    url: string;
}
export interface InsightsSessionContext {
    /** To obtain session details for fetching reports and dashboards */
    create(callback?: Callback<InsightsSessionInstance>): Promise<InsightsSessionInstance>;
    /** To obtain session details for fetching reports and dashboards */
    create(params: InsightsSessionCreateOptions, options?: CallOptions | Callback<InsightsSessionInstance>): Promise<InsightsSessionInstance>;
    /** To obtain session details for fetching reports and dashboards */
    createWithHttpInfo(callback?: Callback<ApiResponse<InsightsSessionInstance>>): Promise<ApiResponse<InsightsSessionInstance>>;
    /** To obtain session details for fetching reports and dashboards */
    createWithHttpInfo(params: InsightsSessionCreateOptions, options?: CallOptions | Callback<ApiResponse<InsightsSessionInstance>>): Promise<ApiResponse<InsightsSessionInstance>>;
    toJSON(): Record<string, string>;
}
export interface InsightsSessionInstance extends InsightsSessionFields {
    /** To obtain session details for fetching reports and dashboards */
    create(callback?: Callback<InsightsSessionInstance>): Promise<InsightsSessionInstance>;
    /** To obtain session details for fetching reports and dashboards */
    create(params: InsightsSessionCreateOptions, options?: CallOptions | Callback<InsightsSessionInstance>): Promise<InsightsSessionInstance>;
    /** To obtain session details for fetching reports and dashboards */
    createWithHttpInfo(callback?: Callback<ApiResponse<InsightsSessionInstance>>): Promise<ApiResponse<InsightsSessionInstance>>;
    /** To obtain session details for fetching reports and dashboards */
    createWithHttpInfo(params: InsightsSessionCreateOptions, options?: CallOptions | Callback<ApiResponse<InsightsSessionInstance>>): Promise<ApiResponse<InsightsSessionInstance>>;
    toJSON(): InsightsSessionFields;
}
export interface InsightsSessionCreateOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
}
export interface InsightsSessionListInstance {
    (): InsightsSessionContext;
    get(): InsightsSessionContext;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface InsightsSettingsAnswersetsFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Insights resource and owns this resource. */
    accountSid: string;
    /** The lis of answer sets */
    answerSets: TwilioObject;
    /** The list of answer set categories */
    answerSetCategories: TwilioObject;
    /** The details for not applicable answer set */
    notApplicable: TwilioObject;
    url: string;
}
export interface InsightsSettingsAnswersetsInstance extends InsightsSettingsAnswersetsFields {
    toJSON(): InsightsSettingsAnswersetsFields;
}
export interface InsightsSettingsAnswersetsFetchOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
}
export interface InsightsSettingsAnswersetsListInstance {
    /** To get the Answer Set Settings for an Account */
    fetch(callback?: Callback<InsightsSettingsAnswersetsInstance>): Promise<InsightsSettingsAnswersetsInstance>;
    /** To get the Answer Set Settings for an Account */
    fetch(params: InsightsSettingsAnswersetsFetchOptions, options?: CallOptions | Callback<InsightsSettingsAnswersetsInstance>): Promise<InsightsSettingsAnswersetsInstance>;
    /** To get the Answer Set Settings for an Account */
    fetchWithHttpInfo(callback?: Callback<ApiResponse<InsightsSettingsAnswersetsInstance>>): Promise<ApiResponse<InsightsSettingsAnswersetsInstance>>;
    /** To get the Answer Set Settings for an Account */
    fetchWithHttpInfo(params: InsightsSettingsAnswersetsFetchOptions, options?: CallOptions | Callback<ApiResponse<InsightsSettingsAnswersetsInstance>>): Promise<ApiResponse<InsightsSettingsAnswersetsInstance>>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface InsightsSettingsCommentFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Insights resource and owns this resource. */
    accountSid: string;
    comments: TwilioObject;
    url: string;
}
export interface InsightsSettingsCommentInstance extends InsightsSettingsCommentFields {
    toJSON(): InsightsSettingsCommentFields;
}
export interface InsightsSettingsCommentFetchOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
}
export interface InsightsSettingsCommentListInstance {
    /** To get the Comment Settings for an Account */
    fetch(callback?: Callback<InsightsSettingsCommentInstance>): Promise<InsightsSettingsCommentInstance>;
    /** To get the Comment Settings for an Account */
    fetch(params: InsightsSettingsCommentFetchOptions, options?: CallOptions | Callback<InsightsSettingsCommentInstance>): Promise<InsightsSettingsCommentInstance>;
    /** To get the Comment Settings for an Account */
    fetchWithHttpInfo(callback?: Callback<ApiResponse<InsightsSettingsCommentInstance>>): Promise<ApiResponse<InsightsSettingsCommentInstance>>;
    /** To get the Comment Settings for an Account */
    fetchWithHttpInfo(params: InsightsSettingsCommentFetchOptions, options?: CallOptions | Callback<ApiResponse<InsightsSettingsCommentInstance>>): Promise<ApiResponse<InsightsSettingsCommentInstance>>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface InsightsUserRolesFields {
    /** Flex Insights roles for the user */
    roles: Array<string>;
    url: string;
}
export interface InsightsUserRolesContext {
    /** This is used by Flex UI and Quality Management to fetch the Flex Insights roles for the user */
    fetch(callback?: Callback<InsightsUserRolesInstance>): Promise<InsightsUserRolesInstance>;
    /** This is used by Flex UI and Quality Management to fetch the Flex Insights roles for the user */
    fetch(params: InsightsUserRolesFetchOptions, options?: CallOptions | Callback<InsightsUserRolesInstance>): Promise<InsightsUserRolesInstance>;
    /** This is used by Flex UI and Quality Management to fetch the Flex Insights roles for the user */
    fetchWithHttpInfo(callback?: Callback<ApiResponse<InsightsUserRolesInstance>>): Promise<ApiResponse<InsightsUserRolesInstance>>;
    /** This is used by Flex UI and Quality Management to fetch the Flex Insights roles for the user */
    fetchWithHttpInfo(params: InsightsUserRolesFetchOptions, options?: CallOptions | Callback<ApiResponse<InsightsUserRolesInstance>>): Promise<ApiResponse<InsightsUserRolesInstance>>;
    toJSON(): Record<string, string>;
}
export interface InsightsUserRolesInstance extends InsightsUserRolesFields {
    /** This is used by Flex UI and Quality Management to fetch the Flex Insights roles for the user */
    fetch(callback?: Callback<InsightsUserRolesInstance>): Promise<InsightsUserRolesInstance>;
    /** This is used by Flex UI and Quality Management to fetch the Flex Insights roles for the user */
    fetch(params: InsightsUserRolesFetchOptions, options?: CallOptions | Callback<InsightsUserRolesInstance>): Promise<InsightsUserRolesInstance>;
    /** This is used by Flex UI and Quality Management to fetch the Flex Insights roles for the user */
    fetchWithHttpInfo(callback?: Callback<ApiResponse<InsightsUserRolesInstance>>): Promise<ApiResponse<InsightsUserRolesInstance>>;
    /** This is used by Flex UI and Quality Management to fetch the Flex Insights roles for the user */
    fetchWithHttpInfo(params: InsightsUserRolesFetchOptions, options?: CallOptions | Callback<ApiResponse<InsightsUserRolesInstance>>): Promise<ApiResponse<InsightsUserRolesInstance>>;
    toJSON(): InsightsUserRolesFields;
}
export interface InsightsUserRolesFetchOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
}
export interface InsightsUserRolesListInstance {
    (): InsightsUserRolesContext;
    get(): InsightsUserRolesContext;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface InteractionFields {
    /** The unique string created by Twilio to identify an Interaction resource, prefixed with KD. */
    sid: string;
    /** A JSON object that defines the Interaction’s communication channel and includes details about the channel. See the [Outbound SMS](https://www.twilio.com/docs/flex/developer/conversations/interactions-api/interactions#agent-initiated-outbound-interactions) and [inbound (API-initiated)](https://www.twilio.com/docs/flex/developer/conversations/interactions-api/interactions#api-initiated-contact) Channel object examples. */
    channel: TwilioObject;
    /**
     * A JSON Object representing the routing rules for the Interaction Channel. See [Outbound SMS Example](https://www.twilio.com/docs/flex/developer/conversations/interactions-api/interactions#agent-initiated-outbound-interactions) for an example Routing object. The Interactions resource uses TaskRouter for all routing functionality.
     *  All attributes in the Routing object on your Interaction request body are added “as is” to the task. For a list of known attributes consumed by the Flex UI and/or Flex Insights, see [Known Task Attributes](https://www.twilio.com/docs/flex/developer/conversations/interactions-api#task-attributes).
     */
    routing: TwilioObject;
    url: string;
    links: Record<string, string>;
    interactionContextSid: string;
    webhookTtid: string;
}
export interface InteractionContext {
    readonly channels: InteractionChannelListInstance;
    fetch(options?: CallOptions | Callback<InteractionInstance>): Promise<InteractionInstance>;
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<InteractionInstance>>): Promise<ApiResponse<InteractionInstance>>;
    /** Updates an interaction. */
    update(callback?: Callback<InteractionInstance>): Promise<InteractionInstance>;
    /** Updates an interaction. */
    update(params: InteractionUpdateOptions, options?: CallOptions | Callback<InteractionInstance>): Promise<InteractionInstance>;
    /** Updates an interaction. */
    updateWithHttpInfo(callback?: Callback<ApiResponse<InteractionInstance>>): Promise<ApiResponse<InteractionInstance>>;
    /** Updates an interaction. */
    updateWithHttpInfo(params: InteractionUpdateOptions, options?: CallOptions | Callback<ApiResponse<InteractionInstance>>): Promise<ApiResponse<InteractionInstance>>;
    toJSON(): Record<string, string>;
}
export interface InteractionInstance extends InteractionFields {
    fetch(options?: CallOptions | Callback<InteractionInstance>): Promise<InteractionInstance>;
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<InteractionInstance>>): Promise<ApiResponse<InteractionInstance>>;
    /** Updates an interaction. */
    update(callback?: Callback<InteractionInstance>): Promise<InteractionInstance>;
    /** Updates an interaction. */
    update(params: InteractionUpdateOptions, options?: CallOptions | Callback<InteractionInstance>): Promise<InteractionInstance>;
    /** Updates an interaction. */
    updateWithHttpInfo(callback?: Callback<ApiResponse<InteractionInstance>>): Promise<ApiResponse<InteractionInstance>>;
    /** Updates an interaction. */
    updateWithHttpInfo(params: InteractionUpdateOptions, options?: CallOptions | Callback<ApiResponse<InteractionInstance>>): Promise<ApiResponse<InteractionInstance>>;
    channels(): InteractionChannelListInstance;
    toJSON(): InteractionFields;
}
export interface InteractionCreateOptions {
    /** The Interaction's channel. */
    channel: unknown;
    /** The Interaction's routing logic. */
    routing?: unknown;
    /** The Interaction context sid is used for adding a context lookup sid */
    interactionContextSid?: string;
    /** The unique identifier for Interaction level webhook */
    webhookTtid?: string;
}
export interface InteractionUpdateOptions {
    /** The unique identifier for Interaction level webhook */
    webhookTtid?: string;
}
export interface InteractionListInstance {
    (sid: string): InteractionContext;
    get(sid: string): InteractionContext;
    /** Create a new Interaction. */
    create(params: InteractionCreateOptions, options?: CallOptions | Callback<InteractionInstance>): Promise<InteractionInstance>;
    /** Create a new Interaction. */
    createWithHttpInfo(params: InteractionCreateOptions, options?: CallOptions | Callback<ApiResponse<InteractionInstance>>): Promise<ApiResponse<InteractionInstance>>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface InteractionChannelFields {
    /** The unique string created by Twilio to identify an Interaction Channel resource, prefixed with UO. */
    sid: string;
    /** The unique string created by Twilio to identify an Interaction resource, prefixed with KD. */
    interactionSid: string;
    type: InteractionChannelEnumType;
    status: InteractionChannelEnumChannelStatus;
    /** The Twilio error code for a failed channel. */
    errorCode: number;
    /** The error message for a failed channel. */
    errorMessage: string;
    url: string;
    links: Record<string, string>;
}
export interface InteractionChannelContext {
    readonly invites: InteractionChannelInviteListInstance;
    readonly participants: InteractionChannelParticipantListInstance;
    readonly transfers: InteractionTransferListInstance;
    /** Fetch a Channel for an Interaction. */
    fetch(options?: CallOptions | Callback<InteractionChannelInstance>): Promise<InteractionChannelInstance>;
    /** Fetch a Channel for an Interaction. */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<InteractionChannelInstance>>): Promise<ApiResponse<InteractionChannelInstance>>;
    /** Update an existing Interaction Channel. */
    update(params: InteractionChannelUpdateOptions, options?: CallOptions | Callback<InteractionChannelInstance>): Promise<InteractionChannelInstance>;
    /** Update an existing Interaction Channel. */
    updateWithHttpInfo(params: InteractionChannelUpdateOptions, options?: CallOptions | Callback<ApiResponse<InteractionChannelInstance>>): Promise<ApiResponse<InteractionChannelInstance>>;
    toJSON(): Record<string, string>;
}
export interface InteractionChannelInstance extends InteractionChannelFields {
    /** Fetch a Channel for an Interaction. */
    fetch(options?: CallOptions | Callback<InteractionChannelInstance>): Promise<InteractionChannelInstance>;
    /** Fetch a Channel for an Interaction. */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<InteractionChannelInstance>>): Promise<ApiResponse<InteractionChannelInstance>>;
    /** Update an existing Interaction Channel. */
    update(params: InteractionChannelUpdateOptions, options?: CallOptions | Callback<InteractionChannelInstance>): Promise<InteractionChannelInstance>;
    /** Update an existing Interaction Channel. */
    updateWithHttpInfo(params: InteractionChannelUpdateOptions, options?: CallOptions | Callback<ApiResponse<InteractionChannelInstance>>): Promise<ApiResponse<InteractionChannelInstance>>;
    invites(): InteractionChannelInviteListInstance;
    participants(): InteractionChannelParticipantListInstance;
    transfers(): InteractionTransferListInstance;
    toJSON(): InteractionChannelFields;
}
export interface InteractionChannelListOptions extends ListOptions {
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface InteractionChannelUpdateOptions {
    status: InteractionChannelEnumUpdateChannelStatus;
    /** It changes the state of associated tasks. Routing status is required, When the channel status is set to `inactive`. Allowed Value for routing status is `closed`. Otherwise Optional, if not specified, all tasks will be set to `wrapping`. */
    routing?: unknown;
}
export interface InteractionChannelListInstance {
    (sid: string): InteractionChannelContext;
    get(sid: string): InteractionChannelContext;
    list(callback?: ListCallback<InteractionChannelInstance[]>): Promise<InteractionChannelInstance[]>;
    list(params: InteractionChannelListOptions, options?: CallOptions | ListCallback<InteractionChannelInstance[]>): Promise<InteractionChannelInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<InteractionChannelInstance[]>>): Promise<ApiResponse<InteractionChannelInstance[]>>;
    listWithHttpInfo(params: InteractionChannelListOptions, options?: CallOptions | ListCallback<ApiResponse<InteractionChannelInstance[]>>): Promise<ApiResponse<InteractionChannelInstance[]>>;
    page(callback?: ListCallback<Page<InteractionChannelInstance>>): Promise<Page<InteractionChannelInstance>>;
    page(params: InteractionChannelListOptions, options?: CallOptions | ListCallback<Page<InteractionChannelInstance>>): Promise<Page<InteractionChannelInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<InteractionChannelInstance>>>): Promise<ApiResponse<Page<InteractionChannelInstance>>>;
    pageWithHttpInfo(params: InteractionChannelListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<InteractionChannelInstance>>>): Promise<ApiResponse<Page<InteractionChannelInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<InteractionChannelInstance>>): Promise<Page<InteractionChannelInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<InteractionChannelInstance>>>): Promise<ApiResponse<Page<InteractionChannelInstance>>>;
    each(callback?: (item: InteractionChannelInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: InteractionChannelListOptions & EachOptions<InteractionChannelInstance>, callback?: (item: InteractionChannelInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: InteractionChannelInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: InteractionChannelListOptions & EachOptions<InteractionChannelInstance>, callback?: (item: InteractionChannelInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: InteractionChannelListOptions, options?: CallOptions): AsyncGenerator<InteractionChannelInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface InteractionChannelInviteFields {
    /** The unique string created by Twilio to identify an Interaction Channel Invite resource. */
    sid: string;
    /** The Interaction SID for this Channel. */
    interactionSid: string;
    /** The Channel SID for this Invite. */
    channelSid: string;
    /**
     * A JSON object representing the routing rules for the Interaction Channel. See [Outbound SMS Example](https://www.twilio.com/docs/flex/developer/conversations/interactions-api/interactions#agent-initiated-outbound-interactions) for an example Routing object. The Interactions resource uses TaskRouter for all routing functionality.
     *  All attributes in the Routing object on your Interaction request body are added “as is” to the task. For a list of known attributes consumed by the Flex UI and/or Flex Insights, see [Known Task Attributes](https://www.twilio.com/docs/flex/developer/conversations/interactions-api#task-attributes).
     */
    routing: TwilioObject;
    url: string;
}
export interface InteractionChannelInviteInstance extends InteractionChannelInviteFields {
    toJSON(): InteractionChannelInviteFields;
}
export interface InteractionChannelInviteListOptions extends ListOptions {
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface InteractionChannelInviteCreateOptions {
    /** The Interaction's routing logic. */
    routing: unknown;
}
export interface InteractionChannelInviteListInstance {
    /** Invite an Agent or a TaskQueue to a Channel. */
    create(params: InteractionChannelInviteCreateOptions, options?: CallOptions | Callback<InteractionChannelInviteInstance>): Promise<InteractionChannelInviteInstance>;
    /** Invite an Agent or a TaskQueue to a Channel. */
    createWithHttpInfo(params: InteractionChannelInviteCreateOptions, options?: CallOptions | Callback<ApiResponse<InteractionChannelInviteInstance>>): Promise<ApiResponse<InteractionChannelInviteInstance>>;
    list(callback?: ListCallback<InteractionChannelInviteInstance[]>): Promise<InteractionChannelInviteInstance[]>;
    list(params: InteractionChannelInviteListOptions, options?: CallOptions | ListCallback<InteractionChannelInviteInstance[]>): Promise<InteractionChannelInviteInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<InteractionChannelInviteInstance[]>>): Promise<ApiResponse<InteractionChannelInviteInstance[]>>;
    listWithHttpInfo(params: InteractionChannelInviteListOptions, options?: CallOptions | ListCallback<ApiResponse<InteractionChannelInviteInstance[]>>): Promise<ApiResponse<InteractionChannelInviteInstance[]>>;
    page(callback?: ListCallback<Page<InteractionChannelInviteInstance>>): Promise<Page<InteractionChannelInviteInstance>>;
    page(params: InteractionChannelInviteListOptions, options?: CallOptions | ListCallback<Page<InteractionChannelInviteInstance>>): Promise<Page<InteractionChannelInviteInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<InteractionChannelInviteInstance>>>): Promise<ApiResponse<Page<InteractionChannelInviteInstance>>>;
    pageWithHttpInfo(params: InteractionChannelInviteListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<InteractionChannelInviteInstance>>>): Promise<ApiResponse<Page<InteractionChannelInviteInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<InteractionChannelInviteInstance>>): Promise<Page<InteractionChannelInviteInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<InteractionChannelInviteInstance>>>): Promise<ApiResponse<Page<InteractionChannelInviteInstance>>>;
    each(callback?: (item: InteractionChannelInviteInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: InteractionChannelInviteListOptions & EachOptions<InteractionChannelInviteInstance>, callback?: (item: InteractionChannelInviteInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: InteractionChannelInviteInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: InteractionChannelInviteListOptions & EachOptions<InteractionChannelInviteInstance>, callback?: (item: InteractionChannelInviteInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: InteractionChannelInviteListOptions, options?: CallOptions): AsyncGenerator<InteractionChannelInviteInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface InteractionChannelParticipantFields {
    /** The unique string created by Twilio to identify an Interaction Channel Participant resource. */
    sid: string;
    type: InteractionChannelParticipantEnumType;
    /** The Interaction Sid for this channel. */
    interactionSid: string;
    /** The Channel Sid for this Participant. */
    channelSid: string;
    url: string;
    /** The Participant's routing properties. */
    routingProperties: TwilioObject;
}
export interface InteractionChannelParticipantContext {
    /** Update an existing Channel Participant. */
    update(params: InteractionChannelParticipantUpdateOptions, options?: CallOptions | Callback<InteractionChannelParticipantInstance>): Promise<InteractionChannelParticipantInstance>;
    /** Update an existing Channel Participant. */
    updateWithHttpInfo(params: InteractionChannelParticipantUpdateOptions, options?: CallOptions | Callback<ApiResponse<InteractionChannelParticipantInstance>>): Promise<ApiResponse<InteractionChannelParticipantInstance>>;
    toJSON(): Record<string, string>;
}
export interface InteractionChannelParticipantInstance extends InteractionChannelParticipantFields {
    /** Update an existing Channel Participant. */
    update(params: InteractionChannelParticipantUpdateOptions, options?: CallOptions | Callback<InteractionChannelParticipantInstance>): Promise<InteractionChannelParticipantInstance>;
    /** Update an existing Channel Participant. */
    updateWithHttpInfo(params: InteractionChannelParticipantUpdateOptions, options?: CallOptions | Callback<ApiResponse<InteractionChannelParticipantInstance>>): Promise<ApiResponse<InteractionChannelParticipantInstance>>;
    toJSON(): InteractionChannelParticipantFields;
}
export interface InteractionChannelParticipantListOptions extends ListOptions {
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface InteractionChannelParticipantCreateOptions {
    type: InteractionChannelParticipantEnumType;
    /** JSON representing the Media Properties for the new Participant. */
    mediaProperties: unknown;
    /** Object representing the Routing Properties for the new Participant. */
    routingProperties?: unknown;
}
export interface InteractionChannelParticipantUpdateOptions {
    status: InteractionChannelParticipantEnumStatus;
}
export interface InteractionChannelParticipantListInstance {
    (sid: string): InteractionChannelParticipantContext;
    get(sid: string): InteractionChannelParticipantContext;
    /** Add a Participant to a Channel. */
    create(params: InteractionChannelParticipantCreateOptions, options?: CallOptions | Callback<InteractionChannelParticipantInstance>): Promise<InteractionChannelParticipantInstance>;
    /** Add a Participant to a Channel. */
    createWithHttpInfo(params: InteractionChannelParticipantCreateOptions, options?: CallOptions | Callback<ApiResponse<InteractionChannelParticipantInstance>>): Promise<ApiResponse<InteractionChannelParticipantInstance>>;
    list(callback?: ListCallback<InteractionChannelParticipantInstance[]>): Promise<InteractionChannelParticipantInstance[]>;
    list(params: InteractionChannelParticipantListOptions, options?: CallOptions | ListCallback<InteractionChannelParticipantInstance[]>): Promise<InteractionChannelParticipantInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<InteractionChannelParticipantInstance[]>>): Promise<ApiResponse<InteractionChannelParticipantInstance[]>>;
    listWithHttpInfo(params: InteractionChannelParticipantListOptions, options?: CallOptions | ListCallback<ApiResponse<InteractionChannelParticipantInstance[]>>): Promise<ApiResponse<InteractionChannelParticipantInstance[]>>;
    page(callback?: ListCallback<Page<InteractionChannelParticipantInstance>>): Promise<Page<InteractionChannelParticipantInstance>>;
    page(params: InteractionChannelParticipantListOptions, options?: CallOptions | ListCallback<Page<InteractionChannelParticipantInstance>>): Promise<Page<InteractionChannelParticipantInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<InteractionChannelParticipantInstance>>>): Promise<ApiResponse<Page<InteractionChannelParticipantInstance>>>;
    pageWithHttpInfo(params: InteractionChannelParticipantListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<InteractionChannelParticipantInstance>>>): Promise<ApiResponse<Page<InteractionChannelParticipantInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<InteractionChannelParticipantInstance>>): Promise<Page<InteractionChannelParticipantInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<InteractionChannelParticipantInstance>>>): Promise<ApiResponse<Page<InteractionChannelParticipantInstance>>>;
    each(callback?: (item: InteractionChannelParticipantInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: InteractionChannelParticipantListOptions & EachOptions<InteractionChannelParticipantInstance>, callback?: (item: InteractionChannelParticipantInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: InteractionChannelParticipantInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: InteractionChannelParticipantListOptions & EachOptions<InteractionChannelParticipantInstance>, callback?: (item: InteractionChannelParticipantInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: InteractionChannelParticipantListOptions, options?: CallOptions): AsyncGenerator<InteractionChannelParticipantInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface InteractionTransferFields {
    /** The unique string created by Twilio to identify an Interaction Transfer resource. */
    sid: string;
    /** The SID of the Instance associated with the Transfer. */
    instanceSid: string;
    /** The SID of the Account that created the Transfer. */
    accountSid: string;
    /** The Interaction Sid for this channel. */
    interactionSid: string;
    /** The Channel Sid for this Transfer. */
    channelSid: string;
    /** The Execution SID associated with the Transfer. */
    executionSid: string;
    type: InteractionTransferEnumTransferType;
    status: InteractionTransferEnumTransferStatus;
    /** The SID of the Participant initiating the Transfer. */
    from: string;
    /** The SID of the Participant receiving the Transfer. */
    to: string;
    /** The SID of the Note associated with the Transfer. */
    noteSid: string;
    /** The SID of the Summary associated with the Transfer. */
    summarySid: string;
    /** The date and time when the Transfer was created. */
    dateCreated: Date;
    /** The date and time when the Transfer was last updated. */
    dateUpdated: Date;
    url: string;
}
export interface InteractionTransferContext {
    /** Fetch a specific Transfer by SID. */
    fetch(options?: CallOptions | Callback<InteractionTransferInstance>): Promise<InteractionTransferInstance>;
    /** Fetch a specific Transfer by SID. */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<InteractionTransferInstance>>): Promise<ApiResponse<InteractionTransferInstance>>;
    /** Update an existing Transfer. */
    update(callback?: Callback<InteractionTransferInstance>): Promise<InteractionTransferInstance>;
    /** Update an existing Transfer. */
    update(params: InteractionTransferUpdateOptions, options?: CallOptions | Callback<InteractionTransferInstance>): Promise<InteractionTransferInstance>;
    /** Update an existing Transfer. */
    update(params: InteractionTransferUpdateOptions, headers: Record<string, string> | undefined, callback?: Callback<InteractionTransferInstance>): Promise<InteractionTransferInstance>;
    /** Update an existing Transfer. */
    updateWithHttpInfo(callback?: Callback<ApiResponse<InteractionTransferInstance>>): Promise<ApiResponse<InteractionTransferInstance>>;
    /** Update an existing Transfer. */
    updateWithHttpInfo(params: InteractionTransferUpdateOptions, options?: CallOptions | Callback<ApiResponse<InteractionTransferInstance>>): Promise<ApiResponse<InteractionTransferInstance>>;
    /** Update an existing Transfer. */
    updateWithHttpInfo(params: InteractionTransferUpdateOptions, headers: Record<string, string> | undefined, callback?: Callback<ApiResponse<InteractionTransferInstance>>): Promise<ApiResponse<InteractionTransferInstance>>;
    toJSON(): Record<string, string>;
}
export interface InteractionTransferInstance extends InteractionTransferFields {
    /** Fetch a specific Transfer by SID. */
    fetch(options?: CallOptions | Callback<InteractionTransferInstance>): Promise<InteractionTransferInstance>;
    /** Fetch a specific Transfer by SID. */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<InteractionTransferInstance>>): Promise<ApiResponse<InteractionTransferInstance>>;
    /** Update an existing Transfer. */
    update(callback?: Callback<InteractionTransferInstance>): Promise<InteractionTransferInstance>;
    /** Update an existing Transfer. */
    update(params: InteractionTransferUpdateOptions, options?: CallOptions | Callback<InteractionTransferInstance>): Promise<InteractionTransferInstance>;
    /** Update an existing Transfer. */
    update(params: InteractionTransferUpdateOptions, headers: Record<string, string> | undefined, callback?: Callback<InteractionTransferInstance>): Promise<InteractionTransferInstance>;
    /** Update an existing Transfer. */
    updateWithHttpInfo(callback?: Callback<ApiResponse<InteractionTransferInstance>>): Promise<ApiResponse<InteractionTransferInstance>>;
    /** Update an existing Transfer. */
    updateWithHttpInfo(params: InteractionTransferUpdateOptions, options?: CallOptions | Callback<ApiResponse<InteractionTransferInstance>>): Promise<ApiResponse<InteractionTransferInstance>>;
    /** Update an existing Transfer. */
    updateWithHttpInfo(params: InteractionTransferUpdateOptions, headers: Record<string, string> | undefined, callback?: Callback<ApiResponse<InteractionTransferInstance>>): Promise<ApiResponse<InteractionTransferInstance>>;
    toJSON(): InteractionTransferFields;
}
export interface InteractionTransferCreateOptions {
    [field: string]: unknown;
}
export interface InteractionTransferUpdateOptions {
    [field: string]: unknown;
}
export interface InteractionTransferListInstance {
    (sid: string): InteractionTransferContext;
    get(sid: string): InteractionTransferContext;
    /** Create a new Transfer. */
    create(callback?: Callback<InteractionTransferInstance>): Promise<InteractionTransferInstance>;
    /** Create a new Transfer. */
    create(params: InteractionTransferCreateOptions, options?: CallOptions | Callback<InteractionTransferInstance>): Promise<InteractionTransferInstance>;
    /** Create a new Transfer. */
    create(params: InteractionTransferCreateOptions, headers: Record<string, string> | undefined, callback?: Callback<InteractionTransferInstance>): Promise<InteractionTransferInstance>;
    /** Create a new Transfer. */
    createWithHttpInfo(callback?: Callback<ApiResponse<InteractionTransferInstance>>): Promise<ApiResponse<InteractionTransferInstance>>;
    /** Create a new Transfer. */
    createWithHttpInfo(params: InteractionTransferCreateOptions, options?: CallOptions | Callback<ApiResponse<InteractionTransferInstance>>): Promise<ApiResponse<InteractionTransferInstance>>;
    /** Create a new Transfer. */
    createWithHttpInfo(params: InteractionTransferCreateOptions, headers: Record<string, string> | undefined, callback?: Callback<ApiResponse<InteractionTransferInstance>>): Promise<ApiResponse<InteractionTransferInstance>>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface PluginConfigurationFields {
    /** The unique string that we created to identify the Flex Plugin Configuration resource. */
    sid: string;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Plugin Configuration resource and owns this resource. */
    accountSid: string;
    /** The name of this Flex Plugin Configuration. */
    name: string;
    /** The description of the Flex Plugin Configuration resource. */
    description: string;
    /** Whether the Flex Plugin Configuration is archived. The default value is false. */
    archived: boolean;
    /** The date and time in GMT when the Flex Plugin Configuration was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated: Date;
    /** The absolute URL of the Flex Plugin Configuration resource. */
    url: string;
    links: Record<string, string>;
}
export interface PluginConfigurationContext {
    readonly pluginConfigurationArchive: PluginConfigurationArchiveListInstance;
    readonly plugins: ConfiguredPluginListInstance;
    fetch(callback?: Callback<PluginConfigurationInstance>): Promise<PluginConfigurationInstance>;
    fetch(params: PluginConfigurationFetchOptions, options?: CallOptions | Callback<PluginConfigurationInstance>): Promise<PluginConfigurationInstance>;
    fetchWithHttpInfo(callback?: Callback<ApiResponse<PluginConfigurationInstance>>): Promise<ApiResponse<PluginConfigurationInstance>>;
    fetchWithHttpInfo(params: PluginConfigurationFetchOptions, options?: CallOptions | Callback<ApiResponse<PluginConfigurationInstance>>): Promise<ApiResponse<PluginConfigurationInstance>>;
    toJSON(): Record<string, string>;
}
export interface PluginConfigurationInstance extends PluginConfigurationFields {
    fetch(callback?: Callback<PluginConfigurationInstance>): Promise<PluginConfigurationInstance>;
    fetch(params: PluginConfigurationFetchOptions, options?: CallOptions | Callback<PluginConfigurationInstance>): Promise<PluginConfigurationInstance>;
    fetchWithHttpInfo(callback?: Callback<ApiResponse<PluginConfigurationInstance>>): Promise<ApiResponse<PluginConfigurationInstance>>;
    fetchWithHttpInfo(params: PluginConfigurationFetchOptions, options?: CallOptions | Callback<ApiResponse<PluginConfigurationInstance>>): Promise<ApiResponse<PluginConfigurationInstance>>;
    pluginConfigurationArchive(): PluginConfigurationArchiveListInstance;
    plugins(): ConfiguredPluginListInstance;
    toJSON(): PluginConfigurationFields;
}
export interface PluginConfigurationListOptions extends ListOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface PluginConfigurationCreateOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
    /** The Flex Plugin Configuration's name. */
    name: string;
    /** A list of objects that describe the plugin versions included in the configuration. Each object contains the sid of the plugin version. */
    plugins?: Array<unknown>;
    /** The Flex Plugin Configuration's description. */
    description?: string;
}
export interface PluginConfigurationFetchOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
}
export interface PluginConfigurationListInstance {
    (sid: string): PluginConfigurationContext;
    get(sid: string): PluginConfigurationContext;
    create(params: PluginConfigurationCreateOptions, options?: CallOptions | Callback<PluginConfigurationInstance>): Promise<PluginConfigurationInstance>;
    createWithHttpInfo(params: PluginConfigurationCreateOptions, options?: CallOptions | Callback<ApiResponse<PluginConfigurationInstance>>): Promise<ApiResponse<PluginConfigurationInstance>>;
    list(callback?: ListCallback<PluginConfigurationInstance[]>): Promise<PluginConfigurationInstance[]>;
    list(params: PluginConfigurationListOptions, options?: CallOptions | ListCallback<PluginConfigurationInstance[]>): Promise<PluginConfigurationInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<PluginConfigurationInstance[]>>): Promise<ApiResponse<PluginConfigurationInstance[]>>;
    listWithHttpInfo(params: PluginConfigurationListOptions, options?: CallOptions | ListCallback<ApiResponse<PluginConfigurationInstance[]>>): Promise<ApiResponse<PluginConfigurationInstance[]>>;
    page(callback?: ListCallback<Page<PluginConfigurationInstance>>): Promise<Page<PluginConfigurationInstance>>;
    page(params: PluginConfigurationListOptions, options?: CallOptions | ListCallback<Page<PluginConfigurationInstance>>): Promise<Page<PluginConfigurationInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<PluginConfigurationInstance>>>): Promise<ApiResponse<Page<PluginConfigurationInstance>>>;
    pageWithHttpInfo(params: PluginConfigurationListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<PluginConfigurationInstance>>>): Promise<ApiResponse<Page<PluginConfigurationInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<PluginConfigurationInstance>>): Promise<Page<PluginConfigurationInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<PluginConfigurationInstance>>>): Promise<ApiResponse<Page<PluginConfigurationInstance>>>;
    each(callback?: (item: PluginConfigurationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: PluginConfigurationListOptions & EachOptions<PluginConfigurationInstance>, callback?: (item: PluginConfigurationInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: PluginConfigurationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: PluginConfigurationListOptions & EachOptions<PluginConfigurationInstance>, callback?: (item: PluginConfigurationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: PluginConfigurationListOptions, options?: CallOptions): AsyncGenerator<PluginConfigurationInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface PluginConfigurationArchiveFields {
    /** The unique string that we created to identify the Flex Plugin Configuration resource. */
    sid: string;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Plugin Configuration resource and owns this resource. */
    accountSid: string;
    /** The name of this Flex Plugin Configuration. */
    name: string;
    /** The description of the Flex Plugin Configuration resource. */
    description: string;
    /** Whether the Flex Plugin Configuration is archived. The default value is false. */
    archived: boolean;
    /** The date and time in GMT when the Flex Plugin Configuration was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated: Date;
    /** The absolute URL of the Flex Plugin Configuration resource. */
    url: string;
}
export interface PluginConfigurationArchiveContext {
    update(callback?: Callback<PluginConfigurationArchiveInstance>): Promise<PluginConfigurationArchiveInstance>;
    update(params: PluginConfigurationArchiveUpdateOptions, options?: CallOptions | Callback<PluginConfigurationArchiveInstance>): Promise<PluginConfigurationArchiveInstance>;
    updateWithHttpInfo(callback?: Callback<ApiResponse<PluginConfigurationArchiveInstance>>): Promise<ApiResponse<PluginConfigurationArchiveInstance>>;
    updateWithHttpInfo(params: PluginConfigurationArchiveUpdateOptions, options?: CallOptions | Callback<ApiResponse<PluginConfigurationArchiveInstance>>): Promise<ApiResponse<PluginConfigurationArchiveInstance>>;
    toJSON(): Record<string, string>;
}
export interface PluginConfigurationArchiveInstance extends PluginConfigurationArchiveFields {
    update(callback?: Callback<PluginConfigurationArchiveInstance>): Promise<PluginConfigurationArchiveInstance>;
    update(params: PluginConfigurationArchiveUpdateOptions, options?: CallOptions | Callback<PluginConfigurationArchiveInstance>): Promise<PluginConfigurationArchiveInstance>;
    updateWithHttpInfo(callback?: Callback<ApiResponse<PluginConfigurationArchiveInstance>>): Promise<ApiResponse<PluginConfigurationArchiveInstance>>;
    updateWithHttpInfo(params: PluginConfigurationArchiveUpdateOptions, options?: CallOptions | Callback<ApiResponse<PluginConfigurationArchiveInstance>>): Promise<ApiResponse<PluginConfigurationArchiveInstance>>;
    toJSON(): PluginConfigurationArchiveFields;
}
export interface PluginConfigurationArchiveUpdateOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
}
export interface PluginConfigurationArchiveListInstance {
    (): PluginConfigurationArchiveContext;
    get(): PluginConfigurationArchiveContext;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ConfiguredPluginFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that the Flex Plugin resource is installed for. */
    accountSid: string;
    /** The SID of the Flex Plugin Configuration that this Flex Plugin belongs to. */
    configurationSid: string;
    /** The SID of the Flex Plugin. */
    pluginSid: string;
    /** The SID of the Flex Plugin Version. */
    pluginVersionSid: string;
    /** The phase this Flex Plugin would initialize at runtime. */
    phase: number;
    /** The URL of where the Flex Plugin Version JavaScript bundle is hosted on. */
    pluginUrl: string;
    /** The name that uniquely identifies this Flex Plugin resource. */
    uniqueName: string;
    /** The friendly name of this Flex Plugin resource. */
    friendlyName: string;
    /** A descriptive string that you create to describe the plugin resource. It can be up to 500 characters long */
    description: string;
    /** Whether the Flex Plugin is archived. The default value is false. */
    pluginArchived: boolean;
    /** The latest version of this Flex Plugin Version. */
    version: string;
    /** A changelog that describes the changes this Flex Plugin Version brings. */
    changelog: string;
    /** Whether the Flex Plugin Version is archived. The default value is false. */
    pluginVersionArchived: boolean;
    /** Whether to validate the request is authorized to access the Flex Plugin Version. */
    _private: boolean;
    /** The date and time in GMT when the Flex Plugin was installed specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated: Date;
    /** The absolute URL of the Flex Plugin resource. */
    url: string;
}
export interface ConfiguredPluginContext {
    fetch(callback?: Callback<ConfiguredPluginInstance>): Promise<ConfiguredPluginInstance>;
    fetch(params: ConfiguredPluginFetchOptions, options?: CallOptions | Callback<ConfiguredPluginInstance>): Promise<ConfiguredPluginInstance>;
    fetchWithHttpInfo(callback?: Callback<ApiResponse<ConfiguredPluginInstance>>): Promise<ApiResponse<ConfiguredPluginInstance>>;
    fetchWithHttpInfo(params: ConfiguredPluginFetchOptions, options?: CallOptions | Callback<ApiResponse<ConfiguredPluginInstance>>): Promise<ApiResponse<ConfiguredPluginInstance>>;
    toJSON(): Record<string, string>;
}
export interface ConfiguredPluginInstance extends ConfiguredPluginFields {
    fetch(callback?: Callback<ConfiguredPluginInstance>): Promise<ConfiguredPluginInstance>;
    fetch(params: ConfiguredPluginFetchOptions, options?: CallOptions | Callback<ConfiguredPluginInstance>): Promise<ConfiguredPluginInstance>;
    fetchWithHttpInfo(callback?: Callback<ApiResponse<ConfiguredPluginInstance>>): Promise<ApiResponse<ConfiguredPluginInstance>>;
    fetchWithHttpInfo(params: ConfiguredPluginFetchOptions, options?: CallOptions | Callback<ApiResponse<ConfiguredPluginInstance>>): Promise<ApiResponse<ConfiguredPluginInstance>>;
    toJSON(): ConfiguredPluginFields;
}
export interface ConfiguredPluginListOptions extends ListOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface ConfiguredPluginFetchOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
}
export interface ConfiguredPluginListInstance {
    (sid: string): ConfiguredPluginContext;
    get(sid: string): ConfiguredPluginContext;
    list(callback?: ListCallback<ConfiguredPluginInstance[]>): Promise<ConfiguredPluginInstance[]>;
    list(params: ConfiguredPluginListOptions, options?: CallOptions | ListCallback<ConfiguredPluginInstance[]>): Promise<ConfiguredPluginInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<ConfiguredPluginInstance[]>>): Promise<ApiResponse<ConfiguredPluginInstance[]>>;
    listWithHttpInfo(params: ConfiguredPluginListOptions, options?: CallOptions | ListCallback<ApiResponse<ConfiguredPluginInstance[]>>): Promise<ApiResponse<ConfiguredPluginInstance[]>>;
    page(callback?: ListCallback<Page<ConfiguredPluginInstance>>): Promise<Page<ConfiguredPluginInstance>>;
    page(params: ConfiguredPluginListOptions, options?: CallOptions | ListCallback<Page<ConfiguredPluginInstance>>): Promise<Page<ConfiguredPluginInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<ConfiguredPluginInstance>>>): Promise<ApiResponse<Page<ConfiguredPluginInstance>>>;
    pageWithHttpInfo(params: ConfiguredPluginListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<ConfiguredPluginInstance>>>): Promise<ApiResponse<Page<ConfiguredPluginInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<ConfiguredPluginInstance>>): Promise<Page<ConfiguredPluginInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<ConfiguredPluginInstance>>>): Promise<ApiResponse<Page<ConfiguredPluginInstance>>>;
    each(callback?: (item: ConfiguredPluginInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: ConfiguredPluginListOptions & EachOptions<ConfiguredPluginInstance>, callback?: (item: ConfiguredPluginInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: ConfiguredPluginInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: ConfiguredPluginListOptions & EachOptions<ConfiguredPluginInstance>, callback?: (item: ConfiguredPluginInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ConfiguredPluginListOptions, options?: CallOptions): AsyncGenerator<ConfiguredPluginInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface PluginReleaseFields {
    /** The unique string that we created to identify the Plugin Release resource. */
    sid: string;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Plugin Release resource and owns this resource. */
    accountSid: string;
    /** The SID of the Plugin Configuration resource to release. */
    configurationSid: string;
    /** The date and time in GMT when the Flex Plugin Release was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated: Date;
    /** The absolute URL of the Plugin Release resource. */
    url: string;
}
export interface PluginReleaseContext {
    fetch(callback?: Callback<PluginReleaseInstance>): Promise<PluginReleaseInstance>;
    fetch(params: PluginReleaseFetchOptions, options?: CallOptions | Callback<PluginReleaseInstance>): Promise<PluginReleaseInstance>;
    fetchWithHttpInfo(callback?: Callback<ApiResponse<PluginReleaseInstance>>): Promise<ApiResponse<PluginReleaseInstance>>;
    fetchWithHttpInfo(params: PluginReleaseFetchOptions, options?: CallOptions | Callback<ApiResponse<PluginReleaseInstance>>): Promise<ApiResponse<PluginReleaseInstance>>;
    toJSON(): Record<string, string>;
}
export interface PluginReleaseInstance extends PluginReleaseFields {
    fetch(callback?: Callback<PluginReleaseInstance>): Promise<PluginReleaseInstance>;
    fetch(params: PluginReleaseFetchOptions, options?: CallOptions | Callback<PluginReleaseInstance>): Promise<PluginReleaseInstance>;
    fetchWithHttpInfo(callback?: Callback<ApiResponse<PluginReleaseInstance>>): Promise<ApiResponse<PluginReleaseInstance>>;
    fetchWithHttpInfo(params: PluginReleaseFetchOptions, options?: CallOptions | Callback<ApiResponse<PluginReleaseInstance>>): Promise<ApiResponse<PluginReleaseInstance>>;
    toJSON(): PluginReleaseFields;
}
export interface PluginReleaseListOptions extends ListOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface PluginReleaseCreateOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
    /** The SID or the Version of the Flex Plugin Configuration to release. */
    configurationId: string;
}
export interface PluginReleaseFetchOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
}
export interface PluginReleaseListInstance {
    (sid: string): PluginReleaseContext;
    get(sid: string): PluginReleaseContext;
    create(params: PluginReleaseCreateOptions, options?: CallOptions | Callback<PluginReleaseInstance>): Promise<PluginReleaseInstance>;
    createWithHttpInfo(params: PluginReleaseCreateOptions, options?: CallOptions | Callback<ApiResponse<PluginReleaseInstance>>): Promise<ApiResponse<PluginReleaseInstance>>;
    list(callback?: ListCallback<PluginReleaseInstance[]>): Promise<PluginReleaseInstance[]>;
    list(params: PluginReleaseListOptions, options?: CallOptions | ListCallback<PluginReleaseInstance[]>): Promise<PluginReleaseInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<PluginReleaseInstance[]>>): Promise<ApiResponse<PluginReleaseInstance[]>>;
    listWithHttpInfo(params: PluginReleaseListOptions, options?: CallOptions | ListCallback<ApiResponse<PluginReleaseInstance[]>>): Promise<ApiResponse<PluginReleaseInstance[]>>;
    page(callback?: ListCallback<Page<PluginReleaseInstance>>): Promise<Page<PluginReleaseInstance>>;
    page(params: PluginReleaseListOptions, options?: CallOptions | ListCallback<Page<PluginReleaseInstance>>): Promise<Page<PluginReleaseInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<PluginReleaseInstance>>>): Promise<ApiResponse<Page<PluginReleaseInstance>>>;
    pageWithHttpInfo(params: PluginReleaseListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<PluginReleaseInstance>>>): Promise<ApiResponse<Page<PluginReleaseInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<PluginReleaseInstance>>): Promise<Page<PluginReleaseInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<PluginReleaseInstance>>>): Promise<ApiResponse<Page<PluginReleaseInstance>>>;
    each(callback?: (item: PluginReleaseInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: PluginReleaseListOptions & EachOptions<PluginReleaseInstance>, callback?: (item: PluginReleaseInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: PluginReleaseInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: PluginReleaseListOptions & EachOptions<PluginReleaseInstance>, callback?: (item: PluginReleaseInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: PluginReleaseListOptions, options?: CallOptions): AsyncGenerator<PluginReleaseInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface PluginFields {
    /** The unique string that we created to identify the Flex Plugin resource. */
    sid: string;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Plugin resource and owns this resource. */
    accountSid: string;
    /** The name that uniquely identifies this Flex Plugin resource. */
    uniqueName: string;
    /** The friendly name this Flex Plugin resource. */
    friendlyName: string;
    /** A descriptive string that you create to describe the plugin resource. It can be up to 500 characters long */
    description: string;
    /** Whether the Flex Plugin is archived. The default value is false. */
    archived: boolean;
    /** The date and time in GMT-7 when the Flex Plugin was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated: Date;
    /** The date and time in GMT-7 when the Flex Plugin was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateUpdated: Date;
    /** The absolute URL of the Flex Plugin resource. */
    url: string;
    links: Record<string, string>;
}
export interface PluginContext {
    readonly pluginArchive: PluginArchiveListInstance;
    readonly pluginVersions: PluginVersionListInstance;
    fetch(callback?: Callback<PluginInstance>): Promise<PluginInstance>;
    fetch(params: PluginFetchOptions, options?: CallOptions | Callback<PluginInstance>): Promise<PluginInstance>;
    fetchWithHttpInfo(callback?: Callback<ApiResponse<PluginInstance>>): Promise<ApiResponse<PluginInstance>>;
    fetchWithHttpInfo(params: PluginFetchOptions, options?: CallOptions | Callback<ApiResponse<PluginInstance>>): Promise<ApiResponse<PluginInstance>>;
    update(callback?: Callback<PluginInstance>): Promise<PluginInstance>;
    update(params: PluginUpdateOptions, options?: CallOptions | Callback<PluginInstance>): Promise<PluginInstance>;
    updateWithHttpInfo(callback?: Callback<ApiResponse<PluginInstance>>): Promise<ApiResponse<PluginInstance>>;
    updateWithHttpInfo(params: PluginUpdateOptions, options?: CallOptions | Callback<ApiResponse<PluginInstance>>): Promise<ApiResponse<PluginInstance>>;
    toJSON(): Record<string, string>;
}
export interface PluginInstance extends PluginFields {
    fetch(callback?: Callback<PluginInstance>): Promise<PluginInstance>;
    fetch(params: PluginFetchOptions, options?: CallOptions | Callback<PluginInstance>): Promise<PluginInstance>;
    fetchWithHttpInfo(callback?: Callback<ApiResponse<PluginInstance>>): Promise<ApiResponse<PluginInstance>>;
    fetchWithHttpInfo(params: PluginFetchOptions, options?: CallOptions | Callback<ApiResponse<PluginInstance>>): Promise<ApiResponse<PluginInstance>>;
    update(callback?: Callback<PluginInstance>): Promise<PluginInstance>;
    update(params: PluginUpdateOptions, options?: CallOptions | Callback<PluginInstance>): Promise<PluginInstance>;
    updateWithHttpInfo(callback?: Callback<ApiResponse<PluginInstance>>): Promise<ApiResponse<PluginInstance>>;
    updateWithHttpInfo(params: PluginUpdateOptions, options?: CallOptions | Callback<ApiResponse<PluginInstance>>): Promise<ApiResponse<PluginInstance>>;
    pluginArchive(): PluginArchiveListInstance;
    pluginVersions(): PluginVersionListInstance;
    toJSON(): PluginFields;
}
export interface PluginListOptions extends ListOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface PluginCreateOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
    /** The Flex Plugin's unique name. */
    uniqueName: string;
    /** The Flex Plugin's friendly name. */
    friendlyName?: string;
    /** A descriptive string that you create to describe the plugin resource. It can be up to 500 characters long */
    description?: string;
}
export interface PluginFetchOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
}
export interface PluginUpdateOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
    /** The Flex Plugin's friendly name. */
    friendlyName?: string;
    /** A descriptive string that you update to describe the plugin resource. It can be up to 500 characters long */
    description?: string;
}
export interface PluginListInstance {
    (sid: string): PluginContext;
    get(sid: string): PluginContext;
    create(params: PluginCreateOptions, options?: CallOptions | Callback<PluginInstance>): Promise<PluginInstance>;
    createWithHttpInfo(params: PluginCreateOptions, options?: CallOptions | Callback<ApiResponse<PluginInstance>>): Promise<ApiResponse<PluginInstance>>;
    list(callback?: ListCallback<PluginInstance[]>): Promise<PluginInstance[]>;
    list(params: PluginListOptions, options?: CallOptions | ListCallback<PluginInstance[]>): Promise<PluginInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<PluginInstance[]>>): Promise<ApiResponse<PluginInstance[]>>;
    listWithHttpInfo(params: PluginListOptions, options?: CallOptions | ListCallback<ApiResponse<PluginInstance[]>>): Promise<ApiResponse<PluginInstance[]>>;
    page(callback?: ListCallback<Page<PluginInstance>>): Promise<Page<PluginInstance>>;
    page(params: PluginListOptions, options?: CallOptions | ListCallback<Page<PluginInstance>>): Promise<Page<PluginInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<PluginInstance>>>): Promise<ApiResponse<Page<PluginInstance>>>;
    pageWithHttpInfo(params: PluginListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<PluginInstance>>>): Promise<ApiResponse<Page<PluginInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<PluginInstance>>): Promise<Page<PluginInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<PluginInstance>>>): Promise<ApiResponse<Page<PluginInstance>>>;
    each(callback?: (item: PluginInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: PluginListOptions & EachOptions<PluginInstance>, callback?: (item: PluginInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: PluginInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: PluginListOptions & EachOptions<PluginInstance>, callback?: (item: PluginInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: PluginListOptions, options?: CallOptions): AsyncGenerator<PluginInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface PluginArchiveFields {
    /** The unique string that we created to identify the Flex Plugin resource. */
    sid: string;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Plugin resource and owns this resource. */
    accountSid: string;
    /** The name that uniquely identifies this Flex Plugin resource. */
    uniqueName: string;
    /** The friendly name this Flex Plugin resource. */
    friendlyName: string;
    /** A descriptive string that you create to describe the plugin resource. It can be up to 500 characters long */
    description: string;
    /** Whether the Flex Plugin is archived. The default value is false. */
    archived: boolean;
    /** The date and time in GMT when the Flex Plugin was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated: Date;
    /** The date and time in GMT when the Flex Plugin was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateUpdated: Date;
    /** The absolute URL of the Flex Plugin resource. */
    url: string;
}
export interface PluginArchiveContext {
    update(callback?: Callback<PluginArchiveInstance>): Promise<PluginArchiveInstance>;
    update(params: PluginArchiveUpdateOptions, options?: CallOptions | Callback<PluginArchiveInstance>): Promise<PluginArchiveInstance>;
    updateWithHttpInfo(callback?: Callback<ApiResponse<PluginArchiveInstance>>): Promise<ApiResponse<PluginArchiveInstance>>;
    updateWithHttpInfo(params: PluginArchiveUpdateOptions, options?: CallOptions | Callback<ApiResponse<PluginArchiveInstance>>): Promise<ApiResponse<PluginArchiveInstance>>;
    toJSON(): Record<string, string>;
}
export interface PluginArchiveInstance extends PluginArchiveFields {
    update(callback?: Callback<PluginArchiveInstance>): Promise<PluginArchiveInstance>;
    update(params: PluginArchiveUpdateOptions, options?: CallOptions | Callback<PluginArchiveInstance>): Promise<PluginArchiveInstance>;
    updateWithHttpInfo(callback?: Callback<ApiResponse<PluginArchiveInstance>>): Promise<ApiResponse<PluginArchiveInstance>>;
    updateWithHttpInfo(params: PluginArchiveUpdateOptions, options?: CallOptions | Callback<ApiResponse<PluginArchiveInstance>>): Promise<ApiResponse<PluginArchiveInstance>>;
    toJSON(): PluginArchiveFields;
}
export interface PluginArchiveUpdateOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
}
export interface PluginArchiveListInstance {
    (): PluginArchiveContext;
    get(): PluginArchiveContext;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface PluginVersionFields {
    /** The unique string that we created to identify the Flex Plugin Version resource. */
    sid: string;
    /** The SID of the Flex Plugin resource this Flex Plugin Version belongs to. */
    pluginSid: string;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Plugin Version resource and owns this resource. */
    accountSid: string;
    /** The unique version of this Flex Plugin Version. */
    version: string;
    /** The URL of where the Flex Plugin Version JavaScript bundle is hosted on. */
    pluginUrl: string;
    /** A changelog that describes the changes this Flex Plugin Version brings. */
    changelog: string;
    /** Whether the Flex Plugin Version is validated. The default value is false. */
    _private: boolean;
    /** Whether the Flex Plugin Version is archived. The default value is false. */
    archived: boolean;
    validated: boolean;
    /** The date and time in GMT when the Flex Plugin Version was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated: Date;
    /** The absolute URL of the Flex Plugin Version resource. */
    url: string;
}
export interface PluginVersionContext {
    readonly pluginVersionArchive: PluginVersionArchiveListInstance;
    fetch(callback?: Callback<PluginVersionInstance>): Promise<PluginVersionInstance>;
    fetch(params: PluginVersionFetchOptions, options?: CallOptions | Callback<PluginVersionInstance>): Promise<PluginVersionInstance>;
    fetchWithHttpInfo(callback?: Callback<ApiResponse<PluginVersionInstance>>): Promise<ApiResponse<PluginVersionInstance>>;
    fetchWithHttpInfo(params: PluginVersionFetchOptions, options?: CallOptions | Callback<ApiResponse<PluginVersionInstance>>): Promise<ApiResponse<PluginVersionInstance>>;
    toJSON(): Record<string, string>;
}
export interface PluginVersionInstance extends PluginVersionFields {
    fetch(callback?: Callback<PluginVersionInstance>): Promise<PluginVersionInstance>;
    fetch(params: PluginVersionFetchOptions, options?: CallOptions | Callback<PluginVersionInstance>): Promise<PluginVersionInstance>;
    fetchWithHttpInfo(callback?: Callback<ApiResponse<PluginVersionInstance>>): Promise<ApiResponse<PluginVersionInstance>>;
    fetchWithHttpInfo(params: PluginVersionFetchOptions, options?: CallOptions | Callback<ApiResponse<PluginVersionInstance>>): Promise<ApiResponse<PluginVersionInstance>>;
    pluginVersionArchive(): PluginVersionArchiveListInstance;
    toJSON(): PluginVersionFields;
}
export interface PluginVersionListOptions extends ListOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface PluginVersionCreateOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
    /** The Flex Plugin Version's version. */
    versionParam: string;
    /** The URL of the Flex Plugin Version bundle */
    pluginUrl: string;
    /** The changelog of the Flex Plugin Version. */
    changelog?: string;
    /** Whether this Flex Plugin Version requires authorization. */
    private?: boolean;
    /** The version of Flex Plugins CLI used to create this plugin */
    cliVersion?: string;
    /** The validation status of the plugin, indicating whether it has been validated */
    validateStatus?: string;
}
export interface PluginVersionFetchOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
}
export interface PluginVersionListInstance {
    (sid: string): PluginVersionContext;
    get(sid: string): PluginVersionContext;
    create(params: PluginVersionCreateOptions, options?: CallOptions | Callback<PluginVersionInstance>): Promise<PluginVersionInstance>;
    createWithHttpInfo(params: PluginVersionCreateOptions, options?: CallOptions | Callback<ApiResponse<PluginVersionInstance>>): Promise<ApiResponse<PluginVersionInstance>>;
    list(callback?: ListCallback<PluginVersionInstance[]>): Promise<PluginVersionInstance[]>;
    list(params: PluginVersionListOptions, options?: CallOptions | ListCallback<PluginVersionInstance[]>): Promise<PluginVersionInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<PluginVersionInstance[]>>): Promise<ApiResponse<PluginVersionInstance[]>>;
    listWithHttpInfo(params: PluginVersionListOptions, options?: CallOptions | ListCallback<ApiResponse<PluginVersionInstance[]>>): Promise<ApiResponse<PluginVersionInstance[]>>;
    page(callback?: ListCallback<Page<PluginVersionInstance>>): Promise<Page<PluginVersionInstance>>;
    page(params: PluginVersionListOptions, options?: CallOptions | ListCallback<Page<PluginVersionInstance>>): Promise<Page<PluginVersionInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<PluginVersionInstance>>>): Promise<ApiResponse<Page<PluginVersionInstance>>>;
    pageWithHttpInfo(params: PluginVersionListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<PluginVersionInstance>>>): Promise<ApiResponse<Page<PluginVersionInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<PluginVersionInstance>>): Promise<Page<PluginVersionInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<PluginVersionInstance>>>): Promise<ApiResponse<Page<PluginVersionInstance>>>;
    each(callback?: (item: PluginVersionInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: PluginVersionListOptions & EachOptions<PluginVersionInstance>, callback?: (item: PluginVersionInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: PluginVersionInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: PluginVersionListOptions & EachOptions<PluginVersionInstance>, callback?: (item: PluginVersionInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: PluginVersionListOptions, options?: CallOptions): AsyncGenerator<PluginVersionInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface PluginVersionArchiveFields {
    /** The unique string that we created to identify the Flex Plugin Version resource. */
    sid: string;
    /** The SID of the Flex Plugin resource this Flex Plugin Version belongs to. */
    pluginSid: string;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Plugin Version resource and owns this resource. */
    accountSid: string;
    /** The unique version of this Flex Plugin Version. */
    version: string;
    /** The URL of where the Flex Plugin Version JavaScript bundle is hosted on. */
    pluginUrl: string;
    /** A changelog that describes the changes this Flex Plugin Version brings. */
    changelog: string;
    /** Whether to inject credentials while accessing this Plugin Version. The default value is false. */
    _private: boolean;
    /** Whether the Flex Plugin Version is archived. The default value is false. */
    archived: boolean;
    /** The date and time in GMT when the Flex Plugin Version was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated: Date;
    /** The absolute URL of the Flex Plugin Version resource. */
    url: string;
}
export interface PluginVersionArchiveContext {
    update(callback?: Callback<PluginVersionArchiveInstance>): Promise<PluginVersionArchiveInstance>;
    update(params: PluginVersionArchiveUpdateOptions, options?: CallOptions | Callback<PluginVersionArchiveInstance>): Promise<PluginVersionArchiveInstance>;
    updateWithHttpInfo(callback?: Callback<ApiResponse<PluginVersionArchiveInstance>>): Promise<ApiResponse<PluginVersionArchiveInstance>>;
    updateWithHttpInfo(params: PluginVersionArchiveUpdateOptions, options?: CallOptions | Callback<ApiResponse<PluginVersionArchiveInstance>>): Promise<ApiResponse<PluginVersionArchiveInstance>>;
    toJSON(): Record<string, string>;
}
export interface PluginVersionArchiveInstance extends PluginVersionArchiveFields {
    update(callback?: Callback<PluginVersionArchiveInstance>): Promise<PluginVersionArchiveInstance>;
    update(params: PluginVersionArchiveUpdateOptions, options?: CallOptions | Callback<PluginVersionArchiveInstance>): Promise<PluginVersionArchiveInstance>;
    updateWithHttpInfo(callback?: Callback<ApiResponse<PluginVersionArchiveInstance>>): Promise<ApiResponse<PluginVersionArchiveInstance>>;
    updateWithHttpInfo(params: PluginVersionArchiveUpdateOptions, options?: CallOptions | Callback<ApiResponse<PluginVersionArchiveInstance>>): Promise<ApiResponse<PluginVersionArchiveInstance>>;
    toJSON(): PluginVersionArchiveFields;
}
export interface PluginVersionArchiveUpdateOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
}
export interface PluginVersionArchiveListInstance {
    (): PluginVersionArchiveContext;
    get(): PluginVersionArchiveContext;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ProvisioningStatusFields {
    status: ProvisioningStatusEnumStatus;
    /** The absolute URL of the resource. */
    url: string;
}
export interface ProvisioningStatusContext {
    fetch(options?: CallOptions | Callback<ProvisioningStatusInstance>): Promise<ProvisioningStatusInstance>;
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ProvisioningStatusInstance>>): Promise<ApiResponse<ProvisioningStatusInstance>>;
    toJSON(): Record<string, string>;
}
/** Status for email provisioning */
export interface ProvisioningStatusInstance extends ProvisioningStatusFields {
    fetch(options?: CallOptions | Callback<ProvisioningStatusInstance>): Promise<ProvisioningStatusInstance>;
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ProvisioningStatusInstance>>): Promise<ApiResponse<ProvisioningStatusInstance>>;
    toJSON(): ProvisioningStatusFields;
}
/** Status for email provisioning */
export interface ProvisioningStatusListInstance {
    (): ProvisioningStatusContext;
    get(): ProvisioningStatusContext;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface WebChannelFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the WebChannel resource and owns this Workflow. */
    accountSid: string;
    /** The SID of the Flex Flow. */
    flexFlowSid: string;
    /** The unique string that we created to identify the WebChannel resource. */
    sid: string;
    /** The absolute URL of the WebChannel resource. */
    url: string;
    /** The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated: Date;
    /** The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateUpdated: Date;
}
export interface WebChannelContext {
    fetch(options?: CallOptions | Callback<WebChannelInstance>): Promise<WebChannelInstance>;
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<WebChannelInstance>>): Promise<ApiResponse<WebChannelInstance>>;
    update(callback?: Callback<WebChannelInstance>): Promise<WebChannelInstance>;
    update(params: WebChannelUpdateOptions, options?: CallOptions | Callback<WebChannelInstance>): Promise<WebChannelInstance>;
    updateWithHttpInfo(callback?: Callback<ApiResponse<WebChannelInstance>>): Promise<ApiResponse<WebChannelInstance>>;
    updateWithHttpInfo(params: WebChannelUpdateOptions, options?: CallOptions | Callback<ApiResponse<WebChannelInstance>>): Promise<ApiResponse<WebChannelInstance>>;
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
export interface WebChannelInstance extends WebChannelFields {
    fetch(options?: CallOptions | Callback<WebChannelInstance>): Promise<WebChannelInstance>;
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<WebChannelInstance>>): Promise<ApiResponse<WebChannelInstance>>;
    update(callback?: Callback<WebChannelInstance>): Promise<WebChannelInstance>;
    update(params: WebChannelUpdateOptions, options?: CallOptions | Callback<WebChannelInstance>): Promise<WebChannelInstance>;
    updateWithHttpInfo(callback?: Callback<ApiResponse<WebChannelInstance>>): Promise<ApiResponse<WebChannelInstance>>;
    updateWithHttpInfo(params: WebChannelUpdateOptions, options?: CallOptions | Callback<ApiResponse<WebChannelInstance>>): Promise<ApiResponse<WebChannelInstance>>;
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): WebChannelFields;
}
export interface WebChannelListOptions extends ListOptions {
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface WebChannelCreateOptions {
    /** The SID of the Flex Flow. */
    flexFlowSid: string;
    /** The chat identity. */
    identity: string;
    /** The chat participant's friendly name. */
    customerFriendlyName: string;
    /** The chat channel's friendly name. */
    chatFriendlyName: string;
    /** The chat channel's unique name. */
    chatUniqueName?: string;
    /** The pre-engagement data. */
    preEngagementData?: string;
}
export interface WebChannelUpdateOptions {
    chatStatus?: WebChannelEnumChatStatus;
    /** The post-engagement data. */
    postEngagementData?: string;
}
export interface WebChannelListInstance {
    (sid: string): WebChannelContext;
    get(sid: string): WebChannelContext;
    create(params: WebChannelCreateOptions, options?: CallOptions | Callback<WebChannelInstance>): Promise<WebChannelInstance>;
    createWithHttpInfo(params: WebChannelCreateOptions, options?: CallOptions | Callback<ApiResponse<WebChannelInstance>>): Promise<ApiResponse<WebChannelInstance>>;
    list(callback?: ListCallback<WebChannelInstance[]>): Promise<WebChannelInstance[]>;
    list(params: WebChannelListOptions, options?: CallOptions | ListCallback<WebChannelInstance[]>): Promise<WebChannelInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<WebChannelInstance[]>>): Promise<ApiResponse<WebChannelInstance[]>>;
    listWithHttpInfo(params: WebChannelListOptions, options?: CallOptions | ListCallback<ApiResponse<WebChannelInstance[]>>): Promise<ApiResponse<WebChannelInstance[]>>;
    page(callback?: ListCallback<Page<WebChannelInstance>>): Promise<Page<WebChannelInstance>>;
    page(params: WebChannelListOptions, options?: CallOptions | ListCallback<Page<WebChannelInstance>>): Promise<Page<WebChannelInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<WebChannelInstance>>>): Promise<ApiResponse<Page<WebChannelInstance>>>;
    pageWithHttpInfo(params: WebChannelListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<WebChannelInstance>>>): Promise<ApiResponse<Page<WebChannelInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<WebChannelInstance>>): Promise<Page<WebChannelInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<WebChannelInstance>>>): Promise<ApiResponse<Page<WebChannelInstance>>>;
    each(callback?: (item: WebChannelInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: WebChannelListOptions & EachOptions<WebChannelInstance>, callback?: (item: WebChannelInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: WebChannelInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: WebChannelListOptions & EachOptions<WebChannelInstance>, callback?: (item: WebChannelInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: WebChannelListOptions, options?: CallOptions): AsyncGenerator<WebChannelInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
export interface PluginConfigurationArchiveRootListInstance {
    (sid: string): PluginConfigurationArchiveContext;
    get(sid: string): PluginConfigurationArchiveContext;
    toJSON(): Record<string, string>;
}
export interface PluginArchiveRootListInstance {
    (sid: string): PluginArchiveContext;
    get(sid: string): PluginArchiveContext;
    toJSON(): Record<string, string>;
}
export interface PluginVersionArchiveRootListInstance {
    (pluginSid: string, sid: string): PluginVersionArchiveContext;
    get(pluginSid: string, sid: string): PluginVersionArchiveContext;
    toJSON(): Record<string, string>;
}
/** twilio-node's name for this type. */
export type AiInsightsTagGroup = AiInsightsEnumTagGroup;
/** twilio-node's name for this type. */
export type ConfigurationStatus = ConfigurationEnumStatus;
/** twilio-node's name for this type. */
export type FlexFlowChannelType = FlexFlowEnumChannelType;
/** twilio-node's name for this type. */
export type FlexFlowIntegrationType = FlexFlowEnumIntegrationType;
/** twilio-node's name for this type. */
export type FlexInsightsRulesMetricId = FlexInsightsRulesEnumMetricId;
/** twilio-node's name for this type. */
export type FlexInsightsRulesNotifySeverity = FlexInsightsRulesEnumNotifySeverity;
/** twilio-node's name for this type. */
export type FlexMeetingCallbackEventsWebhookMethod = FlexMeetingCallbackEventsEnumWebhookMethod;
/** twilio-node's name for this type. */
export type FlexMeetingCallbackEventsWebhookType = FlexMeetingCallbackEventsEnumWebhookType;
/** twilio-node's name for this type. */
export type InsightsConversationalAiGranularity = InsightsConversationalAiEnumGranularity;
/** twilio-node's name for this type. */
export type InsightsConversationalAiName = InsightsConversationalAiEnumName;
/** twilio-node's name for this type. */
export type InsightsConversationalAiScoreId = InsightsConversationalAiEnumScoreId;
/** twilio-node's name for this type. */
export type InsightsConversationalAiSortBy = InsightsConversationalAiEnumSortBy;
/** twilio-node's name for this type. */
export type InsightsConversationalAiSortDirection = InsightsConversationalAiEnumSortDirection;
/** twilio-node's name for this type. */
export type InsightsConversationalAiTier = InsightsConversationalAiEnumTier;
/** twilio-node's name for this type. */
export type InsightsConversationalAiType = InsightsConversationalAiEnumType;
/** twilio-node's name for this type. */
export type InteractionChannelAppStatus = InteractionChannelAppEnumStatus;
/** twilio-node's name for this type. */
export type InteractionChannelAppType = InteractionChannelAppEnumType;
/** twilio-node's name for this type. */
export type InteractionChannelChannelStatus = InteractionChannelEnumChannelStatus;
/** twilio-node's name for this type. */
export type InteractionChannelStatus = InteractionChannelEnumStatus;
/** twilio-node's name for this type. */
export type InteractionChannelType = InteractionChannelEnumType;
/** twilio-node's name for this type. */
export type InteractionChannelUpdateChannelStatus = InteractionChannelEnumUpdateChannelStatus;
/** twilio-node's name for this type. */
export type InteractionChannelInviteAction = InteractionChannelInviteEnumAction;
/** twilio-node's name for this type. */
export type InteractionChannelInviteType = InteractionChannelInviteEnumType;
/** twilio-node's name for this type. */
export type InteractionChannelParticipantStatus = InteractionChannelParticipantEnumStatus;
/** twilio-node's name for this type. */
export type InteractionChannelParticipantType = InteractionChannelParticipantEnumType;
/** twilio-node's name for this type. */
export type InteractionTransferTransferStatus = InteractionTransferEnumTransferStatus;
/** twilio-node's name for this type. */
export type InteractionTransferTransferType = InteractionTransferEnumTransferType;
/** twilio-node's name for this type. */
export type ProvisioningStatusStatus = ProvisioningStatusEnumStatus;
/** twilio-node's name for this type. */
export type TransferTransferStatus = TransferEnumTransferStatus;
/** twilio-node's name for this type. */
export type TransferTransferType = TransferEnumTransferType;
/** twilio-node's name for this type. */
export type WebChannelChatStatus = WebChannelEnumChatStatus;
/** twilio-node's name for this type. */
export type InsightsAssessmentsListInstanceCreateOptions = InsightsAssessmentsCreateOptions;
/** twilio-node's name for this type. */
export type InsightsAssessmentsContextUpdateOptions = InsightsAssessmentsUpdateOptions;
/** twilio-node's name for this type. */
export type InsightsAssessmentsListInstanceOptions = InsightsAssessmentsListOptions;
/** twilio-node's name for this type. */
export type InsightsAssessmentsListInstancePageOptions = InsightsAssessmentsListOptions;
/** twilio-node's name for this type. */
export type InsightsAssessmentsListInstanceEachOptions = InsightsAssessmentsListOptions & EachOptions<InsightsAssessmentsInstance>;
/** twilio-node's name for this type. */
export type InsightsAssessmentsPage = Page<InsightsAssessmentsInstance>;
/** twilio-node's name for this type. */
export type ChannelListInstanceCreateOptions = ChannelCreateOptions;
/** twilio-node's name for this type. */
export type ChannelListInstanceOptions = ChannelListOptions;
/** twilio-node's name for this type. */
export type ChannelListInstancePageOptions = ChannelListOptions;
/** twilio-node's name for this type. */
export type ChannelListInstanceEachOptions = ChannelListOptions & EachOptions<ChannelInstance>;
/** twilio-node's name for this type. */
export type ChannelPage = Page<ChannelInstance>;
/** twilio-node's name for this type. */
export type ConfigurationContextFetchOptions = ConfigurationFetchOptions;
/** twilio-node's name for this type. */
export type ConfigurationContextUpdateOptions = ConfigurationUpdateOptions;
/** twilio-node's name for this type. */
export type FlexFlowListInstanceCreateOptions = FlexFlowCreateOptions;
/** twilio-node's name for this type. */
export type FlexFlowContextUpdateOptions = FlexFlowUpdateOptions;
/** twilio-node's name for this type. */
export type FlexFlowListInstanceOptions = FlexFlowListOptions;
/** twilio-node's name for this type. */
export type FlexFlowListInstancePageOptions = FlexFlowListOptions;
/** twilio-node's name for this type. */
export type FlexFlowListInstanceEachOptions = FlexFlowListOptions & EachOptions<FlexFlowInstance>;
/** twilio-node's name for this type. */
export type FlexFlowPage = Page<FlexFlowInstance>;
/** twilio-node's name for this type. */
export type InsightsAssessmentsCommentListInstanceCreateOptions = InsightsAssessmentsCommentCreateOptions;
/** twilio-node's name for this type. */
export type InsightsAssessmentsCommentListInstanceOptions = InsightsAssessmentsCommentListOptions;
/** twilio-node's name for this type. */
export type InsightsAssessmentsCommentListInstancePageOptions = InsightsAssessmentsCommentListOptions;
/** twilio-node's name for this type. */
export type InsightsAssessmentsCommentListInstanceEachOptions = InsightsAssessmentsCommentListOptions & EachOptions<InsightsAssessmentsCommentInstance>;
/** twilio-node's name for this type. */
export type InsightsAssessmentsCommentPage = Page<InsightsAssessmentsCommentInstance>;
/** twilio-node's name for this type. */
export type InsightsConversationsListInstanceOptions = InsightsConversationsListOptions;
/** twilio-node's name for this type. */
export type InsightsConversationsListInstancePageOptions = InsightsConversationsListOptions;
/** twilio-node's name for this type. */
export type InsightsConversationsListInstanceEachOptions = InsightsConversationsListOptions & EachOptions<InsightsConversationsInstance>;
/** twilio-node's name for this type. */
export type InsightsConversationsPage = Page<InsightsConversationsInstance>;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesListInstanceCreateOptions = InsightsQuestionnairesCreateOptions;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesContextFetchOptions = InsightsQuestionnairesFetchOptions;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesContextUpdateOptions = InsightsQuestionnairesUpdateOptions;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesContextRemoveOptions = InsightsQuestionnairesRemoveOptions;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesListInstanceOptions = InsightsQuestionnairesListOptions;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesListInstancePageOptions = InsightsQuestionnairesListOptions;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesListInstanceEachOptions = InsightsQuestionnairesListOptions & EachOptions<InsightsQuestionnairesInstance>;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesPage = Page<InsightsQuestionnairesInstance>;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesCategoryListInstanceCreateOptions = InsightsQuestionnairesCategoryCreateOptions;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesCategoryContextUpdateOptions = InsightsQuestionnairesCategoryUpdateOptions;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesCategoryContextRemoveOptions = InsightsQuestionnairesCategoryRemoveOptions;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesCategoryListInstanceOptions = InsightsQuestionnairesCategoryListOptions;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesCategoryListInstancePageOptions = InsightsQuestionnairesCategoryListOptions;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesCategoryListInstanceEachOptions = InsightsQuestionnairesCategoryListOptions & EachOptions<InsightsQuestionnairesCategoryInstance>;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesCategoryPage = Page<InsightsQuestionnairesCategoryInstance>;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesQuestionListInstanceCreateOptions = InsightsQuestionnairesQuestionCreateOptions;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesQuestionContextUpdateOptions = InsightsQuestionnairesQuestionUpdateOptions;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesQuestionContextRemoveOptions = InsightsQuestionnairesQuestionRemoveOptions;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesQuestionListInstanceOptions = InsightsQuestionnairesQuestionListOptions;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesQuestionListInstancePageOptions = InsightsQuestionnairesQuestionListOptions;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesQuestionListInstanceEachOptions = InsightsQuestionnairesQuestionListOptions & EachOptions<InsightsQuestionnairesQuestionInstance>;
/** twilio-node's name for this type. */
export type InsightsQuestionnairesQuestionPage = Page<InsightsQuestionnairesQuestionInstance>;
/** twilio-node's name for this type. */
export type InsightsSegmentsListInstanceOptions = InsightsSegmentsListOptions;
/** twilio-node's name for this type. */
export type InsightsSegmentsListInstancePageOptions = InsightsSegmentsListOptions;
/** twilio-node's name for this type. */
export type InsightsSegmentsListInstanceEachOptions = InsightsSegmentsListOptions & EachOptions<InsightsSegmentsInstance>;
/** twilio-node's name for this type. */
export type InsightsSegmentsPage = Page<InsightsSegmentsInstance>;
/** twilio-node's name for this type. */
export type InsightsSessionListInstanceCreateOptions = InsightsSessionCreateOptions;
/** twilio-node's name for this type. */
export type InsightsSettingsAnswersetsContextFetchOptions = InsightsSettingsAnswersetsFetchOptions;
/** twilio-node's name for this type. */
export type InsightsSettingsCommentContextFetchOptions = InsightsSettingsCommentFetchOptions;
/** twilio-node's name for this type. */
export type InsightsUserRolesContextFetchOptions = InsightsUserRolesFetchOptions;
/** twilio-node's name for this type. */
export type InteractionListInstanceCreateOptions = InteractionCreateOptions;
/** twilio-node's name for this type. */
export type InteractionContextUpdateOptions = InteractionUpdateOptions;
/** twilio-node's name for this type. */
export type InteractionChannelContextUpdateOptions = InteractionChannelUpdateOptions;
/** twilio-node's name for this type. */
export type InteractionChannelListInstanceOptions = InteractionChannelListOptions;
/** twilio-node's name for this type. */
export type InteractionChannelListInstancePageOptions = InteractionChannelListOptions;
/** twilio-node's name for this type. */
export type InteractionChannelListInstanceEachOptions = InteractionChannelListOptions & EachOptions<InteractionChannelInstance>;
/** twilio-node's name for this type. */
export type InteractionChannelPage = Page<InteractionChannelInstance>;
/** twilio-node's name for this type. */
export type InteractionChannelInviteListInstanceCreateOptions = InteractionChannelInviteCreateOptions;
/** twilio-node's name for this type. */
export type InteractionChannelInviteListInstanceOptions = InteractionChannelInviteListOptions;
/** twilio-node's name for this type. */
export type InteractionChannelInviteListInstancePageOptions = InteractionChannelInviteListOptions;
/** twilio-node's name for this type. */
export type InteractionChannelInviteListInstanceEachOptions = InteractionChannelInviteListOptions & EachOptions<InteractionChannelInviteInstance>;
/** twilio-node's name for this type. */
export type InteractionChannelInvitePage = Page<InteractionChannelInviteInstance>;
/** twilio-node's name for this type. */
export type InteractionChannelParticipantListInstanceCreateOptions = InteractionChannelParticipantCreateOptions;
/** twilio-node's name for this type. */
export type InteractionChannelParticipantContextUpdateOptions = InteractionChannelParticipantUpdateOptions;
/** twilio-node's name for this type. */
export type InteractionChannelParticipantListInstanceOptions = InteractionChannelParticipantListOptions;
/** twilio-node's name for this type. */
export type InteractionChannelParticipantListInstancePageOptions = InteractionChannelParticipantListOptions;
/** twilio-node's name for this type. */
export type InteractionChannelParticipantListInstanceEachOptions = InteractionChannelParticipantListOptions & EachOptions<InteractionChannelParticipantInstance>;
/** twilio-node's name for this type. */
export type InteractionChannelParticipantPage = Page<InteractionChannelParticipantInstance>;
/** twilio-node's name for this type. */
export type InteractionTransferListInstanceCreateOptions = InteractionTransferCreateOptions;
/** twilio-node's name for this type. */
export type InteractionTransferContextUpdateOptions = InteractionTransferUpdateOptions;
/** twilio-node's name for this type. */
export type PluginConfigurationListInstanceCreateOptions = PluginConfigurationCreateOptions;
/** twilio-node's name for this type. */
export type PluginConfigurationContextFetchOptions = PluginConfigurationFetchOptions;
/** twilio-node's name for this type. */
export type PluginConfigurationListInstanceOptions = PluginConfigurationListOptions;
/** twilio-node's name for this type. */
export type PluginConfigurationListInstancePageOptions = PluginConfigurationListOptions;
/** twilio-node's name for this type. */
export type PluginConfigurationListInstanceEachOptions = PluginConfigurationListOptions & EachOptions<PluginConfigurationInstance>;
/** twilio-node's name for this type. */
export type PluginConfigurationPage = Page<PluginConfigurationInstance>;
/** twilio-node's name for this type. */
export type PluginConfigurationArchiveContextUpdateOptions = PluginConfigurationArchiveUpdateOptions;
/** twilio-node's name for this type. */
export type ConfiguredPluginContextFetchOptions = ConfiguredPluginFetchOptions;
/** twilio-node's name for this type. */
export type ConfiguredPluginListInstanceOptions = ConfiguredPluginListOptions;
/** twilio-node's name for this type. */
export type ConfiguredPluginListInstancePageOptions = ConfiguredPluginListOptions;
/** twilio-node's name for this type. */
export type ConfiguredPluginListInstanceEachOptions = ConfiguredPluginListOptions & EachOptions<ConfiguredPluginInstance>;
/** twilio-node's name for this type. */
export type ConfiguredPluginPage = Page<ConfiguredPluginInstance>;
/** twilio-node's name for this type. */
export type PluginReleaseListInstanceCreateOptions = PluginReleaseCreateOptions;
/** twilio-node's name for this type. */
export type PluginReleaseContextFetchOptions = PluginReleaseFetchOptions;
/** twilio-node's name for this type. */
export type PluginReleaseListInstanceOptions = PluginReleaseListOptions;
/** twilio-node's name for this type. */
export type PluginReleaseListInstancePageOptions = PluginReleaseListOptions;
/** twilio-node's name for this type. */
export type PluginReleaseListInstanceEachOptions = PluginReleaseListOptions & EachOptions<PluginReleaseInstance>;
/** twilio-node's name for this type. */
export type PluginReleasePage = Page<PluginReleaseInstance>;
/** twilio-node's name for this type. */
export type PluginListInstanceCreateOptions = PluginCreateOptions;
/** twilio-node's name for this type. */
export type PluginContextFetchOptions = PluginFetchOptions;
/** twilio-node's name for this type. */
export type PluginContextUpdateOptions = PluginUpdateOptions;
/** twilio-node's name for this type. */
export type PluginListInstanceOptions = PluginListOptions;
/** twilio-node's name for this type. */
export type PluginListInstancePageOptions = PluginListOptions;
/** twilio-node's name for this type. */
export type PluginListInstanceEachOptions = PluginListOptions & EachOptions<PluginInstance>;
/** twilio-node's name for this type. */
export type PluginPage = Page<PluginInstance>;
/** twilio-node's name for this type. */
export type PluginArchiveContextUpdateOptions = PluginArchiveUpdateOptions;
/** twilio-node's name for this type. */
export type PluginVersionListInstanceCreateOptions = PluginVersionCreateOptions;
/** twilio-node's name for this type. */
export type PluginVersionContextFetchOptions = PluginVersionFetchOptions;
/** twilio-node's name for this type. */
export type PluginVersionListInstanceOptions = PluginVersionListOptions;
/** twilio-node's name for this type. */
export type PluginVersionListInstancePageOptions = PluginVersionListOptions;
/** twilio-node's name for this type. */
export type PluginVersionListInstanceEachOptions = PluginVersionListOptions & EachOptions<PluginVersionInstance>;
/** twilio-node's name for this type. */
export type PluginVersionPage = Page<PluginVersionInstance>;
/** twilio-node's name for this type. */
export type PluginVersionArchiveContextUpdateOptions = PluginVersionArchiveUpdateOptions;
/** twilio-node's name for this type. */
export type WebChannelListInstanceCreateOptions = WebChannelCreateOptions;
/** twilio-node's name for this type. */
export type WebChannelContextUpdateOptions = WebChannelUpdateOptions;
/** twilio-node's name for this type. */
export type WebChannelListInstanceOptions = WebChannelListOptions;
/** twilio-node's name for this type. */
export type WebChannelListInstancePageOptions = WebChannelListOptions;
/** twilio-node's name for this type. */
export type WebChannelListInstanceEachOptions = WebChannelListOptions & EachOptions<WebChannelInstance>;
/** twilio-node's name for this type. */
export type WebChannelPage = Page<WebChannelInstance>;

import type { CallOptions, Callback } from "./runtime/transport.js";
import type { EachOptions, ListOptions, Page } from "./runtime/paging.js";
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
}
export interface InsightsAssessmentsFields {
    /** The unique SID identifier of the Account. */
    accountSid?: string | null;
    /** The SID of the assessment */
    assessmentSid?: string | null;
    /** Offset of the conversation */
    offset?: string | null;
    /** The flag indicating if this assessment is part of report */
    report?: boolean | null;
    /** The weightage given to this comment */
    weight?: string | null;
    /** The id of the Agent */
    agentId?: string | null;
    /** Segment Id of conversation */
    segmentId?: string | null;
    /** The name of the user. */
    userName?: string | null;
    /** The email id of the user. */
    userEmail?: string | null;
    /** The answer text selected by user */
    answerText?: string | null;
    /** The id of the answer selected by user */
    answerId?: string | null;
    /** Assessment Details associated with an assessment */
    assessment?: unknown;
    timestamp?: string | null;
    url?: string | null;
}
export interface InsightsAssessmentsContext {
    /** Update a specific Assessment assessed earlier */
    update(params: InsightsAssessmentsUpdateOptions, options?: CallOptions | Callback<InsightsAssessmentsInstance>): Promise<InsightsAssessmentsInstance>;
}
export interface InsightsAssessmentsInstance extends InsightsAssessmentsContext, InsightsAssessmentsFields {
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
    list(params?: InsightsAssessmentsListOptions, options?: CallOptions | Callback<InsightsAssessmentsInstance[]>): Promise<InsightsAssessmentsInstance[]>;
    page(params?: InsightsAssessmentsListOptions, options?: CallOptions | Callback<Page<InsightsAssessmentsInstance>>): Promise<Page<InsightsAssessmentsInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<InsightsAssessmentsInstance>>): Promise<Page<InsightsAssessmentsInstance>>;
    each(callback: (item: InsightsAssessmentsInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: InsightsAssessmentsListOptions & EachOptions<InsightsAssessmentsInstance>, callback?: (item: InsightsAssessmentsInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: InsightsAssessmentsListOptions, options?: CallOptions): AsyncGenerator<InsightsAssessmentsInstance, void, undefined>;
}
export interface ChannelFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Channel resource and owns this Workflow. */
    accountSid?: string | null;
    /** The SID of the Flex Flow. */
    flexFlowSid?: string | null;
    /** The unique string that we created to identify the Channel resource. */
    sid?: string | null;
    /** The SID of the chat user. */
    userSid?: string | null;
    /** The SID of the TaskRouter Task. Only valid when integration type is `task`. `null` for integration types `studio` & `external` */
    taskSid?: string | null;
    /** The absolute URL of the Flex chat channel resource. */
    url?: string | null;
    /** The date and time in GMT when the Flex chat channel was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated?: Date | null;
    /** The date and time in GMT when the Flex chat channel was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateUpdated?: Date | null;
}
export interface ChannelContext {
    fetch(options?: CallOptions | Callback<ChannelInstance>): Promise<ChannelInstance>;
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
/** Flex chat channels */
export interface ChannelInstance extends ChannelContext, ChannelFields {
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
    list(params?: ChannelListOptions, options?: CallOptions | Callback<ChannelInstance[]>): Promise<ChannelInstance[]>;
    page(params?: ChannelListOptions, options?: CallOptions | Callback<Page<ChannelInstance>>): Promise<Page<ChannelInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<ChannelInstance>>): Promise<Page<ChannelInstance>>;
    each(callback: (item: ChannelInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: ChannelListOptions & EachOptions<ChannelInstance>, callback?: (item: ChannelInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ChannelListOptions, options?: CallOptions): AsyncGenerator<ChannelInstance, void, undefined>;
}
export interface ConfigurationFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Configuration resource. */
    accountSid?: string | null;
    /** The date and time in GMT when the Configuration resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated?: Date | null;
    /** The date and time in GMT when the Configuration resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateUpdated?: Date | null;
    /** An object that contains application-specific data. */
    attributes?: unknown;
    status?: ConfigurationEnumStatus;
    /** The SID of the TaskRouter Workspace. */
    taskrouterWorkspaceSid?: string | null;
    /** The SID of the TaskRouter target Workflow. */
    taskrouterTargetWorkflowSid?: string | null;
    /** The SID of the TaskRouter Target TaskQueue. */
    taskrouterTargetTaskqueueSid?: string | null;
    /** The list of TaskRouter TaskQueues. */
    taskrouterTaskqueues?: Array<unknown> | null;
    /** The Skill description for TaskRouter workers. */
    taskrouterSkills?: Array<unknown> | null;
    /** The TaskRouter default channel capacities and availability for workers. */
    taskrouterWorkerChannels?: unknown;
    /** The TaskRouter Worker attributes. */
    taskrouterWorkerAttributes?: unknown;
    /** The TaskRouter SID of the offline activity. */
    taskrouterOfflineActivitySid?: string | null;
    /** The URL where the Flex instance is hosted. */
    runtimeDomain?: string | null;
    /** The SID of the Messaging service instance. */
    messagingServiceInstanceSid?: string | null;
    /** The SID of the chat service this user belongs to. */
    chatServiceInstanceSid?: string | null;
    /** The SID of the Flex service instance. */
    flexServiceInstanceSid?: string | null;
    /** The SID of the Flex instance. */
    flexInstanceSid?: string | null;
    /** The primary language of the Flex UI. */
    uiLanguage?: string | null;
    /** The object that describes Flex UI characteristics and settings. */
    uiAttributes?: unknown;
    /** The object that defines the NPM packages and versions to be used in Hosted Flex. */
    uiDependencies?: unknown;
    /** The Pinned UI version. */
    uiVersion?: string | null;
    /** The Flex Service version. */
    serviceVersion?: string | null;
    /** Whether call recording is enabled. */
    callRecordingEnabled?: boolean | null;
    /** The call recording webhook URL. */
    callRecordingWebhookUrl?: string | null;
    /** Whether CRM is present for Flex. */
    crmEnabled?: boolean | null;
    /** The CRM type. */
    crmType?: string | null;
    /** The CRM Callback URL. */
    crmCallbackUrl?: string | null;
    /** The CRM Fallback URL. */
    crmFallbackUrl?: string | null;
    /** An object that contains the CRM attributes. */
    crmAttributes?: unknown;
    /** The list of public attributes, which are visible to unauthenticated clients. */
    publicAttributes?: unknown;
    /** Whether the plugin service enabled. */
    pluginServiceEnabled?: boolean | null;
    /** The plugin service attributes. */
    pluginServiceAttributes?: unknown;
    /** A list of objects that contain the configurations for the Integrations supported in this configuration. */
    integrations?: Array<unknown> | null;
    /** The list of outbound call flows. */
    outboundCallFlows?: unknown;
    /** The list of serverless service SIDs. */
    serverlessServiceSids?: Array<string> | null;
    /** Configurable parameters for Queues Statistics. */
    queueStatsConfiguration?: unknown;
    /** Configurable parameters for Notifications. */
    notifications?: unknown;
    /** Configurable parameters for Markdown. */
    markdown?: unknown;
    /** The absolute URL of the Configuration resource. */
    url?: string | null;
    /** Object with enabled/disabled flag with list of workspaces. */
    flexInsightsHr?: unknown;
    /** Setting this to true will redirect Flex UI to the URL set in flex_url */
    flexInsightsDrilldown?: boolean | null;
    /** URL to redirect to in case drilldown is enabled. */
    flexUrl?: string | null;
    /** Settings for different limits for Flex Conversations channels attachments. */
    channelConfigs?: Array<unknown> | null;
    /** Configurable parameters for Debugger Integration. */
    debuggerIntegration?: unknown;
    /** Configurable parameters for Flex UI Status report. */
    flexUiStatusReport?: unknown;
    /** Agent conversation end methods. */
    agentConvEndMethods?: unknown;
    /** Citrix voice vdi configuration and settings. */
    citrixVoiceVdi?: unknown;
    /** Presence and presence ttl configuration */
    offlineConfig?: unknown;
}
export interface ConfigurationContext {
    fetch(params?: ConfigurationFetchOptions, options?: CallOptions | Callback<ConfigurationInstance>): Promise<ConfigurationInstance>;
    update(params?: ConfigurationUpdateOptions, options?: CallOptions | Callback<ConfigurationInstance>): Promise<ConfigurationInstance>;
}
/** Configuration for a Flex instance */
export interface ConfigurationInstance extends ConfigurationContext, ConfigurationFields {
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
}
export interface FlexFlowFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Flow resource and owns this Workflow. */
    accountSid?: string | null;
    /** The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated?: Date | null;
    /** The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateUpdated?: Date | null;
    /** The unique string that we created to identify the Flex Flow resource. */
    sid?: string | null;
    /** The string that you assigned to describe the resource. */
    friendlyName?: string | null;
    /** The SID of the chat service. */
    chatServiceSid?: string | null;
    channelType?: FlexFlowEnumChannelType;
    /** The channel contact's Identity. */
    contactIdentity?: string | null;
    /** Whether the Flex Flow is enabled. */
    enabled?: boolean | null;
    integrationType?: FlexFlowEnumIntegrationType;
    /** An object that contains specific parameters for the integration. */
    integration?: unknown;
    /** When enabled, Flex will keep the chat channel active so that it may be used for subsequent interactions with a contact identity. Defaults to `false`. */
    longLived?: boolean | null;
    /** When enabled, the Messaging Channel Janitor will remove active Proxy sessions if the associated Task is deleted outside of the Flex UI. Defaults to `false`. */
    janitorEnabled?: boolean | null;
    /** The absolute URL of the Flex Flow resource. */
    url?: string | null;
}
export interface FlexFlowContext {
    fetch(options?: CallOptions | Callback<FlexFlowInstance>): Promise<FlexFlowInstance>;
    update(params?: FlexFlowUpdateOptions, options?: CallOptions | Callback<FlexFlowInstance>): Promise<FlexFlowInstance>;
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
/** Flex Flow */
export interface FlexFlowInstance extends FlexFlowContext, FlexFlowFields {
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
    list(params?: FlexFlowListOptions, options?: CallOptions | Callback<FlexFlowInstance[]>): Promise<FlexFlowInstance[]>;
    page(params?: FlexFlowListOptions, options?: CallOptions | Callback<Page<FlexFlowInstance>>): Promise<Page<FlexFlowInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<FlexFlowInstance>>): Promise<Page<FlexFlowInstance>>;
    each(callback: (item: FlexFlowInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: FlexFlowListOptions & EachOptions<FlexFlowInstance>, callback?: (item: FlexFlowInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: FlexFlowListOptions, options?: CallOptions): AsyncGenerator<FlexFlowInstance, void, undefined>;
}
export interface InsightsAssessmentsCommentFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Insights resource and owns this resource. */
    accountSid?: string | null;
    /** The SID of the assessment. */
    assessmentSid?: string | null;
    /** The comment added for assessment. */
    comment?: unknown;
    /** The offset */
    offset?: string | null;
    /** The flag indicating if this assessment is part of report */
    report?: boolean | null;
    /** The weightage given to this comment */
    weight?: string | null;
    /** The id of the agent. */
    agentId?: string | null;
    /** The id of the segment. */
    segmentId?: string | null;
    /** The name of the user. */
    userName?: string | null;
    /** The email id of the user. */
    userEmail?: string | null;
    /** The timestamp when the record is inserted */
    timestamp?: string | null;
    url?: string | null;
}
export interface InsightsAssessmentsCommentInstance extends InsightsAssessmentsCommentFields {
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
    list(params?: InsightsAssessmentsCommentListOptions, options?: CallOptions | Callback<InsightsAssessmentsCommentInstance[]>): Promise<InsightsAssessmentsCommentInstance[]>;
    page(params?: InsightsAssessmentsCommentListOptions, options?: CallOptions | Callback<Page<InsightsAssessmentsCommentInstance>>): Promise<Page<InsightsAssessmentsCommentInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<InsightsAssessmentsCommentInstance>>): Promise<Page<InsightsAssessmentsCommentInstance>>;
    each(callback: (item: InsightsAssessmentsCommentInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: InsightsAssessmentsCommentListOptions & EachOptions<InsightsAssessmentsCommentInstance>, callback?: (item: InsightsAssessmentsCommentInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: InsightsAssessmentsCommentListOptions, options?: CallOptions): AsyncGenerator<InsightsAssessmentsCommentInstance, void, undefined>;
}
export interface InsightsConversationsFields {
    /** The id of the account. */
    accountId?: string | null;
    /** The unique id of the conversation */
    conversationId?: string | null;
    /** The count of segments for a conversation */
    segmentCount?: number;
    /** The Segments of a conversation */
    segments?: Array<unknown> | null;
}
export interface InsightsConversationsInstance extends InsightsConversationsFields {
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
    list(params?: InsightsConversationsListOptions, options?: CallOptions | Callback<InsightsConversationsInstance[]>): Promise<InsightsConversationsInstance[]>;
    page(params?: InsightsConversationsListOptions, options?: CallOptions | Callback<Page<InsightsConversationsInstance>>): Promise<Page<InsightsConversationsInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<InsightsConversationsInstance>>): Promise<Page<InsightsConversationsInstance>>;
    each(callback: (item: InsightsConversationsInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: InsightsConversationsListOptions & EachOptions<InsightsConversationsInstance>, callback?: (item: InsightsConversationsInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: InsightsConversationsListOptions, options?: CallOptions): AsyncGenerator<InsightsConversationsInstance, void, undefined>;
}
export interface InsightsQuestionnairesFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Insights resource and owns this resource. */
    accountSid?: string | null;
    /** The sid of this questionnaire */
    questionnaireSid?: string | null;
    /** The name of this category. */
    name?: string | null;
    /** The description of this questionnaire */
    description?: string | null;
    /** The flag to enable or disable questionnaire */
    active?: boolean | null;
    /** The list of questions with category for a questionnaire */
    questions?: Array<unknown> | null;
    url?: string | null;
}
export interface InsightsQuestionnairesContext {
    /** To get the Questionnaire Detail */
    fetch(params?: InsightsQuestionnairesFetchOptions, options?: CallOptions | Callback<InsightsQuestionnairesInstance>): Promise<InsightsQuestionnairesInstance>;
    /** To update the questionnaire */
    update(params: InsightsQuestionnairesUpdateOptions, options?: CallOptions | Callback<InsightsQuestionnairesInstance>): Promise<InsightsQuestionnairesInstance>;
    /** To delete the questionnaire */
    remove(params?: InsightsQuestionnairesRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
export interface InsightsQuestionnairesInstance extends InsightsQuestionnairesContext, InsightsQuestionnairesFields {
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
    list(params?: InsightsQuestionnairesListOptions, options?: CallOptions | Callback<InsightsQuestionnairesInstance[]>): Promise<InsightsQuestionnairesInstance[]>;
    page(params?: InsightsQuestionnairesListOptions, options?: CallOptions | Callback<Page<InsightsQuestionnairesInstance>>): Promise<Page<InsightsQuestionnairesInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<InsightsQuestionnairesInstance>>): Promise<Page<InsightsQuestionnairesInstance>>;
    each(callback: (item: InsightsQuestionnairesInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: InsightsQuestionnairesListOptions & EachOptions<InsightsQuestionnairesInstance>, callback?: (item: InsightsQuestionnairesInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: InsightsQuestionnairesListOptions, options?: CallOptions): AsyncGenerator<InsightsQuestionnairesInstance, void, undefined>;
}
export interface InsightsQuestionnairesCategoryFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Insights resource and owns this resource. */
    accountSid?: string | null;
    /** The SID of the category */
    categorySid?: string | null;
    /** The name of this category. */
    name?: string | null;
    url?: string | null;
}
export interface InsightsQuestionnairesCategoryContext {
    /** To update the category for Questions */
    update(params: InsightsQuestionnairesCategoryUpdateOptions, options?: CallOptions | Callback<InsightsQuestionnairesCategoryInstance>): Promise<InsightsQuestionnairesCategoryInstance>;
    remove(params?: InsightsQuestionnairesCategoryRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
export interface InsightsQuestionnairesCategoryInstance extends InsightsQuestionnairesCategoryContext, InsightsQuestionnairesCategoryFields {
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
    list(params?: InsightsQuestionnairesCategoryListOptions, options?: CallOptions | Callback<InsightsQuestionnairesCategoryInstance[]>): Promise<InsightsQuestionnairesCategoryInstance[]>;
    page(params?: InsightsQuestionnairesCategoryListOptions, options?: CallOptions | Callback<Page<InsightsQuestionnairesCategoryInstance>>): Promise<Page<InsightsQuestionnairesCategoryInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<InsightsQuestionnairesCategoryInstance>>): Promise<Page<InsightsQuestionnairesCategoryInstance>>;
    each(callback: (item: InsightsQuestionnairesCategoryInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: InsightsQuestionnairesCategoryListOptions & EachOptions<InsightsQuestionnairesCategoryInstance>, callback?: (item: InsightsQuestionnairesCategoryInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: InsightsQuestionnairesCategoryListOptions, options?: CallOptions): AsyncGenerator<InsightsQuestionnairesCategoryInstance, void, undefined>;
}
export interface InsightsQuestionnairesQuestionFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Insights resource and owns this resource. */
    accountSid?: string | null;
    /** The SID of the question */
    questionSid?: string | null;
    /** The question. */
    question?: string | null;
    /** The description for the question. */
    description?: string | null;
    /** The Category for the question. */
    category?: unknown;
    /** The answer_set for the question. */
    answerSetId?: string | null;
    /** The flag  to enable for disable NA for answer. */
    allowNa?: boolean | null;
    /** Integer value that tells a particular question is used by how many questionnaires */
    usage?: number;
    /** Set of answers for the question */
    answerSet?: unknown;
    url?: string | null;
}
export interface InsightsQuestionnairesQuestionContext {
    /** To update the question */
    update(params: InsightsQuestionnairesQuestionUpdateOptions, options?: CallOptions | Callback<InsightsQuestionnairesQuestionInstance>): Promise<InsightsQuestionnairesQuestionInstance>;
    remove(params?: InsightsQuestionnairesQuestionRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
export interface InsightsQuestionnairesQuestionInstance extends InsightsQuestionnairesQuestionContext, InsightsQuestionnairesQuestionFields {
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
    list(params?: InsightsQuestionnairesQuestionListOptions, options?: CallOptions | Callback<InsightsQuestionnairesQuestionInstance[]>): Promise<InsightsQuestionnairesQuestionInstance[]>;
    page(params?: InsightsQuestionnairesQuestionListOptions, options?: CallOptions | Callback<Page<InsightsQuestionnairesQuestionInstance>>): Promise<Page<InsightsQuestionnairesQuestionInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<InsightsQuestionnairesQuestionInstance>>): Promise<Page<InsightsQuestionnairesQuestionInstance>>;
    each(callback: (item: InsightsQuestionnairesQuestionInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: InsightsQuestionnairesQuestionListOptions & EachOptions<InsightsQuestionnairesQuestionInstance>, callback?: (item: InsightsQuestionnairesQuestionInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: InsightsQuestionnairesQuestionListOptions, options?: CallOptions): AsyncGenerator<InsightsQuestionnairesQuestionInstance, void, undefined>;
}
export interface InsightsSegmentsFields {
    /** To unique id of the segment */
    segmentId?: string | null;
    /** The unique id for the conversation. */
    externalId?: string | null;
    queue?: string | null;
    externalContact?: string | null;
    /** The uuid for the external_segment_link. */
    externalSegmentLinkId?: string | null;
    /** The date of the conversation. */
    date?: string | null;
    /** The unique id for the account. */
    accountId?: string | null;
    /** The hyperlink to recording of the task event. */
    externalSegmentLink?: string | null;
    /** The unique id for the agent. */
    agentId?: string | null;
    /** The phone number of the agent. */
    agentPhone?: string | null;
    /** The name of the agent. */
    agentName?: string | null;
    /** The team name to which agent belongs. */
    agentTeamName?: string | null;
    /** he team name to which agent belongs. */
    agentTeamNameInHierarchy?: string | null;
    /** The link to the agent conversation. */
    agentLink?: string | null;
    /** The phone number of the customer. */
    customerPhone?: string | null;
    /** The name of the customer. */
    customerName?: string | null;
    /** The link to the customer conversation. */
    customerLink?: string | null;
    /** The offset value for the recording. */
    segmentRecordingOffset?: string | null;
    /** The media identifiers of the conversation. */
    media?: unknown;
    /** The type of the assessment. */
    assessmentType?: unknown;
    /** The percentage scored on the Assessments. */
    assessmentPercentage?: unknown;
    url?: string | null;
}
export interface InsightsSegmentsInstance extends InsightsSegmentsFields {
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
    list(params?: InsightsSegmentsListOptions, options?: CallOptions | Callback<InsightsSegmentsInstance[]>): Promise<InsightsSegmentsInstance[]>;
    page(params?: InsightsSegmentsListOptions, options?: CallOptions | Callback<Page<InsightsSegmentsInstance>>): Promise<Page<InsightsSegmentsInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<InsightsSegmentsInstance>>): Promise<Page<InsightsSegmentsInstance>>;
    each(callback: (item: InsightsSegmentsInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: InsightsSegmentsListOptions & EachOptions<InsightsSegmentsInstance>, callback?: (item: InsightsSegmentsInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: InsightsSegmentsListOptions, options?: CallOptions): AsyncGenerator<InsightsSegmentsInstance, void, undefined>;
}
export interface InsightsSessionFields {
    /** Unique ID to identify the user's workspace */
    workspaceId?: string | null;
    /** The session expiry date and time, given in ISO 8601 format. */
    sessionExpiry?: string | null;
    /** The unique ID for the session */
    sessionId?: string | null;
    /** The base URL to fetch reports and dashboards */
    baseUrl?: string | null;
    /** The URL of this resource. */
    url?: string | null;
}
export interface InsightsSessionContext {
    /** To obtain session details for fetching reports and dashboards */
    create(params?: InsightsSessionCreateOptions, options?: CallOptions | Callback<InsightsSessionInstance>): Promise<InsightsSessionInstance>;
}
export interface InsightsSessionInstance extends InsightsSessionContext, InsightsSessionFields {
}
export interface InsightsSessionCreateOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
}
export interface InsightsSessionListInstance {
    (): InsightsSessionContext;
    get(): InsightsSessionContext;
}
export interface InsightsSettingsAnswersetsFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Insights resource and owns this resource. */
    accountSid?: string | null;
    /** The lis of answer sets */
    answerSets?: unknown;
    /** The list of answer set categories */
    answerSetCategories?: unknown;
    /** The details for not applicable answer set */
    notApplicable?: unknown;
    url?: string | null;
}
export interface InsightsSettingsAnswersetsInstance extends InsightsSettingsAnswersetsFields {
}
export interface InsightsSettingsAnswersetsFetchOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
}
export interface InsightsSettingsAnswersetsListInstance {
    /** To get the Answer Set Settings for an Account */
    fetch(params?: InsightsSettingsAnswersetsFetchOptions, options?: CallOptions | Callback<InsightsSettingsAnswersetsInstance>): Promise<InsightsSettingsAnswersetsInstance>;
}
export interface InsightsSettingsCommentFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Insights resource and owns this resource. */
    accountSid?: string | null;
    comments?: unknown;
    url?: string | null;
}
export interface InsightsSettingsCommentInstance extends InsightsSettingsCommentFields {
}
export interface InsightsSettingsCommentFetchOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
}
export interface InsightsSettingsCommentListInstance {
    /** To get the Comment Settings for an Account */
    fetch(params?: InsightsSettingsCommentFetchOptions, options?: CallOptions | Callback<InsightsSettingsCommentInstance>): Promise<InsightsSettingsCommentInstance>;
}
export interface InsightsUserRolesFields {
    /** Flex Insights roles for the user */
    roles?: Array<string> | null;
    url?: string | null;
}
export interface InsightsUserRolesContext {
    /** This is used by Flex UI and Quality Management to fetch the Flex Insights roles for the user */
    fetch(params?: InsightsUserRolesFetchOptions, options?: CallOptions | Callback<InsightsUserRolesInstance>): Promise<InsightsUserRolesInstance>;
}
export interface InsightsUserRolesInstance extends InsightsUserRolesContext, InsightsUserRolesFields {
}
export interface InsightsUserRolesFetchOptions {
    /** The Authorization HTTP request header */
    authorization?: string;
}
export interface InsightsUserRolesListInstance {
    (): InsightsUserRolesContext;
    get(): InsightsUserRolesContext;
}
export interface InteractionFields {
    /** The unique string created by Twilio to identify an Interaction resource, prefixed with KD. */
    sid?: string | null;
    /** A JSON object that defines the Interaction’s communication channel and includes details about the channel. See the [Outbound SMS](https://www.twilio.com/docs/flex/developer/conversations/interactions-api/interactions#agent-initiated-outbound-interactions) and [inbound (API-initiated)](https://www.twilio.com/docs/flex/developer/conversations/interactions-api/interactions#api-initiated-contact) Channel object examples. */
    channel?: unknown;
    /**
     * A JSON Object representing the routing rules for the Interaction Channel. See [Outbound SMS Example](https://www.twilio.com/docs/flex/developer/conversations/interactions-api/interactions#agent-initiated-outbound-interactions) for an example Routing object. The Interactions resource uses TaskRouter for all routing functionality.
     *  All attributes in the Routing object on your Interaction request body are added “as is” to the task. For a list of known attributes consumed by the Flex UI and/or Flex Insights, see [Known Task Attributes](https://www.twilio.com/docs/flex/developer/conversations/interactions-api#task-attributes).
     */
    routing?: unknown;
    url?: string | null;
    links?: Record<string, unknown> | null;
    interactionContextSid?: string | null;
    webhookTtid?: string | null;
}
export interface InteractionContext {
    readonly channels: InteractionChannelListInstance;
    fetch(options?: CallOptions | Callback<InteractionInstance>): Promise<InteractionInstance>;
    /** Updates an interaction. */
    update(params?: InteractionUpdateOptions, options?: CallOptions | Callback<InteractionInstance>): Promise<InteractionInstance>;
}
export interface InteractionInstance extends InteractionContext, InteractionFields {
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
}
export interface InteractionChannelFields {
    /** The unique string created by Twilio to identify an Interaction Channel resource, prefixed with UO. */
    sid?: string | null;
    /** The unique string created by Twilio to identify an Interaction resource, prefixed with KD. */
    interactionSid?: string | null;
    type?: InteractionChannelEnumType;
    status?: InteractionChannelEnumChannelStatus;
    /** The Twilio error code for a failed channel. */
    errorCode?: number | null;
    /** The error message for a failed channel. */
    errorMessage?: string | null;
    url?: string | null;
    links?: Record<string, unknown> | null;
}
export interface InteractionChannelContext {
    readonly invites: InteractionChannelInviteListInstance;
    readonly participants: InteractionChannelParticipantListInstance;
    readonly transfers: InteractionTransferListInstance;
    /** Fetch a Channel for an Interaction. */
    fetch(options?: CallOptions | Callback<InteractionChannelInstance>): Promise<InteractionChannelInstance>;
    /** Update an existing Interaction Channel. */
    update(params: InteractionChannelUpdateOptions, options?: CallOptions | Callback<InteractionChannelInstance>): Promise<InteractionChannelInstance>;
}
export interface InteractionChannelInstance extends InteractionChannelContext, InteractionChannelFields {
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
    list(params?: InteractionChannelListOptions, options?: CallOptions | Callback<InteractionChannelInstance[]>): Promise<InteractionChannelInstance[]>;
    page(params?: InteractionChannelListOptions, options?: CallOptions | Callback<Page<InteractionChannelInstance>>): Promise<Page<InteractionChannelInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<InteractionChannelInstance>>): Promise<Page<InteractionChannelInstance>>;
    each(callback: (item: InteractionChannelInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: InteractionChannelListOptions & EachOptions<InteractionChannelInstance>, callback?: (item: InteractionChannelInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: InteractionChannelListOptions, options?: CallOptions): AsyncGenerator<InteractionChannelInstance, void, undefined>;
}
export interface InteractionChannelInviteFields {
    /** The unique string created by Twilio to identify an Interaction Channel Invite resource. */
    sid?: string | null;
    /** The Interaction SID for this Channel. */
    interactionSid?: string | null;
    /** The Channel SID for this Invite. */
    channelSid?: string | null;
    /**
     * A JSON object representing the routing rules for the Interaction Channel. See [Outbound SMS Example](https://www.twilio.com/docs/flex/developer/conversations/interactions-api/interactions#agent-initiated-outbound-interactions) for an example Routing object. The Interactions resource uses TaskRouter for all routing functionality.
     *  All attributes in the Routing object on your Interaction request body are added “as is” to the task. For a list of known attributes consumed by the Flex UI and/or Flex Insights, see [Known Task Attributes](https://www.twilio.com/docs/flex/developer/conversations/interactions-api#task-attributes).
     */
    routing?: unknown;
    url?: string | null;
}
export interface InteractionChannelInviteInstance extends InteractionChannelInviteFields {
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
    list(params?: InteractionChannelInviteListOptions, options?: CallOptions | Callback<InteractionChannelInviteInstance[]>): Promise<InteractionChannelInviteInstance[]>;
    page(params?: InteractionChannelInviteListOptions, options?: CallOptions | Callback<Page<InteractionChannelInviteInstance>>): Promise<Page<InteractionChannelInviteInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<InteractionChannelInviteInstance>>): Promise<Page<InteractionChannelInviteInstance>>;
    each(callback: (item: InteractionChannelInviteInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: InteractionChannelInviteListOptions & EachOptions<InteractionChannelInviteInstance>, callback?: (item: InteractionChannelInviteInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: InteractionChannelInviteListOptions, options?: CallOptions): AsyncGenerator<InteractionChannelInviteInstance, void, undefined>;
}
export interface InteractionChannelParticipantFields {
    /** The unique string created by Twilio to identify an Interaction Channel Participant resource. */
    sid?: string | null;
    type?: InteractionChannelParticipantEnumType;
    /** The Interaction Sid for this channel. */
    interactionSid?: string | null;
    /** The Channel Sid for this Participant. */
    channelSid?: string | null;
    url?: string | null;
    /** The Participant's routing properties. */
    routingProperties?: unknown;
}
export interface InteractionChannelParticipantContext {
    /** Update an existing Channel Participant. */
    update(params: InteractionChannelParticipantUpdateOptions, options?: CallOptions | Callback<InteractionChannelParticipantInstance>): Promise<InteractionChannelParticipantInstance>;
}
export interface InteractionChannelParticipantInstance extends InteractionChannelParticipantContext, InteractionChannelParticipantFields {
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
    list(params?: InteractionChannelParticipantListOptions, options?: CallOptions | Callback<InteractionChannelParticipantInstance[]>): Promise<InteractionChannelParticipantInstance[]>;
    page(params?: InteractionChannelParticipantListOptions, options?: CallOptions | Callback<Page<InteractionChannelParticipantInstance>>): Promise<Page<InteractionChannelParticipantInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<InteractionChannelParticipantInstance>>): Promise<Page<InteractionChannelParticipantInstance>>;
    each(callback: (item: InteractionChannelParticipantInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: InteractionChannelParticipantListOptions & EachOptions<InteractionChannelParticipantInstance>, callback?: (item: InteractionChannelParticipantInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: InteractionChannelParticipantListOptions, options?: CallOptions): AsyncGenerator<InteractionChannelParticipantInstance, void, undefined>;
}
export interface InteractionTransferFields {
    /** The unique string created by Twilio to identify an Interaction Transfer resource. */
    sid?: string | null;
    /** The SID of the Instance associated with the Transfer. */
    instanceSid?: string | null;
    /** The SID of the Account that created the Transfer. */
    accountSid?: string | null;
    /** The Interaction Sid for this channel. */
    interactionSid?: string | null;
    /** The Channel Sid for this Transfer. */
    channelSid?: string | null;
    /** The Execution SID associated with the Transfer. */
    executionSid?: string | null;
    type?: InteractionTransferEnumTransferType;
    status?: InteractionTransferEnumTransferStatus;
    /** The SID of the Participant initiating the Transfer. */
    from?: string | null;
    /** The SID of the Participant receiving the Transfer. */
    to?: string | null;
    /** The SID of the Note associated with the Transfer. */
    noteSid?: string | null;
    /** The SID of the Summary associated with the Transfer. */
    summarySid?: string | null;
    /** The date and time when the Transfer was created. */
    dateCreated?: Date | null;
    /** The date and time when the Transfer was last updated. */
    dateUpdated?: Date | null;
    url?: string | null;
}
export interface InteractionTransferContext {
    /** Fetch a specific Transfer by SID. */
    fetch(options?: CallOptions | Callback<InteractionTransferInstance>): Promise<InteractionTransferInstance>;
    /** Update an existing Transfer. */
    update(params?: InteractionTransferUpdateOptions, options?: CallOptions | Callback<InteractionTransferInstance>): Promise<InteractionTransferInstance>;
}
export interface InteractionTransferInstance extends InteractionTransferContext, InteractionTransferFields {
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
    create(params?: InteractionTransferCreateOptions, options?: CallOptions | Callback<InteractionTransferInstance>): Promise<InteractionTransferInstance>;
}
export interface PluginConfigurationFields {
    /** The unique string that we created to identify the Flex Plugin Configuration resource. */
    sid?: string | null;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Plugin Configuration resource and owns this resource. */
    accountSid?: string | null;
    /** The name of this Flex Plugin Configuration. */
    name?: string | null;
    /** The description of the Flex Plugin Configuration resource. */
    description?: string | null;
    /** Whether the Flex Plugin Configuration is archived. The default value is false. */
    archived?: boolean | null;
    /** The date and time in GMT when the Flex Plugin Configuration was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated?: Date | null;
    /** The absolute URL of the Flex Plugin Configuration resource. */
    url?: string | null;
    links?: Record<string, unknown> | null;
}
export interface PluginConfigurationContext {
    readonly pluginConfigurationArchive: PluginConfigurationArchiveListInstance;
    readonly plugins: ConfiguredPluginListInstance;
    fetch(params?: PluginConfigurationFetchOptions, options?: CallOptions | Callback<PluginConfigurationInstance>): Promise<PluginConfigurationInstance>;
}
export interface PluginConfigurationInstance extends PluginConfigurationContext, PluginConfigurationFields {
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
    list(params?: PluginConfigurationListOptions, options?: CallOptions | Callback<PluginConfigurationInstance[]>): Promise<PluginConfigurationInstance[]>;
    page(params?: PluginConfigurationListOptions, options?: CallOptions | Callback<Page<PluginConfigurationInstance>>): Promise<Page<PluginConfigurationInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<PluginConfigurationInstance>>): Promise<Page<PluginConfigurationInstance>>;
    each(callback: (item: PluginConfigurationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: PluginConfigurationListOptions & EachOptions<PluginConfigurationInstance>, callback?: (item: PluginConfigurationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: PluginConfigurationListOptions, options?: CallOptions): AsyncGenerator<PluginConfigurationInstance, void, undefined>;
}
export interface PluginConfigurationArchiveFields {
    /** The unique string that we created to identify the Flex Plugin Configuration resource. */
    sid?: string | null;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Plugin Configuration resource and owns this resource. */
    accountSid?: string | null;
    /** The name of this Flex Plugin Configuration. */
    name?: string | null;
    /** The description of the Flex Plugin Configuration resource. */
    description?: string | null;
    /** Whether the Flex Plugin Configuration is archived. The default value is false. */
    archived?: boolean | null;
    /** The date and time in GMT when the Flex Plugin Configuration was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated?: Date | null;
    /** The absolute URL of the Flex Plugin Configuration resource. */
    url?: string | null;
}
export interface PluginConfigurationArchiveContext {
    update(params?: PluginConfigurationArchiveUpdateOptions, options?: CallOptions | Callback<PluginConfigurationArchiveInstance>): Promise<PluginConfigurationArchiveInstance>;
}
export interface PluginConfigurationArchiveInstance extends PluginConfigurationArchiveContext, PluginConfigurationArchiveFields {
}
export interface PluginConfigurationArchiveUpdateOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
}
export interface PluginConfigurationArchiveListInstance {
    (): PluginConfigurationArchiveContext;
    get(): PluginConfigurationArchiveContext;
}
export interface ConfiguredPluginFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that the Flex Plugin resource is installed for. */
    accountSid?: string | null;
    /** The SID of the Flex Plugin Configuration that this Flex Plugin belongs to. */
    configurationSid?: string | null;
    /** The SID of the Flex Plugin. */
    pluginSid?: string | null;
    /** The SID of the Flex Plugin Version. */
    pluginVersionSid?: string | null;
    /** The phase this Flex Plugin would initialize at runtime. */
    phase?: number;
    /** The URL of where the Flex Plugin Version JavaScript bundle is hosted on. */
    pluginUrl?: string | null;
    /** The name that uniquely identifies this Flex Plugin resource. */
    uniqueName?: string | null;
    /** The friendly name of this Flex Plugin resource. */
    friendlyName?: string | null;
    /** A descriptive string that you create to describe the plugin resource. It can be up to 500 characters long */
    description?: string | null;
    /** Whether the Flex Plugin is archived. The default value is false. */
    pluginArchived?: boolean | null;
    /** The latest version of this Flex Plugin Version. */
    version?: string | null;
    /** A changelog that describes the changes this Flex Plugin Version brings. */
    changelog?: string | null;
    /** Whether the Flex Plugin Version is archived. The default value is false. */
    pluginVersionArchived?: boolean | null;
    /** Whether to validate the request is authorized to access the Flex Plugin Version. */
    private?: boolean | null;
    /** The date and time in GMT when the Flex Plugin was installed specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated?: Date | null;
    /** The absolute URL of the Flex Plugin resource. */
    url?: string | null;
}
export interface ConfiguredPluginContext {
    fetch(params?: ConfiguredPluginFetchOptions, options?: CallOptions | Callback<ConfiguredPluginInstance>): Promise<ConfiguredPluginInstance>;
}
export interface ConfiguredPluginInstance extends ConfiguredPluginContext, ConfiguredPluginFields {
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
    list(params?: ConfiguredPluginListOptions, options?: CallOptions | Callback<ConfiguredPluginInstance[]>): Promise<ConfiguredPluginInstance[]>;
    page(params?: ConfiguredPluginListOptions, options?: CallOptions | Callback<Page<ConfiguredPluginInstance>>): Promise<Page<ConfiguredPluginInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<ConfiguredPluginInstance>>): Promise<Page<ConfiguredPluginInstance>>;
    each(callback: (item: ConfiguredPluginInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: ConfiguredPluginListOptions & EachOptions<ConfiguredPluginInstance>, callback?: (item: ConfiguredPluginInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ConfiguredPluginListOptions, options?: CallOptions): AsyncGenerator<ConfiguredPluginInstance, void, undefined>;
}
export interface PluginReleaseFields {
    /** The unique string that we created to identify the Plugin Release resource. */
    sid?: string | null;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Plugin Release resource and owns this resource. */
    accountSid?: string | null;
    /** The SID of the Plugin Configuration resource to release. */
    configurationSid?: string | null;
    /** The date and time in GMT when the Flex Plugin Release was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated?: Date | null;
    /** The absolute URL of the Plugin Release resource. */
    url?: string | null;
}
export interface PluginReleaseContext {
    fetch(params?: PluginReleaseFetchOptions, options?: CallOptions | Callback<PluginReleaseInstance>): Promise<PluginReleaseInstance>;
}
export interface PluginReleaseInstance extends PluginReleaseContext, PluginReleaseFields {
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
    list(params?: PluginReleaseListOptions, options?: CallOptions | Callback<PluginReleaseInstance[]>): Promise<PluginReleaseInstance[]>;
    page(params?: PluginReleaseListOptions, options?: CallOptions | Callback<Page<PluginReleaseInstance>>): Promise<Page<PluginReleaseInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<PluginReleaseInstance>>): Promise<Page<PluginReleaseInstance>>;
    each(callback: (item: PluginReleaseInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: PluginReleaseListOptions & EachOptions<PluginReleaseInstance>, callback?: (item: PluginReleaseInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: PluginReleaseListOptions, options?: CallOptions): AsyncGenerator<PluginReleaseInstance, void, undefined>;
}
export interface PluginFields {
    /** The unique string that we created to identify the Flex Plugin resource. */
    sid?: string | null;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Plugin resource and owns this resource. */
    accountSid?: string | null;
    /** The name that uniquely identifies this Flex Plugin resource. */
    uniqueName?: string | null;
    /** The friendly name this Flex Plugin resource. */
    friendlyName?: string | null;
    /** A descriptive string that you create to describe the plugin resource. It can be up to 500 characters long */
    description?: string | null;
    /** Whether the Flex Plugin is archived. The default value is false. */
    archived?: boolean | null;
    /** The date and time in GMT-7 when the Flex Plugin was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated?: Date | null;
    /** The date and time in GMT-7 when the Flex Plugin was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateUpdated?: Date | null;
    /** The absolute URL of the Flex Plugin resource. */
    url?: string | null;
    links?: Record<string, unknown> | null;
}
export interface PluginContext {
    readonly pluginArchive: PluginArchiveListInstance;
    readonly pluginVersions: PluginVersionListInstance;
    fetch(params?: PluginFetchOptions, options?: CallOptions | Callback<PluginInstance>): Promise<PluginInstance>;
    update(params?: PluginUpdateOptions, options?: CallOptions | Callback<PluginInstance>): Promise<PluginInstance>;
}
export interface PluginInstance extends PluginContext, PluginFields {
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
    list(params?: PluginListOptions, options?: CallOptions | Callback<PluginInstance[]>): Promise<PluginInstance[]>;
    page(params?: PluginListOptions, options?: CallOptions | Callback<Page<PluginInstance>>): Promise<Page<PluginInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<PluginInstance>>): Promise<Page<PluginInstance>>;
    each(callback: (item: PluginInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: PluginListOptions & EachOptions<PluginInstance>, callback?: (item: PluginInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: PluginListOptions, options?: CallOptions): AsyncGenerator<PluginInstance, void, undefined>;
}
export interface PluginArchiveFields {
    /** The unique string that we created to identify the Flex Plugin resource. */
    sid?: string | null;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Plugin resource and owns this resource. */
    accountSid?: string | null;
    /** The name that uniquely identifies this Flex Plugin resource. */
    uniqueName?: string | null;
    /** The friendly name this Flex Plugin resource. */
    friendlyName?: string | null;
    /** A descriptive string that you create to describe the plugin resource. It can be up to 500 characters long */
    description?: string | null;
    /** Whether the Flex Plugin is archived. The default value is false. */
    archived?: boolean | null;
    /** The date and time in GMT when the Flex Plugin was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated?: Date | null;
    /** The date and time in GMT when the Flex Plugin was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateUpdated?: Date | null;
    /** The absolute URL of the Flex Plugin resource. */
    url?: string | null;
}
export interface PluginArchiveContext {
    update(params?: PluginArchiveUpdateOptions, options?: CallOptions | Callback<PluginArchiveInstance>): Promise<PluginArchiveInstance>;
}
export interface PluginArchiveInstance extends PluginArchiveContext, PluginArchiveFields {
}
export interface PluginArchiveUpdateOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
}
export interface PluginArchiveListInstance {
    (): PluginArchiveContext;
    get(): PluginArchiveContext;
}
export interface PluginVersionFields {
    /** The unique string that we created to identify the Flex Plugin Version resource. */
    sid?: string | null;
    /** The SID of the Flex Plugin resource this Flex Plugin Version belongs to. */
    pluginSid?: string | null;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Plugin Version resource and owns this resource. */
    accountSid?: string | null;
    /** The unique version of this Flex Plugin Version. */
    version?: string | null;
    /** The URL of where the Flex Plugin Version JavaScript bundle is hosted on. */
    pluginUrl?: string | null;
    /** A changelog that describes the changes this Flex Plugin Version brings. */
    changelog?: string | null;
    /** Whether the Flex Plugin Version is validated. The default value is false. */
    private?: boolean | null;
    /** Whether the Flex Plugin Version is archived. The default value is false. */
    archived?: boolean | null;
    validated?: boolean | null;
    /** The date and time in GMT when the Flex Plugin Version was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated?: Date | null;
    /** The absolute URL of the Flex Plugin Version resource. */
    url?: string | null;
}
export interface PluginVersionContext {
    readonly pluginVersionArchive: PluginVersionArchiveListInstance;
    fetch(params?: PluginVersionFetchOptions, options?: CallOptions | Callback<PluginVersionInstance>): Promise<PluginVersionInstance>;
}
export interface PluginVersionInstance extends PluginVersionContext, PluginVersionFields {
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
    version: string;
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
    list(params?: PluginVersionListOptions, options?: CallOptions | Callback<PluginVersionInstance[]>): Promise<PluginVersionInstance[]>;
    page(params?: PluginVersionListOptions, options?: CallOptions | Callback<Page<PluginVersionInstance>>): Promise<Page<PluginVersionInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<PluginVersionInstance>>): Promise<Page<PluginVersionInstance>>;
    each(callback: (item: PluginVersionInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: PluginVersionListOptions & EachOptions<PluginVersionInstance>, callback?: (item: PluginVersionInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: PluginVersionListOptions, options?: CallOptions): AsyncGenerator<PluginVersionInstance, void, undefined>;
}
export interface PluginVersionArchiveFields {
    /** The unique string that we created to identify the Flex Plugin Version resource. */
    sid?: string | null;
    /** The SID of the Flex Plugin resource this Flex Plugin Version belongs to. */
    pluginSid?: string | null;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Flex Plugin Version resource and owns this resource. */
    accountSid?: string | null;
    /** The unique version of this Flex Plugin Version. */
    version?: string | null;
    /** The URL of where the Flex Plugin Version JavaScript bundle is hosted on. */
    pluginUrl?: string | null;
    /** A changelog that describes the changes this Flex Plugin Version brings. */
    changelog?: string | null;
    /** Whether to inject credentials while accessing this Plugin Version. The default value is false. */
    private?: boolean | null;
    /** Whether the Flex Plugin Version is archived. The default value is false. */
    archived?: boolean | null;
    /** The date and time in GMT when the Flex Plugin Version was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated?: Date | null;
    /** The absolute URL of the Flex Plugin Version resource. */
    url?: string | null;
}
export interface PluginVersionArchiveContext {
    update(params?: PluginVersionArchiveUpdateOptions, options?: CallOptions | Callback<PluginVersionArchiveInstance>): Promise<PluginVersionArchiveInstance>;
}
export interface PluginVersionArchiveInstance extends PluginVersionArchiveContext, PluginVersionArchiveFields {
}
export interface PluginVersionArchiveUpdateOptions {
    /** The Flex-Metadata HTTP request header */
    flexMetadata?: string;
}
export interface PluginVersionArchiveListInstance {
    (): PluginVersionArchiveContext;
    get(): PluginVersionArchiveContext;
}
export interface ProvisioningStatusFields {
    status?: ProvisioningStatusEnumStatus;
    /** The absolute URL of the resource. */
    url?: string | null;
}
export interface ProvisioningStatusContext {
    fetch(options?: CallOptions | Callback<ProvisioningStatusInstance>): Promise<ProvisioningStatusInstance>;
}
/** Status for email provisioning */
export interface ProvisioningStatusInstance extends ProvisioningStatusContext, ProvisioningStatusFields {
}
/** Status for email provisioning */
export interface ProvisioningStatusListInstance {
    (): ProvisioningStatusContext;
    get(): ProvisioningStatusContext;
}
export interface WebChannelFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the WebChannel resource and owns this Workflow. */
    accountSid?: string | null;
    /** The SID of the Flex Flow. */
    flexFlowSid?: string | null;
    /** The unique string that we created to identify the WebChannel resource. */
    sid?: string | null;
    /** The absolute URL of the WebChannel resource. */
    url?: string | null;
    /** The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated?: Date | null;
    /** The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateUpdated?: Date | null;
}
export interface WebChannelContext {
    fetch(options?: CallOptions | Callback<WebChannelInstance>): Promise<WebChannelInstance>;
    update(params?: WebChannelUpdateOptions, options?: CallOptions | Callback<WebChannelInstance>): Promise<WebChannelInstance>;
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
export interface WebChannelInstance extends WebChannelContext, WebChannelFields {
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
    list(params?: WebChannelListOptions, options?: CallOptions | Callback<WebChannelInstance[]>): Promise<WebChannelInstance[]>;
    page(params?: WebChannelListOptions, options?: CallOptions | Callback<Page<WebChannelInstance>>): Promise<Page<WebChannelInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<WebChannelInstance>>): Promise<Page<WebChannelInstance>>;
    each(callback: (item: WebChannelInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: WebChannelListOptions & EachOptions<WebChannelInstance>, callback?: (item: WebChannelInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: WebChannelListOptions, options?: CallOptions): AsyncGenerator<WebChannelInstance, void, undefined>;
}

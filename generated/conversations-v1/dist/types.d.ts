import type { CallOptions, Callback } from "./runtime/transport.js";
import type { EachOptions, ListOptions, Page } from "./runtime/paging.js";
export type ConfigurationAddressEnumAutoCreationType = "webhook" | "studio" | "default";
export type ConfigurationAddressEnumMethod = "get" | "post";
/** Type of Address, value can be `whatsapp` or `sms`. */
export type ConfigurationAddressEnumType = "sms" | "whatsapp" | "messenger" | "gbm" | "email" | "rcs" | "apple" | "chat";
/** The HTTP method to be used when sending a webhook request. */
export type ConfigurationWebhookEnumMethod = "GET" | "POST";
/** The routing target of the webhook. Can be ordinary or route internally to Flex */
export type ConfigurationWebhookEnumTarget = "webhook" | "flex";
/** Current state of this conversation. Can be either `initializing`, `active`, `inactive` or `closed` and defaults to `active` */
export type ConversationEnumState = "initializing" | "inactive" | "active" | "closed";
export type ConversationEnumWebhookEnabledType = "true" | "false";
export type ConversationMessageEnumOrderType = "asc" | "desc";
export type ConversationMessageEnumWebhookEnabledType = "true" | "false";
/** The message delivery status, can be `read`, `failed`, `delivered`, `undelivered`, `sent` or null. */
export type ConversationMessageReceiptEnumDeliveryStatus = "read" | "failed" | "delivered" | "undelivered" | "sent";
export type ConversationParticipantEnumWebhookEnabledType = "true" | "false";
export type ConversationScopedWebhookEnumMethod = "get" | "post";
/** The target of this webhook: `webhook`, `studio`, `trigger` */
export type ConversationScopedWebhookEnumTarget = "webhook" | "trigger" | "studio";
/** The HTTP method to be used when sending a webhook request. */
export type ConversationWebhookEnumMethod = "GET" | "POST";
/** The routing target of the webhook. Can be ordinary or route internally to Flex */
export type ConversationWebhookEnumTarget = "webhook" | "flex";
/** Current state of this conversation. Can be either `initializing`, `active`, `inactive` or `closed` and defaults to `active` */
export type ConversationWithParticipantsEnumState = "initializing" | "inactive" | "active" | "closed";
export type ConversationWithParticipantsEnumWebhookEnabledType = "true" | "false";
/** The type of push-notification service the credential is for. Can be: `fcm`, `gcm`, or `apn`. */
export type CredentialEnumPushType = "apn" | "gcm" | "fcm";
/** The current state of this User Conversation. One of `inactive`, `active` or `closed`. */
export type ParticipantConversationEnumState = "inactive" | "active" | "closed";
/** The type of role. Can be: `conversation` for [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) roles or `service` for [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) roles. */
export type RoleEnumRoleType = "conversation" | "service";
/** The push technology to use for the Binding. Can be: `apn`, `gcm`, `fcm`, or `twilsock`.  See [push notification configuration](https://www.twilio.com/docs/chat/push-notification-configuration) for more info. */
export type ServiceBindingEnumBindingType = "apn" | "gcm" | "fcm" | "twilsock";
/** Current state of this conversation. Can be either `initializing`, `active`, `inactive` or `closed` and defaults to `active` */
export type ServiceConversationEnumState = "inactive" | "active" | "closed" | "initializing";
export type ServiceConversationEnumWebhookEnabledType = "true" | "false";
export type ServiceConversationMessageEnumOrderType = "asc" | "desc";
export type ServiceConversationMessageEnumWebhookEnabledType = "true" | "false";
/** The message delivery status, can be `read`, `failed`, `delivered`, `undelivered`, `sent` or null. */
export type ServiceConversationMessageReceiptEnumDeliveryStatus = "read" | "failed" | "delivered" | "undelivered" | "sent";
export type ServiceConversationParticipantEnumWebhookEnabledType = "true" | "false";
export type ServiceConversationScopedWebhookEnumMethod = "get" | "post";
/** The target of this webhook: `webhook`, `studio`, `trigger` */
export type ServiceConversationScopedWebhookEnumTarget = "webhook" | "trigger" | "studio";
/** Current state of this conversation. Can be either `initializing`, `active`, `inactive` or `closed` and defaults to `active` */
export type ServiceConversationWithParticipantsEnumState = "initializing" | "inactive" | "active" | "closed";
export type ServiceConversationWithParticipantsEnumWebhookEnabledType = "true" | "false";
/** The current state of this User Conversation. One of `inactive`, `active` or `closed`. */
export type ServiceParticipantConversationEnumState = "inactive" | "active" | "closed";
/** The type of role. Can be: `conversation` for [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) roles or `service` for [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) roles. */
export type ServiceRoleEnumRoleType = "conversation" | "service";
/** Source via which the request came from. Can be sdk, api. */
export type ServiceStatsConversationsRatelimitingerrorsEnumSource = "SDK" | "API";
/** The Notification Level of this User Conversation. One of `default` or `muted`. */
export type ServiceUserConversationEnumNotificationLevel = "default" | "muted";
/** The current state of this User Conversation. One of `inactive`, `active` or `closed`. */
export type ServiceUserConversationEnumState = "inactive" | "active" | "closed";
export type ServiceUserEnumWebhookEnabledType = "true" | "false";
/** The HTTP method to be used when sending a webhook request. One of `GET` or `POST`. */
export type ServiceWebhookConfigurationEnumMethod = "GET" | "POST";
/** Source via which the request came from. Can be Twilsock. */
export type StatsTwilsockRatelimitingerrorsEnumSource = "TWILSOCK";
/** The Notification Level of this User Conversation. One of `default` or `muted`. */
export type UserConversationEnumNotificationLevel = "default" | "muted";
/** The current state of this User Conversation. One of `inactive`, `active` or `closed`. */
export type UserConversationEnumState = "inactive" | "active" | "closed";
export type UserEnumWebhookEnabledType = "true" | "false";
/** What `twilio(accountSid, authToken)` returns: `client.conversations.v1`. */
export interface TwilioClient {
    readonly conversations: {
        readonly v1: ConversationsV1;
    };
}
/** Twilio - Conversations */
export interface ConversationsV1 {
    /** Address Configuration resource manages the configurations related to a unique address within Conversations */
    readonly addressConfigurations: ConfigurationAddressListInstance;
    /** The Configuration resource manages a set of account-level settings applicable to the Conversations API. */
    readonly configuration: ConfigurationListInstance;
    /** A Conversation resource represents an omnichannel group conversation with an ordered list of messages and a participant roster. */
    readonly conversationWithParticipants: ConversationWithParticipantsListInstance;
    /** A Conversation resource represents an omnichannel group conversation with an ordered list of messages and a participant roster. */
    readonly conversations: ConversationListInstance;
    /** A Credential resource represents a push notification credential. */
    readonly credentials: CredentialListInstance;
    /** Participant Conversations resource represents a list of Conversations that this Participant belongs to belonging to a default conversation service. */
    readonly participantConversations: ParticipantConversationListInstance;
    /** A Role resource represents a set of permissions granted to a user within a service or a conversation. */
    readonly roles: RoleListInstance;
    /** A Service resource is a top-level conversation resource container that serves as a data silo. */
    readonly services: ServiceListInstance;
    /** A User resource represents a conversation user belonging to a default conversation service. */
    readonly users: UserListInstance;
}
export interface ConfigurationAddressFields {
    /** A 34 character string that uniquely identifies this resource. */
    sid?: string | null;
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) the address belongs to */
    accountSid?: string | null;
    /** Type of Address, value can be `whatsapp` or `sms`. */
    type?: string | null;
    /** The unique address to be configured. The address can be a whatsapp address or phone number */
    address?: string | null;
    /** The human-readable name of this configuration, limited to 256 characters. Optional. */
    friendlyName?: string | null;
    /** Auto Creation configuration for the address. */
    autoCreation?: unknown;
    /** The date that this resource was created. */
    dateCreated?: Date | null;
    /** The date that this resource was last updated. */
    dateUpdated?: Date | null;
    /** An absolute API resource URL for this address configuration. */
    url?: string | null;
    /** An ISO 3166-1 alpha-2n country code which the address belongs to. This is currently only applicable to short code addresses. */
    addressCountry?: string | null;
}
export interface ConfigurationAddressContext {
    /** Fetch an address configuration */
    fetch(options?: CallOptions | Callback<ConfigurationAddressInstance>): Promise<ConfigurationAddressInstance>;
    /** Update an existing address configuration */
    update(params?: ConfigurationAddressUpdateOptions, options?: CallOptions | Callback<ConfigurationAddressInstance>): Promise<ConfigurationAddressInstance>;
    /** Remove an existing address configuration */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
/** Address Configuration resource manages the configurations related to a unique address within Conversations */
export interface ConfigurationAddressInstance extends ConfigurationAddressContext, ConfigurationAddressFields {
}
export interface ConfigurationAddressListOptions extends ListOptions {
    /** Filter the address configurations by its type. This value can be one of: `whatsapp`, `sms`. */
    type?: string;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface ConfigurationAddressCreateOptions {
    type: ConfigurationAddressEnumType;
    /** The unique address to be configured. The address can be a whatsapp address or phone number */
    address: string;
    /** The human-readable name of this configuration, limited to 256 characters. Optional. */
    friendlyName?: string;
    /** Enable/Disable auto-creating conversations for messages to this address */
    "autoCreation.enabled"?: boolean;
    "autoCreation.type"?: ConfigurationAddressEnumAutoCreationType;
    /** Conversation Service for the auto-created conversation. If not set, the conversation is created in the default service. */
    "autoCreation.conversationServiceSid"?: string;
    /** For type `webhook`, the url for the webhook request. */
    "autoCreation.webhookUrl"?: string;
    "autoCreation.webhookMethod"?: ConfigurationAddressEnumMethod;
    /** The list of events, firing webhook event for this Conversation. Values can be any of the following: `onMessageAdded`, `onMessageUpdated`, `onMessageRemoved`, `onConversationUpdated`, `onConversationStateUpdated`, `onConversationRemoved`, `onParticipantAdded`, `onParticipantUpdated`, `onParticipantRemoved`, `onDeliveryUpdated` */
    "autoCreation.webhookFilters"?: Array<string>;
    /** For type `studio`, the studio flow SID where the webhook should be sent to. */
    "autoCreation.studioFlowSid"?: string;
    /** For type `studio`, number of times to retry the webhook request */
    "autoCreation.studioRetryCount"?: number;
    /** An ISO 3166-1 alpha-2n country code which the address belongs to. This is currently only applicable to short code addresses. */
    addressCountry?: string;
}
export interface ConfigurationAddressUpdateOptions {
    /** The human-readable name of this configuration, limited to 256 characters. Optional. */
    friendlyName?: string;
    /** Enable/Disable auto-creating conversations for messages to this address */
    "autoCreation.enabled"?: boolean;
    "autoCreation.type"?: ConfigurationAddressEnumAutoCreationType;
    /** Conversation Service for the auto-created conversation. If not set, the conversation is created in the default service. */
    "autoCreation.conversationServiceSid"?: string;
    /** For type `webhook`, the url for the webhook request. */
    "autoCreation.webhookUrl"?: string;
    "autoCreation.webhookMethod"?: ConfigurationAddressEnumMethod;
    /** The list of events, firing webhook event for this Conversation. Values can be any of the following: `onMessageAdded`, `onMessageUpdated`, `onMessageRemoved`, `onConversationUpdated`, `onConversationStateUpdated`, `onConversationRemoved`, `onParticipantAdded`, `onParticipantUpdated`, `onParticipantRemoved`, `onDeliveryUpdated` */
    "autoCreation.webhookFilters"?: Array<string>;
    /** For type `studio`, the studio flow SID where the webhook should be sent to. */
    "autoCreation.studioFlowSid"?: string;
    /** For type `studio`, number of times to retry the webhook request */
    "autoCreation.studioRetryCount"?: number;
}
/** Address Configuration resource manages the configurations related to a unique address within Conversations */
export interface ConfigurationAddressListInstance {
    (sid: string): ConfigurationAddressContext;
    get(sid: string): ConfigurationAddressContext;
    /** Create a new address configuration */
    create(params: ConfigurationAddressCreateOptions, options?: CallOptions | Callback<ConfigurationAddressInstance>): Promise<ConfigurationAddressInstance>;
    list(params?: ConfigurationAddressListOptions, options?: CallOptions | Callback<ConfigurationAddressInstance[]>): Promise<ConfigurationAddressInstance[]>;
    page(params?: ConfigurationAddressListOptions, options?: CallOptions | Callback<Page<ConfigurationAddressInstance>>): Promise<Page<ConfigurationAddressInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<ConfigurationAddressInstance>>): Promise<Page<ConfigurationAddressInstance>>;
    each(callback: (item: ConfigurationAddressInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: ConfigurationAddressListOptions & EachOptions<ConfigurationAddressInstance>, callback?: (item: ConfigurationAddressInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ConfigurationAddressListOptions, options?: CallOptions): AsyncGenerator<ConfigurationAddressInstance, void, undefined>;
}
export interface ConfigurationFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this configuration. */
    accountSid?: string | null;
    /** The SID of the default [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) used when creating a conversation. */
    defaultChatServiceSid?: string | null;
    /** The SID of the default [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) used when creating a conversation. */
    defaultMessagingServiceSid?: string | null;
    /** Default ISO8601 duration when conversation will be switched to `inactive` state. Minimum value for this timer is 1 minute. */
    defaultInactiveTimer?: string | null;
    /** Default ISO8601 duration when conversation will be switched to `closed` state. Minimum value for this timer is 10 minutes. */
    defaultClosedTimer?: string | null;
    /** An absolute API resource URL for this global configuration. */
    url?: string | null;
    /** Contains absolute API resource URLs to access the webhook and default service configurations. */
    links?: Record<string, unknown> | null;
}
export interface ConfigurationContext {
    /** A Webhook resource manages a service-level set of callback URLs and their configuration for receiving all conversation events. */
    readonly webhooks: ConfigurationWebhookListInstance;
    /** Fetch the global configuration of conversations on your account */
    fetch(options?: CallOptions | Callback<ConfigurationInstance>): Promise<ConfigurationInstance>;
    /** Update the global configuration of conversations on your account */
    update(params?: ConfigurationUpdateOptions, options?: CallOptions | Callback<ConfigurationInstance>): Promise<ConfigurationInstance>;
}
/** The Configuration resource manages a set of account-level settings applicable to the Conversations API. */
export interface ConfigurationInstance extends ConfigurationContext, ConfigurationFields {
}
export interface ConfigurationUpdateOptions {
    /** The SID of the default [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) to use when creating a conversation. */
    defaultChatServiceSid?: string;
    /** The SID of the default [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) to use when creating a conversation. */
    defaultMessagingServiceSid?: string;
    /** Default ISO8601 duration when conversation will be switched to `inactive` state. Minimum value for this timer is 1 minute. */
    defaultInactiveTimer?: string;
    /** Default ISO8601 duration when conversation will be switched to `closed` state. Minimum value for this timer is 10 minutes. */
    defaultClosedTimer?: string;
}
/** The Configuration resource manages a set of account-level settings applicable to the Conversations API. */
export interface ConfigurationListInstance {
    (): ConfigurationContext;
    /** A Webhook resource manages a service-level set of callback URLs and their configuration for receiving all conversation events. */
    readonly webhooks: ConfigurationWebhookListInstance;
    get(): ConfigurationContext;
}
export interface ConfigurationWebhookFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid?: string | null;
    method?: ConfigurationWebhookEnumMethod;
    /** The list of webhook event triggers that are enabled for this Service: `onMessageAdded`, `onMessageUpdated`, `onMessageRemoved`, `onMessageAdd`, `onMessageUpdate`, `onMessageRemove`, `onConversationUpdated`, `onConversationRemoved`, `onConversationAdd`, `onConversationAdded`, `onConversationRemove`, `onConversationUpdate`, `onConversationStateUpdated`, `onParticipantAdded`, `onParticipantUpdated`, `onParticipantRemoved`, `onParticipantAdd`, `onParticipantRemove`, `onParticipantUpdate`, `onDeliveryUpdated`, `onUserAdded`, `onUserUpdate`, `onUserUpdated` */
    filters?: Array<string> | null;
    /** The absolute url the pre-event webhook request should be sent to. */
    preWebhookUrl?: string | null;
    /** The absolute url the post-event webhook request should be sent to. */
    postWebhookUrl?: string | null;
    target?: ConfigurationWebhookEnumTarget;
    /** An absolute API resource API resource URL for this webhook. */
    url?: string | null;
}
export interface ConfigurationWebhookContext {
    fetch(options?: CallOptions | Callback<ConfigurationWebhookInstance>): Promise<ConfigurationWebhookInstance>;
    update(params?: ConfigurationWebhookUpdateOptions, options?: CallOptions | Callback<ConfigurationWebhookInstance>): Promise<ConfigurationWebhookInstance>;
}
/** A Webhook resource manages a service-level set of callback URLs and their configuration for receiving all conversation events. */
export interface ConfigurationWebhookInstance extends ConfigurationWebhookContext, ConfigurationWebhookFields {
}
export interface ConfigurationWebhookUpdateOptions {
    /** The HTTP method to be used when sending a webhook request. */
    method?: string;
    /** The list of webhook event triggers that are enabled for this Service: `onMessageAdded`, `onMessageUpdated`, `onMessageRemoved`, `onMessageAdd`, `onMessageUpdate`, `onMessageRemove`, `onConversationUpdated`, `onConversationRemoved`, `onConversationAdd`, `onConversationAdded`, `onConversationRemove`, `onConversationUpdate`, `onConversationStateUpdated`, `onParticipantAdded`, `onParticipantUpdated`, `onParticipantRemoved`, `onParticipantAdd`, `onParticipantRemove`, `onParticipantUpdate`, `onDeliveryUpdated`, `onUserAdded`, `onUserUpdate`, `onUserUpdated` */
    filters?: Array<string>;
    /** The absolute url the pre-event webhook request should be sent to. */
    preWebhookUrl?: string;
    /** The absolute url the post-event webhook request should be sent to. */
    postWebhookUrl?: string;
    target?: ConfigurationWebhookEnumTarget;
}
/** A Webhook resource manages a service-level set of callback URLs and their configuration for receiving all conversation events. */
export interface ConfigurationWebhookListInstance {
    (): ConfigurationWebhookContext;
    get(): ConfigurationWebhookContext;
}
export interface ConversationWithParticipantsFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid?: string | null;
    /** The unique ID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) this conversation belongs to. */
    chatServiceSid?: string | null;
    /** The unique ID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) this conversation belongs to. */
    messagingServiceSid?: string | null;
    /** A 34 character string that uniquely identifies this resource. */
    sid?: string | null;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    friendlyName?: string | null;
    /** An application-defined string that uniquely identifies the resource. It can be used to address the resource in place of the resource's `sid` in the URL. */
    uniqueName?: string | null;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string | null;
    state?: ConversationWithParticipantsEnumState;
    /** The date that this resource was created. */
    dateCreated?: Date | null;
    /** The date that this resource was last updated. */
    dateUpdated?: Date | null;
    /** Timer date values representing state update for this conversation. */
    timers?: unknown;
    /** Contains absolute URLs to access the [participants](https://www.twilio.com/docs/conversations/api/conversation-participant-resource), [messages](https://www.twilio.com/docs/conversations/api/conversation-message-resource) and [webhooks](https://www.twilio.com/docs/conversations/api/conversation-scoped-webhook-resource) of this conversation. */
    links?: Record<string, unknown> | null;
    bindings?: unknown;
    /** An absolute API resource URL for this conversation. */
    url?: string | null;
}
/** A Conversation resource represents an omnichannel group conversation with an ordered list of messages and a participant roster. */
export interface ConversationWithParticipantsInstance extends ConversationWithParticipantsFields {
}
export interface ConversationWithParticipantsCreateOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ConversationWithParticipantsEnumWebhookEnabledType;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    friendlyName?: string;
    /** An application-defined string that uniquely identifies the resource. It can be used to address the resource in place of the resource's `sid` in the URL. */
    uniqueName?: string;
    /** The date that this resource was created. */
    dateCreated?: Date | string;
    /** The date that this resource was last updated. */
    dateUpdated?: Date | string;
    /** The unique ID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) this conversation belongs to. */
    messagingServiceSid?: string;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string;
    state?: ConversationWithParticipantsEnumState;
    /** ISO8601 duration when conversation will be switched to `inactive` state. Minimum value for this timer is 1 minute. */
    "timers.inactive"?: string;
    /** ISO8601 duration when conversation will be switched to `closed` state. Minimum value for this timer is 10 minutes. */
    "timers.closed"?: string;
    /** The default email address that will be used when sending outbound emails in this conversation. */
    "bindings.email.address"?: string;
    /** The default name that will be used when sending outbound emails in this conversation. */
    "bindings.email.name"?: string;
    /** The participant to be added to the conversation in JSON format. The JSON object attributes are as parameters in [Participant Resource](https://www.twilio.com/docs/conversations/api/conversation-participant-resource). The maximum number of participants that can be added in a single request is 10. */
    participant?: Array<string>;
}
/** A Conversation resource represents an omnichannel group conversation with an ordered list of messages and a participant roster. */
export interface ConversationWithParticipantsListInstance {
    /** Create a new conversation with the list of participants in your account's default service */
    create(params?: ConversationWithParticipantsCreateOptions, options?: CallOptions | Callback<ConversationWithParticipantsInstance>): Promise<ConversationWithParticipantsInstance>;
}
export interface ConversationFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid?: string | null;
    /** The unique ID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) this conversation belongs to. */
    chatServiceSid?: string | null;
    /** The unique ID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) this conversation belongs to. */
    messagingServiceSid?: string | null;
    /** A 34 character string that uniquely identifies this resource. */
    sid?: string | null;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    friendlyName?: string | null;
    /** An application-defined string that uniquely identifies the resource. It can be used to address the resource in place of the resource's `sid` in the URL. */
    uniqueName?: string | null;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string | null;
    state?: ConversationEnumState;
    /** The date that this resource was created. */
    dateCreated?: Date | null;
    /** The date that this resource was last updated. */
    dateUpdated?: Date | null;
    /** Timer date values representing state update for this conversation. */
    timers?: unknown;
    /** An absolute API resource URL for this conversation. */
    url?: string | null;
    /** Contains absolute URLs to access the [participants](https://www.twilio.com/docs/conversations/api/conversation-participant-resource), [messages](https://www.twilio.com/docs/conversations/api/conversation-message-resource) and [webhooks](https://www.twilio.com/docs/conversations/api/conversation-scoped-webhook-resource) of this conversation. */
    links?: Record<string, unknown> | null;
    bindings?: unknown;
}
export interface ConversationContext {
    /** A Message resource represents a message in a conversation. */
    readonly messages: ConversationMessageListInstance;
    /** A Participant resource represents a member of the conversation. */
    readonly participants: ConversationParticipantListInstance;
    /** A Scoped Webhook resource manages a set of callback URLs and their configuration for receiving events specific to one conversation. */
    readonly webhooks: ConversationScopedWebhookListInstance;
    /** Fetch a conversation from your account's default service */
    fetch(options?: CallOptions | Callback<ConversationInstance>): Promise<ConversationInstance>;
    /** Update an existing conversation in your account's default service */
    update(params?: ConversationUpdateOptions, options?: CallOptions | Callback<ConversationInstance>): Promise<ConversationInstance>;
    /** Remove a conversation from your account's default service */
    remove(params?: ConversationRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
/** A Conversation resource represents an omnichannel group conversation with an ordered list of messages and a participant roster. */
export interface ConversationInstance extends ConversationContext, ConversationFields {
}
export interface ConversationListOptions extends ListOptions {
    /** Specifies the beginning of the date range for filtering Conversations based on their creation date. Conversations that were created on or after this date will be included in the results. The date must be in ISO8601 format, specifically starting at the beginning of the specified date (YYYY-MM-DDT00:00:00Z), for precise filtering. This parameter can be combined with other filters. If this filter is used, the returned list is sorted by latest conversation creation date in descending order. */
    startDate?: string;
    /** Defines the end of the date range for filtering conversations by their creation date. Only conversations that were created on or before this date will appear in the results.  The date must be in ISO8601 format, specifically capturing up to the end of the specified date (YYYY-MM-DDT23:59:59Z), to ensure that conversations from the entire end day are included. This parameter can be combined with other filters. If this filter is used, the returned list is sorted by latest conversation creation date in descending order. */
    endDate?: string;
    /** State for sorting and filtering list of Conversations. Can be `active`, `inactive` or `closed` */
    state?: ConversationEnumState;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface ConversationCreateOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ConversationEnumWebhookEnabledType;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    friendlyName?: string;
    /** An application-defined string that uniquely identifies the resource. It can be used to address the resource in place of the resource's `sid` in the URL. */
    uniqueName?: string;
    /** The date that this resource was created. */
    dateCreated?: Date | string;
    /** The date that this resource was last updated. */
    dateUpdated?: Date | string;
    /** The unique ID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) this conversation belongs to. */
    messagingServiceSid?: string;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string;
    state?: ConversationEnumState;
    /** ISO8601 duration when conversation will be switched to `inactive` state. Minimum value for this timer is 1 minute. */
    "timers.inactive"?: string;
    /** ISO8601 duration when conversation will be switched to `closed` state. Minimum value for this timer is 10 minutes. */
    "timers.closed"?: string;
    /** The default email address that will be used when sending outbound emails in this conversation. */
    "bindings.email.address"?: string;
    /** The default name that will be used when sending outbound emails in this conversation. */
    "bindings.email.name"?: string;
}
export interface ConversationUpdateOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ConversationEnumWebhookEnabledType;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    friendlyName?: string;
    /** The date that this resource was created. */
    dateCreated?: Date | string;
    /** The date that this resource was last updated. */
    dateUpdated?: Date | string;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string;
    /** The unique ID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) this conversation belongs to. */
    messagingServiceSid?: string;
    state?: ConversationEnumState;
    /** ISO8601 duration when conversation will be switched to `inactive` state. Minimum value for this timer is 1 minute. */
    "timers.inactive"?: string;
    /** ISO8601 duration when conversation will be switched to `closed` state. Minimum value for this timer is 10 minutes. */
    "timers.closed"?: string;
    /** An application-defined string that uniquely identifies the resource. It can be used to address the resource in place of the resource's `sid` in the URL. */
    uniqueName?: string;
    /** The default email address that will be used when sending outbound emails in this conversation. */
    "bindings.email.address"?: string;
    /** The default name that will be used when sending outbound emails in this conversation. */
    "bindings.email.name"?: string;
}
export interface ConversationRemoveOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ConversationEnumWebhookEnabledType;
}
/** A Conversation resource represents an omnichannel group conversation with an ordered list of messages and a participant roster. */
export interface ConversationListInstance {
    (sid: string): ConversationContext;
    get(sid: string): ConversationContext;
    /** Create a new conversation in your account's default service */
    create(params?: ConversationCreateOptions, options?: CallOptions | Callback<ConversationInstance>): Promise<ConversationInstance>;
    list(params?: ConversationListOptions, options?: CallOptions | Callback<ConversationInstance[]>): Promise<ConversationInstance[]>;
    page(params?: ConversationListOptions, options?: CallOptions | Callback<Page<ConversationInstance>>): Promise<Page<ConversationInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<ConversationInstance>>): Promise<Page<ConversationInstance>>;
    each(callback: (item: ConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: ConversationListOptions & EachOptions<ConversationInstance>, callback?: (item: ConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ConversationListOptions, options?: CallOptions): AsyncGenerator<ConversationInstance, void, undefined>;
}
export interface ConversationMessageFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this message. */
    accountSid?: string | null;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for this message. */
    conversationSid?: string | null;
    /** A 34 character string that uniquely identifies this resource. */
    sid?: string | null;
    /** The index of the message within the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource).  Indices may skip numbers, but will always be in order of when the message was received. */
    index?: number;
    /** The channel specific identifier of the message's author. Defaults to `system`. */
    author?: string | null;
    /** The content of the message, can be up to 1,600 characters long. */
    body?: string | null;
    /** An array of objects that describe the Message's media, if the message contains media. Each object contains these fields: `content_type` with the MIME type of the media, `filename` with the name of the media, `sid` with the SID of the Media resource, and `size` with the media object's file size in bytes. If the Message has no media, this value is `null`. */
    media?: Array<unknown> | null;
    /** A string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string | null;
    /** The unique ID of messages's author participant. Null in case of `system` sent message. */
    participantSid?: string | null;
    /** The date that this resource was created. */
    dateCreated?: Date | null;
    /** The date that this resource was last updated. `null` if the message has not been edited. */
    dateUpdated?: Date | null;
    /** An absolute API resource API URL for this message. */
    url?: string | null;
    /** An object that contains the summary of delivery statuses for the message to non-chat participants. */
    delivery?: unknown;
    /** Contains an absolute API resource URL to access the delivery & read receipts of this message. */
    links?: Record<string, unknown> | null;
    /** The unique ID of the multi-channel [Rich Content](https://www.twilio.com/docs/content) template. */
    contentSid?: string | null;
}
export interface ConversationMessageContext {
    /** A Message Receipt resource represents a delivery/read receipt of a message in a conversation. */
    readonly deliveryReceipts: ConversationMessageReceiptListInstance;
    /** Fetch a message from the conversation */
    fetch(options?: CallOptions | Callback<ConversationMessageInstance>): Promise<ConversationMessageInstance>;
    /** Update an existing message in the conversation */
    update(params?: ConversationMessageUpdateOptions, options?: CallOptions | Callback<ConversationMessageInstance>): Promise<ConversationMessageInstance>;
    /** Remove a message from the conversation */
    remove(params?: ConversationMessageRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
/** A Message resource represents a message in a conversation. */
export interface ConversationMessageInstance extends ConversationMessageContext, ConversationMessageFields {
}
export interface ConversationMessageListOptions extends ListOptions {
    /** The sort order of the returned messages. Can be: `asc` (ascending) or `desc` (descending), with `asc` as the default. */
    order?: ConversationMessageEnumOrderType;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface ConversationMessageCreateOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ConversationMessageEnumWebhookEnabledType;
    /** The channel specific identifier of the message's author. Defaults to `system`. */
    author?: string;
    /** The content of the message, can be up to 1,600 characters long. */
    body?: string;
    /** The date that this resource was created. If you set this parameter, Twilio ignores any milliseconds in the timestamp. */
    dateCreated?: Date | string;
    /** The date that this resource was last updated. `null` if the message has not been edited. If you set this parameter, Twilio ignores any milliseconds in the timestamp. */
    dateUpdated?: Date | string;
    /** A string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string;
    /** The Media SID to be attached to the new Message. */
    mediaSid?: string;
    /** The unique ID of the multi-channel [Rich Content](https://www.twilio.com/docs/content) template, required for template-generated messages.  **Note** that if this field is set, `Body` and `MediaSid` parameters are ignored. */
    contentSid?: string;
    /** A structurally valid JSON string that contains values to resolve Rich Content template variables. */
    contentVariables?: string;
    /** The subject of the message, can be up to 256 characters long. */
    subject?: string;
}
export interface ConversationMessageUpdateOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ConversationMessageEnumWebhookEnabledType;
    /** The channel specific identifier of the message's author. Defaults to `system`. */
    author?: string;
    /** The content of the message, can be up to 1,600 characters long. */
    body?: string;
    /** The date that this resource was created. If you set this parameter, Twilio ignores any milliseconds in the timestamp. */
    dateCreated?: Date | string;
    /** The date that this resource was last updated. `null` if the message has not been edited. If you set this parameter, Twilio ignores any milliseconds in the timestamp. */
    dateUpdated?: Date | string;
    /** A string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string;
    /** The subject of the message, can be up to 256 characters long. */
    subject?: string;
}
export interface ConversationMessageRemoveOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ConversationMessageEnumWebhookEnabledType;
}
/** A Message resource represents a message in a conversation. */
export interface ConversationMessageListInstance {
    (sid: string): ConversationMessageContext;
    get(sid: string): ConversationMessageContext;
    /** Add a new message to the conversation */
    create(params?: ConversationMessageCreateOptions, options?: CallOptions | Callback<ConversationMessageInstance>): Promise<ConversationMessageInstance>;
    list(params?: ConversationMessageListOptions, options?: CallOptions | Callback<ConversationMessageInstance[]>): Promise<ConversationMessageInstance[]>;
    page(params?: ConversationMessageListOptions, options?: CallOptions | Callback<Page<ConversationMessageInstance>>): Promise<Page<ConversationMessageInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<ConversationMessageInstance>>): Promise<Page<ConversationMessageInstance>>;
    each(callback: (item: ConversationMessageInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: ConversationMessageListOptions & EachOptions<ConversationMessageInstance>, callback?: (item: ConversationMessageInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ConversationMessageListOptions, options?: CallOptions): AsyncGenerator<ConversationMessageInstance, void, undefined>;
}
export interface ConversationMessageReceiptFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this participant. */
    accountSid?: string | null;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for this message. */
    conversationSid?: string | null;
    /** A 34 character string that uniquely identifies this resource. */
    sid?: string | null;
    /** The SID of the message within a [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) the delivery receipt belongs to */
    messageSid?: string | null;
    /** A messaging channel-specific identifier for the message delivered to participant e.g. `SMxx` for SMS, `WAxx` for Whatsapp etc. */
    channelMessageSid?: string | null;
    /** The unique ID of the participant the delivery receipt belongs to. */
    participantSid?: string | null;
    status?: ConversationMessageReceiptEnumDeliveryStatus;
    /** The message [delivery error code](https://www.twilio.com/docs/sms/api/message-resource#delivery-related-errors) for a `failed` status, */
    errorCode?: number;
    /** The date that this resource was created. */
    dateCreated?: Date | null;
    /** The date that this resource was last updated. `null` if the delivery receipt has not been updated. */
    dateUpdated?: Date | null;
    /** An absolute API resource URL for this delivery receipt. */
    url?: string | null;
}
export interface ConversationMessageReceiptContext {
    /** Fetch the delivery and read receipts of the conversation message */
    fetch(options?: CallOptions | Callback<ConversationMessageReceiptInstance>): Promise<ConversationMessageReceiptInstance>;
}
/** A Message Receipt resource represents a delivery/read receipt of a message in a conversation. */
export interface ConversationMessageReceiptInstance extends ConversationMessageReceiptContext, ConversationMessageReceiptFields {
}
export interface ConversationMessageReceiptListOptions extends ListOptions {
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
/** A Message Receipt resource represents a delivery/read receipt of a message in a conversation. */
export interface ConversationMessageReceiptListInstance {
    (sid: string): ConversationMessageReceiptContext;
    get(sid: string): ConversationMessageReceiptContext;
    list(params?: ConversationMessageReceiptListOptions, options?: CallOptions | Callback<ConversationMessageReceiptInstance[]>): Promise<ConversationMessageReceiptInstance[]>;
    page(params?: ConversationMessageReceiptListOptions, options?: CallOptions | Callback<Page<ConversationMessageReceiptInstance>>): Promise<Page<ConversationMessageReceiptInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<ConversationMessageReceiptInstance>>): Promise<Page<ConversationMessageReceiptInstance>>;
    each(callback: (item: ConversationMessageReceiptInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: ConversationMessageReceiptListOptions & EachOptions<ConversationMessageReceiptInstance>, callback?: (item: ConversationMessageReceiptInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ConversationMessageReceiptListOptions, options?: CallOptions): AsyncGenerator<ConversationMessageReceiptInstance, void, undefined>;
}
export interface ConversationParticipantFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this participant. */
    accountSid?: string | null;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for this participant. */
    conversationSid?: string | null;
    /** A 34 character string that uniquely identifies this resource. */
    sid?: string | null;
    /** A unique string identifier for the conversation participant as [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource). This parameter is non-null if (and only if) the participant is using the Conversations SDK to communicate. Limited to 256 characters. */
    identity?: string | null;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string | null;
    /** Information about how this participant exchanges messages with the conversation. A JSON parameter consisting of type and address fields of the participant. */
    messagingBinding?: unknown;
    /** The SID of a conversation-level [Role](https://www.twilio.com/docs/conversations/api/role-resource) to assign to the participant. */
    roleSid?: string | null;
    /** The date that this resource was created. */
    dateCreated?: Date | null;
    /** The date that this resource was last updated. */
    dateUpdated?: Date | null;
    /** An absolute API resource URL for this participant. */
    url?: string | null;
    /** Index of last “read” message in the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for the Participant. */
    lastReadMessageIndex?: number | null;
    /** Timestamp of last “read” message in the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for the Participant. */
    lastReadTimestamp?: string | null;
}
export interface ConversationParticipantContext {
    /** Fetch a participant of the conversation */
    fetch(options?: CallOptions | Callback<ConversationParticipantInstance>): Promise<ConversationParticipantInstance>;
    /** Update an existing participant in the conversation */
    update(params?: ConversationParticipantUpdateOptions, options?: CallOptions | Callback<ConversationParticipantInstance>): Promise<ConversationParticipantInstance>;
    /** Remove a participant from the conversation */
    remove(params?: ConversationParticipantRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
/** A Participant resource represents a member of the conversation. */
export interface ConversationParticipantInstance extends ConversationParticipantContext, ConversationParticipantFields {
}
export interface ConversationParticipantListOptions extends ListOptions {
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface ConversationParticipantCreateOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ConversationParticipantEnumWebhookEnabledType;
    /** A unique string identifier for the conversation participant as [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource). This parameter is non-null if (and only if) the participant is using the Conversations SDK to communicate. Limited to 256 characters. */
    identity?: string;
    /** The address of the participant's device, e.g. a phone or WhatsApp number. Together with the Proxy address, this determines a participant uniquely. This field (with proxy_address) is only null when the participant is interacting from an SDK endpoint (see the 'identity' field). */
    "messagingBinding.address"?: string;
    /** The address of the Twilio phone number (or WhatsApp number) that the participant is in contact with. This field, together with participant address, is only null when the participant is interacting from an SDK endpoint (see the 'identity' field). */
    "messagingBinding.proxyAddress"?: string;
    /** The date that this resource was created. */
    dateCreated?: Date | string;
    /** The date that this resource was last updated. */
    dateUpdated?: Date | string;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string;
    /** The address of the Twilio phone number that is used in Group MMS. Communication mask for the Conversation participant with Identity. */
    "messagingBinding.projectedAddress"?: string;
    /** The SID of a conversation-level [Role](https://www.twilio.com/docs/conversations/api/role-resource) to assign to the participant. */
    roleSid?: string;
}
export interface ConversationParticipantUpdateOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ConversationParticipantEnumWebhookEnabledType;
    /** The date that this resource was created. */
    dateCreated?: Date | string;
    /** The date that this resource was last updated. */
    dateUpdated?: Date | string;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string;
    /** The SID of a conversation-level [Role](https://www.twilio.com/docs/conversations/api/role-resource) to assign to the participant. */
    roleSid?: string;
    /** The address of the Twilio phone number that the participant is in contact with. 'null' value will remove it. */
    "messagingBinding.proxyAddress"?: string;
    /** The address of the Twilio phone number that is used in Group MMS. 'null' value will remove it. */
    "messagingBinding.projectedAddress"?: string;
    /** A unique string identifier for the conversation participant as [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource). This parameter is non-null if (and only if) the participant is using the Conversations SDK to communicate. Limited to 256 characters. */
    identity?: string;
    /** Index of last “read” message in the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for the Participant. */
    lastReadMessageIndex?: number;
    /** Timestamp of last “read” message in the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for the Participant. */
    lastReadTimestamp?: string;
}
export interface ConversationParticipantRemoveOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ConversationParticipantEnumWebhookEnabledType;
}
/** A Participant resource represents a member of the conversation. */
export interface ConversationParticipantListInstance {
    (sid: string): ConversationParticipantContext;
    get(sid: string): ConversationParticipantContext;
    /** Add a new participant to the conversation */
    create(params?: ConversationParticipantCreateOptions, options?: CallOptions | Callback<ConversationParticipantInstance>): Promise<ConversationParticipantInstance>;
    list(params?: ConversationParticipantListOptions, options?: CallOptions | Callback<ConversationParticipantInstance[]>): Promise<ConversationParticipantInstance[]>;
    page(params?: ConversationParticipantListOptions, options?: CallOptions | Callback<Page<ConversationParticipantInstance>>): Promise<Page<ConversationParticipantInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<ConversationParticipantInstance>>): Promise<Page<ConversationParticipantInstance>>;
    each(callback: (item: ConversationParticipantInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: ConversationParticipantListOptions & EachOptions<ConversationParticipantInstance>, callback?: (item: ConversationParticipantInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ConversationParticipantListOptions, options?: CallOptions): AsyncGenerator<ConversationParticipantInstance, void, undefined>;
}
export interface ConversationScopedWebhookFields {
    /** A 34 character string that uniquely identifies this resource. */
    sid?: string | null;
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid?: string | null;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for this webhook. */
    conversationSid?: string | null;
    /** The target of this webhook: `webhook`, `studio`, `trigger` */
    target?: string | null;
    /** An absolute API resource URL for this webhook. */
    url?: string | null;
    /** The configuration of this webhook. Is defined based on target. */
    configuration?: unknown;
    /** The date that this resource was created. */
    dateCreated?: Date | null;
    /** The date that this resource was last updated. */
    dateUpdated?: Date | null;
}
export interface ConversationScopedWebhookContext {
    /** Fetch the configuration of a conversation-scoped webhook */
    fetch(options?: CallOptions | Callback<ConversationScopedWebhookInstance>): Promise<ConversationScopedWebhookInstance>;
    /** Update an existing conversation-scoped webhook */
    update(params?: ConversationScopedWebhookUpdateOptions, options?: CallOptions | Callback<ConversationScopedWebhookInstance>): Promise<ConversationScopedWebhookInstance>;
    /** Remove an existing webhook scoped to the conversation */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
/** A Scoped Webhook resource manages a set of callback URLs and their configuration for receiving events specific to one conversation. */
export interface ConversationScopedWebhookInstance extends ConversationScopedWebhookContext, ConversationScopedWebhookFields {
}
export interface ConversationScopedWebhookListOptions extends ListOptions {
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface ConversationScopedWebhookCreateOptions {
    target: ConversationScopedWebhookEnumTarget;
    /** The absolute url the webhook request should be sent to. */
    "configuration.url"?: string;
    "configuration.method"?: ConversationScopedWebhookEnumMethod;
    /** The list of events, firing webhook event for this Conversation. */
    "configuration.filters"?: Array<string>;
    /** The list of keywords, firing webhook event for this Conversation. */
    "configuration.triggers"?: Array<string>;
    /** The studio flow SID, where the webhook should be sent to. */
    "configuration.flowSid"?: string;
    /** The message index for which and it's successors the webhook will be replayed. Not set by default */
    "configuration.replayAfter"?: number;
}
export interface ConversationScopedWebhookUpdateOptions {
    /** The absolute url the webhook request should be sent to. */
    "configuration.url"?: string;
    "configuration.method"?: ConversationScopedWebhookEnumMethod;
    /** The list of events, firing webhook event for this Conversation. */
    "configuration.filters"?: Array<string>;
    /** The list of keywords, firing webhook event for this Conversation. */
    "configuration.triggers"?: Array<string>;
    /** The studio flow SID, where the webhook should be sent to. */
    "configuration.flowSid"?: string;
}
/** A Scoped Webhook resource manages a set of callback URLs and their configuration for receiving events specific to one conversation. */
export interface ConversationScopedWebhookListInstance {
    (sid: string): ConversationScopedWebhookContext;
    get(sid: string): ConversationScopedWebhookContext;
    /** Create a new webhook scoped to the conversation */
    create(params: ConversationScopedWebhookCreateOptions, options?: CallOptions | Callback<ConversationScopedWebhookInstance>): Promise<ConversationScopedWebhookInstance>;
    list(params?: ConversationScopedWebhookListOptions, options?: CallOptions | Callback<ConversationScopedWebhookInstance[]>): Promise<ConversationScopedWebhookInstance[]>;
    page(params?: ConversationScopedWebhookListOptions, options?: CallOptions | Callback<Page<ConversationScopedWebhookInstance>>): Promise<Page<ConversationScopedWebhookInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<ConversationScopedWebhookInstance>>): Promise<Page<ConversationScopedWebhookInstance>>;
    each(callback: (item: ConversationScopedWebhookInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: ConversationScopedWebhookListOptions & EachOptions<ConversationScopedWebhookInstance>, callback?: (item: ConversationScopedWebhookInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ConversationScopedWebhookListOptions, options?: CallOptions): AsyncGenerator<ConversationScopedWebhookInstance, void, undefined>;
}
export interface CredentialFields {
    /** A 34 character string that uniquely identifies this resource. */
    sid?: string | null;
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this credential. */
    accountSid?: string | null;
    /** The human-readable name of this credential, limited to 64 characters. Optional. */
    friendlyName?: string | null;
    type?: CredentialEnumPushType;
    /** [APN only] Whether to send the credential to sandbox APNs. Can be `true` to send to sandbox APNs or `false` to send to production. */
    sandbox?: string | null;
    /** The date that this resource was created. */
    dateCreated?: Date | null;
    /** The date that this resource was last updated. */
    dateUpdated?: Date | null;
    /** An absolute API resource URL for this credential. */
    url?: string | null;
}
export interface CredentialContext {
    /** Fetch a push notification credential from your account */
    fetch(options?: CallOptions | Callback<CredentialInstance>): Promise<CredentialInstance>;
    /** Update an existing push notification credential on your account */
    update(params?: CredentialUpdateOptions, options?: CallOptions | Callback<CredentialInstance>): Promise<CredentialInstance>;
    /** Remove a push notification credential from your account */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
/** A Credential resource represents a push notification credential. */
export interface CredentialInstance extends CredentialContext, CredentialFields {
}
export interface CredentialListOptions extends ListOptions {
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface CredentialCreateOptions {
    type: CredentialEnumPushType;
    /** A descriptive string that you create to describe the new resource. It can be up to 64 characters long. */
    friendlyName?: string;
    /**
     * [APN only] The URL encoded representation of the certificate. For example,
     * `-----BEGIN CERTIFICATE-----
     * MIIFnTCCBIWgAwIBAgIIAjy9H849+E8wDQYJKoZIhvcNAQEF.....A==
     * -----END CERTIFICATE-----`.
     */
    certificate?: string;
    /**
     * [APN only] The URL encoded representation of the private key. For example,
     * `-----BEGIN RSA PRIVATE KEY-----
     * MIIEpQIBAAKCAQEAuyf/lNrH9ck8DmNyo3fG...
     * -----END RSA PRIVATE KEY-----`.
     */
    privateKey?: string;
    /** [APN only] Whether to send the credential to sandbox APNs. Can be `true` to send to sandbox APNs or `false` to send to production. */
    sandbox?: boolean;
    /** [GCM only] The API key for the project that was obtained from the Google Developer console for your GCM Service application credential. */
    apiKey?: string;
    /** [FCM only] The **Server key** of your project from the Firebase console, found under Settings / Cloud messaging. */
    secret?: string;
}
export interface CredentialUpdateOptions {
    type?: CredentialEnumPushType;
    /** A descriptive string that you create to describe the new resource. It can be up to 64 characters long. */
    friendlyName?: string;
    /**
     * [APN only] The URL encoded representation of the certificate. For example,
     * `-----BEGIN CERTIFICATE-----
     * MIIFnTCCBIWgAwIBAgIIAjy9H849+E8wDQYJKoZIhvcNAQEF.....A==
     * -----END CERTIFICATE-----`.
     */
    certificate?: string;
    /**
     * [APN only] The URL encoded representation of the private key. For example,
     * `-----BEGIN RSA PRIVATE KEY-----
     * MIIEpQIBAAKCAQEAuyf/lNrH9ck8DmNyo3fG...
     * -----END RSA PRIVATE KEY-----`.
     */
    privateKey?: string;
    /** [APN only] Whether to send the credential to sandbox APNs. Can be `true` to send to sandbox APNs or `false` to send to production. */
    sandbox?: boolean;
    /** [GCM only] The API key for the project that was obtained from the Google Developer console for your GCM Service application credential. */
    apiKey?: string;
    /** [FCM only] The **Server key** of your project from the Firebase console, found under Settings / Cloud messaging. */
    secret?: string;
}
/** A Credential resource represents a push notification credential. */
export interface CredentialListInstance {
    (sid: string): CredentialContext;
    get(sid: string): CredentialContext;
    /** Add a new push notification credential to your account */
    create(params: CredentialCreateOptions, options?: CallOptions | Callback<CredentialInstance>): Promise<CredentialInstance>;
    list(params?: CredentialListOptions, options?: CallOptions | Callback<CredentialInstance[]>): Promise<CredentialInstance[]>;
    page(params?: CredentialListOptions, options?: CallOptions | Callback<Page<CredentialInstance>>): Promise<Page<CredentialInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<CredentialInstance>>): Promise<Page<CredentialInstance>>;
    each(callback: (item: CredentialInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: CredentialListOptions & EachOptions<CredentialInstance>, callback?: (item: CredentialInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: CredentialListOptions, options?: CallOptions): AsyncGenerator<CredentialInstance, void, undefined>;
}
export interface ParticipantConversationFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid?: string | null;
    /** The unique ID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) this conversation belongs to. */
    chatServiceSid?: string | null;
    /** The unique ID of the [Participant](https://www.twilio.com/docs/conversations/api/conversation-participant-resource). */
    participantSid?: string | null;
    /** The unique string that identifies the conversation participant as [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource). */
    participantUserSid?: string | null;
    /** A unique string identifier for the conversation participant as [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource). This parameter is non-null if (and only if) the participant is using the Conversations SDK to communicate. Limited to 256 characters. */
    participantIdentity?: string | null;
    /** Information about how this participant exchanges messages with the conversation. A JSON parameter consisting of type and address fields of the participant. */
    participantMessagingBinding?: unknown;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) this Participant belongs to. */
    conversationSid?: string | null;
    /** An application-defined string that uniquely identifies the Conversation resource. */
    conversationUniqueName?: string | null;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    conversationFriendlyName?: string | null;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    conversationAttributes?: string | null;
    /** The date that this conversation was created, given in ISO 8601 format. */
    conversationDateCreated?: Date | null;
    /** The date that this conversation was last updated, given in ISO 8601 format. */
    conversationDateUpdated?: Date | null;
    /** Identity of the creator of this Conversation. */
    conversationCreatedBy?: string | null;
    conversationState?: ParticipantConversationEnumState;
    /** Timer date values representing state update for this conversation. */
    conversationTimers?: unknown;
    /** Contains absolute URLs to access the [participant](https://www.twilio.com/docs/conversations/api/conversation-participant-resource) and [conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) of this conversation. */
    links?: Record<string, unknown> | null;
}
/** Participant Conversations resource represents a list of Conversations that this Participant belongs to belonging to a default conversation service. */
export interface ParticipantConversationInstance extends ParticipantConversationFields {
}
export interface ParticipantConversationListOptions extends ListOptions {
    /** A unique string identifier for the conversation participant as [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource). This parameter is non-null if (and only if) the participant is using the Conversations SDK to communicate. Limited to 256 characters. */
    identity?: string;
    /** A unique string identifier for the conversation participant who's not a Conversation User. This parameter could be found in messaging_binding.address field of Participant resource. It should be url-encoded. */
    address?: string;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
/** Participant Conversations resource represents a list of Conversations that this Participant belongs to belonging to a default conversation service. */
export interface ParticipantConversationListInstance {
    list(params?: ParticipantConversationListOptions, options?: CallOptions | Callback<ParticipantConversationInstance[]>): Promise<ParticipantConversationInstance[]>;
    page(params?: ParticipantConversationListOptions, options?: CallOptions | Callback<Page<ParticipantConversationInstance>>): Promise<Page<ParticipantConversationInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<ParticipantConversationInstance>>): Promise<Page<ParticipantConversationInstance>>;
    each(callback: (item: ParticipantConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: ParticipantConversationListOptions & EachOptions<ParticipantConversationInstance>, callback?: (item: ParticipantConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ParticipantConversationListOptions, options?: CallOptions): AsyncGenerator<ParticipantConversationInstance, void, undefined>;
}
export interface RoleFields {
    /** The unique string that we created to identify the Role resource. */
    sid?: string | null;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Role resource. */
    accountSid?: string | null;
    /** The SID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) the Role resource is associated with. */
    chatServiceSid?: string | null;
    /** The string that you assigned to describe the resource. */
    friendlyName?: string | null;
    type?: RoleEnumRoleType;
    /** An array of the permissions the role has been granted. */
    permissions?: Array<string> | null;
    /** The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated?: Date | null;
    /** The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateUpdated?: Date | null;
    /** An absolute API resource URL for this user role. */
    url?: string | null;
}
export interface RoleContext {
    /** Fetch a user role from your account's default service */
    fetch(options?: CallOptions | Callback<RoleInstance>): Promise<RoleInstance>;
    /** Update an existing user role in your account's default service */
    update(params: RoleUpdateOptions, options?: CallOptions | Callback<RoleInstance>): Promise<RoleInstance>;
    /** Remove a user role from your account's default service */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
/** A Role resource represents a set of permissions granted to a user within a service or a conversation. */
export interface RoleInstance extends RoleContext, RoleFields {
}
export interface RoleListOptions extends ListOptions {
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface RoleCreateOptions {
    /** A descriptive string that you create to describe the new resource. It can be up to 64 characters long. */
    friendlyName: string;
    type: RoleEnumRoleType;
    /** A permission that you grant to the new role. Only one permission can be granted per parameter. To assign more than one permission, repeat this parameter for each permission value. The values for this parameter depend on the role's `type`. */
    permission: Array<string>;
}
export interface RoleUpdateOptions {
    /** A permission that you grant to the role. Only one permission can be granted per parameter. To assign more than one permission, repeat this parameter for each permission value. Note that the update action replaces all previously assigned permissions with those defined in the update action. To remove a permission, do not include it in the subsequent update action. The values for this parameter depend on the role's `type`. */
    permission: Array<string>;
}
/** A Role resource represents a set of permissions granted to a user within a service or a conversation. */
export interface RoleListInstance {
    (sid: string): RoleContext;
    get(sid: string): RoleContext;
    /** Create a new user role in your account's default service */
    create(params: RoleCreateOptions, options?: CallOptions | Callback<RoleInstance>): Promise<RoleInstance>;
    list(params?: RoleListOptions, options?: CallOptions | Callback<RoleInstance[]>): Promise<RoleInstance[]>;
    page(params?: RoleListOptions, options?: CallOptions | Callback<Page<RoleInstance>>): Promise<Page<RoleInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<RoleInstance>>): Promise<Page<RoleInstance>>;
    each(callback: (item: RoleInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: RoleListOptions & EachOptions<RoleInstance>, callback?: (item: RoleInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: RoleListOptions, options?: CallOptions): AsyncGenerator<RoleInstance, void, undefined>;
}
export interface ServiceFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this service. */
    accountSid?: string | null;
    /** A 34 character string that uniquely identifies this resource. */
    sid?: string | null;
    /** The human-readable name of this service, limited to 256 characters. Optional. */
    friendlyName?: string | null;
    /** The date that this resource was created. */
    dateCreated?: Date | null;
    /** The date that this resource was last updated. */
    dateUpdated?: Date | null;
    /** An absolute API resource URL for this service. */
    url?: string | null;
    /** Contains absolute API resource URLs to access conversations, users, roles, bindings and configuration of this service. */
    links?: Record<string, unknown> | null;
}
export interface ServiceContext {
    /** A Binding resource represents a push notification binding and its configuration, for delivering conversation events to mobile or web endpoints. */
    readonly bindings: ServiceBindingListInstance;
    /** A Service Configuration resource manages service-level settings applicable to the Conversation API. */
    readonly configuration: ServiceConfigurationListInstance;
    /** A Service Conversation resource represents an omnichannel group conversation with an ordered list of messages and a participant roster. */
    readonly conversationWithParticipants: ServiceConversationWithParticipantsListInstance;
    /** A Service Conversation resource represents an omnichannel group conversation with an ordered list of messages and a participant roster. */
    readonly conversations: ServiceConversationListInstance;
    /** Service Participant Conversations resource represents a list of Conversations that this Participant belongs to belonging to a specific conversation service. */
    readonly participantConversations: ServiceParticipantConversationListInstance;
    /** A Service Role resource represents a set of permissions granted to a user within a service or a conversation. */
    readonly roles: ServiceRoleListInstance;
    /** A Service User resource represents a conversation user belonging to a specific conversation service. */
    readonly users: ServiceUserListInstance;
    /** Fetch a conversation service from your account */
    fetch(options?: CallOptions | Callback<ServiceInstance>): Promise<ServiceInstance>;
    /** Remove a conversation service with all its nested resources from your account */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
/** A Service resource is a top-level conversation resource container that serves as a data silo. */
export interface ServiceInstance extends ServiceContext, ServiceFields {
}
export interface ServiceListOptions extends ListOptions {
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface ServiceCreateOptions {
    /** The human-readable name of this service, limited to 256 characters. Optional. */
    friendlyName: string;
}
/** A Service resource is a top-level conversation resource container that serves as a data silo. */
export interface ServiceListInstance {
    (sid: string): ServiceContext;
    get(sid: string): ServiceContext;
    /** Create a new conversation service on your account */
    create(params: ServiceCreateOptions, options?: CallOptions | Callback<ServiceInstance>): Promise<ServiceInstance>;
    list(params?: ServiceListOptions, options?: CallOptions | Callback<ServiceInstance[]>): Promise<ServiceInstance[]>;
    page(params?: ServiceListOptions, options?: CallOptions | Callback<Page<ServiceInstance>>): Promise<Page<ServiceInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<ServiceInstance>>): Promise<Page<ServiceInstance>>;
    each(callback: (item: ServiceInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: ServiceListOptions & EachOptions<ServiceInstance>, callback?: (item: ServiceInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceListOptions, options?: CallOptions): AsyncGenerator<ServiceInstance, void, undefined>;
}
export interface ServiceBindingFields {
    /** A 34 character string that uniquely identifies this resource. */
    sid?: string | null;
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this binding. */
    accountSid?: string | null;
    /** The SID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) the Binding resource is associated with. */
    chatServiceSid?: string | null;
    /** The SID of the [Credential](https://www.twilio.com/docs/conversations/api/credential-resource) for the binding. See [push notification configuration](https://www.twilio.com/docs/chat/push-notification-configuration) for more info. */
    credentialSid?: string | null;
    /** The date that this resource was created. */
    dateCreated?: Date | null;
    /** The date that this resource was last updated. */
    dateUpdated?: Date | null;
    /** The unique endpoint identifier for the Binding. The format of this value depends on the `binding_type`. */
    endpoint?: string | null;
    /** The application-defined string that uniquely identifies the [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource) within the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource). See [access tokens](https://www.twilio.com/docs/conversations/create-tokens) for more info. */
    identity?: string | null;
    bindingType?: ServiceBindingEnumBindingType;
    /** The [Conversation message types](https://www.twilio.com/docs/chat/push-notification-configuration#push-types) the binding is subscribed to. */
    messageTypes?: Array<string> | null;
    /** An absolute API resource URL for this binding. */
    url?: string | null;
}
export interface ServiceBindingContext {
    /** Fetch a push notification binding from the conversation service */
    fetch(options?: CallOptions | Callback<ServiceBindingInstance>): Promise<ServiceBindingInstance>;
    /** Remove a push notification binding from the conversation service */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
/** A Binding resource represents a push notification binding and its configuration, for delivering conversation events to mobile or web endpoints. */
export interface ServiceBindingInstance extends ServiceBindingContext, ServiceBindingFields {
}
export interface ServiceBindingListOptions extends ListOptions {
    /** The push technology used by the Binding resources to read.  Can be: `apn`, `gcm`, `fcm`, or `twilsock`.  See [push notification configuration](https://www.twilio.com/docs/chat/push-notification-configuration) for more info. */
    bindingType?: Array<ServiceBindingEnumBindingType>;
    /** The identity of a [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource) this binding belongs to. See [access tokens](https://www.twilio.com/docs/conversations/create-tokens) for more details. */
    identity?: Array<string>;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
/** A Binding resource represents a push notification binding and its configuration, for delivering conversation events to mobile or web endpoints. */
export interface ServiceBindingListInstance {
    (sid: string): ServiceBindingContext;
    get(sid: string): ServiceBindingContext;
    list(params?: ServiceBindingListOptions, options?: CallOptions | Callback<ServiceBindingInstance[]>): Promise<ServiceBindingInstance[]>;
    page(params?: ServiceBindingListOptions, options?: CallOptions | Callback<Page<ServiceBindingInstance>>): Promise<Page<ServiceBindingInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<ServiceBindingInstance>>): Promise<Page<ServiceBindingInstance>>;
    each(callback: (item: ServiceBindingInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: ServiceBindingListOptions & EachOptions<ServiceBindingInstance>, callback?: (item: ServiceBindingInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceBindingListOptions, options?: CallOptions): AsyncGenerator<ServiceBindingInstance, void, undefined>;
}
export interface ServiceConfigurationFields {
    /** The unique string that we created to identify the Service configuration resource. */
    chatServiceSid?: string | null;
    /** The conversation-level role assigned to a conversation creator when they join a new conversation. See [Conversation Role](https://www.twilio.com/docs/conversations/api/role-resource) for more info about roles. */
    defaultConversationCreatorRoleSid?: string | null;
    /** The conversation-level role assigned to users when they are added to a conversation. See [Conversation Role](https://www.twilio.com/docs/conversations/api/role-resource) for more info about roles. */
    defaultConversationRoleSid?: string | null;
    /** The service-level role assigned to users when they are added to the service. See [Conversation Role](https://www.twilio.com/docs/conversations/api/role-resource) for more info about roles. */
    defaultChatServiceRoleSid?: string | null;
    /** An absolute API resource URL for this service configuration. */
    url?: string | null;
    /** Contains an absolute API resource URL to access the push notifications configuration of this service. */
    links?: Record<string, unknown> | null;
    /** Whether the [Reachability Indicator](https://www.twilio.com/docs/conversations/reachability) is enabled for this Conversations Service. The default is `false`. */
    reachabilityEnabled?: boolean | null;
}
export interface ServiceConfigurationContext {
    /** A Service Notification resource manages a set of settings to determine push notification behavior at service level. */
    readonly notifications: ServiceNotificationListInstance;
    /** A service webhook configuration resource manages a service-level set of callback URLs and their configuration for receiving all the corresponding service events. */
    readonly webhooks: ServiceWebhookConfigurationListInstance;
    /** Fetch the configuration of a conversation service */
    fetch(options?: CallOptions | Callback<ServiceConfigurationInstance>): Promise<ServiceConfigurationInstance>;
    /** Update configuration settings of a conversation service */
    update(params?: ServiceConfigurationUpdateOptions, options?: CallOptions | Callback<ServiceConfigurationInstance>): Promise<ServiceConfigurationInstance>;
}
/** A Service Configuration resource manages service-level settings applicable to the Conversation API. */
export interface ServiceConfigurationInstance extends ServiceConfigurationContext, ServiceConfigurationFields {
}
export interface ServiceConfigurationUpdateOptions {
    /** The conversation-level role assigned to a conversation creator when they join a new conversation. See [Conversation Role](https://www.twilio.com/docs/conversations/api/role-resource) for more info about roles. */
    defaultConversationCreatorRoleSid?: string;
    /** The conversation-level role assigned to users when they are added to a conversation. See [Conversation Role](https://www.twilio.com/docs/conversations/api/role-resource) for more info about roles. */
    defaultConversationRoleSid?: string;
    /** The service-level role assigned to users when they are added to the service. See [Conversation Role](https://www.twilio.com/docs/conversations/api/role-resource) for more info about roles. */
    defaultChatServiceRoleSid?: string;
    /** Whether the [Reachability Indicator](https://www.twilio.com/docs/conversations/reachability) is enabled for this Conversations Service. The default is `false`. */
    reachabilityEnabled?: boolean;
}
/** A Service Configuration resource manages service-level settings applicable to the Conversation API. */
export interface ServiceConfigurationListInstance {
    (): ServiceConfigurationContext;
    /** A Service Notification resource manages a set of settings to determine push notification behavior at service level. */
    readonly notifications: ServiceNotificationListInstance;
    /** A service webhook configuration resource manages a service-level set of callback URLs and their configuration for receiving all the corresponding service events. */
    readonly webhooks: ServiceWebhookConfigurationListInstance;
    get(): ServiceConfigurationContext;
}
export interface ServiceNotificationFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this configuration. */
    accountSid?: string | null;
    /** The SID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) the Configuration applies to. */
    chatServiceSid?: string | null;
    /** The Push Notification configuration for New Messages. */
    newMessage?: unknown;
    /** The Push Notification configuration for being added to a Conversation. */
    addedToConversation?: unknown;
    /** The Push Notification configuration for being removed from a Conversation. */
    removedFromConversation?: unknown;
    /** Weather the notification logging is enabled. */
    logEnabled?: boolean | null;
    /** An absolute API resource URL for this configuration. */
    url?: string | null;
}
export interface ServiceNotificationContext {
    /** Fetch push notification service settings */
    fetch(options?: CallOptions | Callback<ServiceNotificationInstance>): Promise<ServiceNotificationInstance>;
    /** Update push notification service settings */
    update(params?: ServiceNotificationUpdateOptions, options?: CallOptions | Callback<ServiceNotificationInstance>): Promise<ServiceNotificationInstance>;
}
/** A Service Notification resource manages a set of settings to determine push notification behavior at service level. */
export interface ServiceNotificationInstance extends ServiceNotificationContext, ServiceNotificationFields {
}
export interface ServiceNotificationUpdateOptions {
    /** Weather the notification logging is enabled. */
    logEnabled?: boolean;
    /** Whether to send a notification when a new message is added to a conversation. The default is `false`. */
    "newMessage.enabled"?: boolean;
    /** The template to use to create the notification text displayed when a new message is added to a conversation and `new_message.enabled` is `true`. */
    "newMessage.template"?: string;
    /** The name of the sound to play when a new message is added to a conversation and `new_message.enabled` is `true`. */
    "newMessage.sound"?: string;
    /** Whether the new message badge is enabled. The default is `false`. */
    "newMessage.badgeCountEnabled"?: boolean;
    /** Whether to send a notification when a participant is added to a conversation. The default is `false`. */
    "addedToConversation.enabled"?: boolean;
    /** The template to use to create the notification text displayed when a participant is added to a conversation and `added_to_conversation.enabled` is `true`. */
    "addedToConversation.template"?: string;
    /** The name of the sound to play when a participant is added to a conversation and `added_to_conversation.enabled` is `true`. */
    "addedToConversation.sound"?: string;
    /** Whether to send a notification to a user when they are removed from a conversation. The default is `false`. */
    "removedFromConversation.enabled"?: boolean;
    /** The template to use to create the notification text displayed to a user when they are removed from a conversation and `removed_from_conversation.enabled` is `true`. */
    "removedFromConversation.template"?: string;
    /** The name of the sound to play to a user when they are removed from a conversation and `removed_from_conversation.enabled` is `true`. */
    "removedFromConversation.sound"?: string;
    /** Whether to send a notification when a new message with media/file attachments is added to a conversation. The default is `false`. */
    "newMessage.withMedia.enabled"?: boolean;
    /** The template to use to create the notification text displayed when a new message with media/file attachments is added to a conversation and `new_message.attachments.enabled` is `true`. */
    "newMessage.withMedia.template"?: string;
}
/** A Service Notification resource manages a set of settings to determine push notification behavior at service level. */
export interface ServiceNotificationListInstance {
    (): ServiceNotificationContext;
    get(): ServiceNotificationContext;
}
export interface ServiceWebhookConfigurationFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this service. */
    accountSid?: string | null;
    /** The unique ID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) this conversation belongs to. */
    chatServiceSid?: string | null;
    /** The absolute url the pre-event webhook request should be sent to. */
    preWebhookUrl?: string | null;
    /** The absolute url the post-event webhook request should be sent to. */
    postWebhookUrl?: string | null;
    /** The list of events that your configured webhook targets will receive. Events not configured here will not fire. Possible values are `onParticipantAdd`, `onParticipantAdded`, `onDeliveryUpdated`, `onConversationUpdated`, `onConversationRemove`, `onParticipantRemove`, `onConversationUpdate`, `onMessageAdd`, `onMessageRemoved`, `onParticipantUpdated`, `onConversationAdded`, `onMessageAdded`, `onConversationAdd`, `onConversationRemoved`, `onParticipantUpdate`, `onMessageRemove`, `onMessageUpdated`, `onParticipantRemoved`, `onMessageUpdate` or `onConversationStateUpdated`. */
    filters?: Array<string> | null;
    method?: ServiceWebhookConfigurationEnumMethod;
    /** An absolute API resource URL for this webhook. */
    url?: string | null;
}
export interface ServiceWebhookConfigurationContext {
    /** Fetch a specific service webhook configuration. */
    fetch(options?: CallOptions | Callback<ServiceWebhookConfigurationInstance>): Promise<ServiceWebhookConfigurationInstance>;
    /** Update a specific Webhook. */
    update(params?: ServiceWebhookConfigurationUpdateOptions, options?: CallOptions | Callback<ServiceWebhookConfigurationInstance>): Promise<ServiceWebhookConfigurationInstance>;
}
/** A service webhook configuration resource manages a service-level set of callback URLs and their configuration for receiving all the corresponding service events. */
export interface ServiceWebhookConfigurationInstance extends ServiceWebhookConfigurationContext, ServiceWebhookConfigurationFields {
}
export interface ServiceWebhookConfigurationUpdateOptions {
    /** The absolute url the pre-event webhook request should be sent to. */
    preWebhookUrl?: string;
    /** The absolute url the post-event webhook request should be sent to. */
    postWebhookUrl?: string;
    /** The list of events that your configured webhook targets will receive. Events not configured here will not fire. Possible values are `onParticipantAdd`, `onParticipantAdded`, `onDeliveryUpdated`, `onConversationUpdated`, `onConversationRemove`, `onParticipantRemove`, `onConversationUpdate`, `onMessageAdd`, `onMessageRemoved`, `onParticipantUpdated`, `onConversationAdded`, `onMessageAdded`, `onConversationAdd`, `onConversationRemoved`, `onParticipantUpdate`, `onMessageRemove`, `onMessageUpdated`, `onParticipantRemoved`, `onMessageUpdate` or `onConversationStateUpdated`. */
    filters?: Array<string>;
    /** The HTTP method to be used when sending a webhook request. One of `GET` or `POST`. */
    method?: string;
}
/** A service webhook configuration resource manages a service-level set of callback URLs and their configuration for receiving all the corresponding service events. */
export interface ServiceWebhookConfigurationListInstance {
    (): ServiceWebhookConfigurationContext;
    get(): ServiceWebhookConfigurationContext;
}
export interface ServiceConversationWithParticipantsFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid?: string | null;
    /** The unique ID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) this conversation belongs to. */
    chatServiceSid?: string | null;
    /** The unique ID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) this conversation belongs to. */
    messagingServiceSid?: string | null;
    /** A 34 character string that uniquely identifies this resource. */
    sid?: string | null;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    friendlyName?: string | null;
    /** An application-defined string that uniquely identifies the resource. It can be used to address the resource in place of the resource's `sid` in the URL. */
    uniqueName?: string | null;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string | null;
    state?: ServiceConversationWithParticipantsEnumState;
    /** The date that this resource was created. */
    dateCreated?: Date | null;
    /** The date that this resource was last updated. */
    dateUpdated?: Date | null;
    /** Timer date values representing state update for this conversation. */
    timers?: unknown;
    /** Contains absolute URLs to access the [participants](https://www.twilio.com/docs/conversations/api/conversation-participant-resource), [messages](https://www.twilio.com/docs/conversations/api/conversation-message-resource) and [webhooks](https://www.twilio.com/docs/conversations/api/conversation-scoped-webhook-resource) of this conversation. */
    links?: Record<string, unknown> | null;
    bindings?: unknown;
    /** An absolute API resource URL for this conversation. */
    url?: string | null;
}
/** A Service Conversation resource represents an omnichannel group conversation with an ordered list of messages and a participant roster. */
export interface ServiceConversationWithParticipantsInstance extends ServiceConversationWithParticipantsFields {
}
export interface ServiceConversationWithParticipantsCreateOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ServiceConversationWithParticipantsEnumWebhookEnabledType;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    friendlyName?: string;
    /** An application-defined string that uniquely identifies the resource. It can be used to address the resource in place of the resource's `sid` in the URL. */
    uniqueName?: string;
    /** The date that this resource was created. */
    dateCreated?: Date | string;
    /** The date that this resource was last updated. */
    dateUpdated?: Date | string;
    /** The unique ID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) this conversation belongs to. */
    messagingServiceSid?: string;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string;
    state?: ServiceConversationWithParticipantsEnumState;
    /** ISO8601 duration when conversation will be switched to `inactive` state. Minimum value for this timer is 1 minute. */
    "timers.inactive"?: string;
    /** ISO8601 duration when conversation will be switched to `closed` state. Minimum value for this timer is 10 minutes. */
    "timers.closed"?: string;
    /** The default email address that will be used when sending outbound emails in this conversation. */
    "bindings.email.address"?: string;
    /** The default name that will be used when sending outbound emails in this conversation. */
    "bindings.email.name"?: string;
    /** The participant to be added to the conversation in JSON format. The JSON object attributes are as parameters in [Participant Resource](https://www.twilio.com/docs/conversations/api/conversation-participant-resource). The maximum number of participants that can be added in a single request is 10. */
    participant?: Array<string>;
}
/** A Service Conversation resource represents an omnichannel group conversation with an ordered list of messages and a participant roster. */
export interface ServiceConversationWithParticipantsListInstance {
    /** Create a new conversation with the list of participants in your account's default service */
    create(params?: ServiceConversationWithParticipantsCreateOptions, options?: CallOptions | Callback<ServiceConversationWithParticipantsInstance>): Promise<ServiceConversationWithParticipantsInstance>;
}
export interface ServiceConversationFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid?: string | null;
    /** The unique ID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) this conversation belongs to. */
    chatServiceSid?: string | null;
    /** The unique ID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) this conversation belongs to. */
    messagingServiceSid?: string | null;
    /** A 34 character string that uniquely identifies this resource. */
    sid?: string | null;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    friendlyName?: string | null;
    /** An application-defined string that uniquely identifies the resource. It can be used to address the resource in place of the resource's `sid` in the URL. */
    uniqueName?: string | null;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string | null;
    state?: ServiceConversationEnumState;
    /** The date that this resource was created. */
    dateCreated?: Date | null;
    /** The date that this resource was last updated. */
    dateUpdated?: Date | null;
    /** Timer date values representing state update for this conversation. */
    timers?: unknown;
    /** An absolute API resource URL for this conversation. */
    url?: string | null;
    /** Contains absolute URLs to access the [participants](https://www.twilio.com/docs/conversations/api/conversation-participant-resource), [messages](https://www.twilio.com/docs/conversations/api/conversation-message-resource) and [webhooks](https://www.twilio.com/docs/conversations/api/conversation-scoped-webhook-resource) of this conversation. */
    links?: Record<string, unknown> | null;
    bindings?: unknown;
}
export interface ServiceConversationContext {
    /** A Service Message resource represents a message in a conversation within a specific service. */
    readonly messages: ServiceConversationMessageListInstance;
    /** A Service Participant resource represents a member of the conversation within a specific service. */
    readonly participants: ServiceConversationParticipantListInstance;
    /** A Conversation-scoped Webhook resource manages a set of callback URLs and their configuration for receiving events specific to one conversation. */
    readonly webhooks: ServiceConversationScopedWebhookListInstance;
    /** Fetch a conversation from your service */
    fetch(options?: CallOptions | Callback<ServiceConversationInstance>): Promise<ServiceConversationInstance>;
    /** Update an existing conversation in your service */
    update(params?: ServiceConversationUpdateOptions, options?: CallOptions | Callback<ServiceConversationInstance>): Promise<ServiceConversationInstance>;
    /** Remove a conversation from your service */
    remove(params?: ServiceConversationRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
/** A Service Conversation resource represents an omnichannel group conversation with an ordered list of messages and a participant roster. */
export interface ServiceConversationInstance extends ServiceConversationContext, ServiceConversationFields {
}
export interface ServiceConversationListOptions extends ListOptions {
    /** Specifies the beginning of the date range for filtering Conversations based on their creation date. Conversations that were created on or after this date will be included in the results. The date must be in ISO8601 format, specifically starting at the beginning of the specified date (YYYY-MM-DDT00:00:00Z), for precise filtering. This parameter can be combined with other filters. If this filter is used, the returned list is sorted by latest conversation creation date in descending order. */
    startDate?: string;
    /** Defines the end of the date range for filtering conversations by their creation date. Only conversations that were created on or before this date will appear in the results.  The date must be in ISO8601 format, specifically capturing up to the end of the specified date (YYYY-MM-DDT23:59:59Z), to ensure that conversations from the entire end day are included. This parameter can be combined with other filters. If this filter is used, the returned list is sorted by latest conversation creation date in descending order. */
    endDate?: string;
    /** State for sorting and filtering list of Conversations. Can be `active`, `inactive` or `closed` */
    state?: ServiceConversationEnumState;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface ServiceConversationCreateOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ServiceConversationEnumWebhookEnabledType;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    friendlyName?: string;
    /** An application-defined string that uniquely identifies the resource. It can be used to address the resource in place of the resource's `sid` in the URL. */
    uniqueName?: string;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string;
    /** The unique ID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) this conversation belongs to. */
    messagingServiceSid?: string;
    /** The date that this resource was created. */
    dateCreated?: Date | string;
    /** The date that this resource was last updated. */
    dateUpdated?: Date | string;
    state?: ServiceConversationEnumState;
    /** ISO8601 duration when conversation will be switched to `inactive` state. Minimum value for this timer is 1 minute. */
    "timers.inactive"?: string;
    /** ISO8601 duration when conversation will be switched to `closed` state. Minimum value for this timer is 10 minutes. */
    "timers.closed"?: string;
    /** The default email address that will be used when sending outbound emails in this conversation. */
    "bindings.email.address"?: string;
    /** The default name that will be used when sending outbound emails in this conversation. */
    "bindings.email.name"?: string;
}
export interface ServiceConversationUpdateOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ServiceConversationEnumWebhookEnabledType;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    friendlyName?: string;
    /** The date that this resource was created. */
    dateCreated?: Date | string;
    /** The date that this resource was last updated. */
    dateUpdated?: Date | string;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string;
    /** The unique ID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) this conversation belongs to. */
    messagingServiceSid?: string;
    state?: ServiceConversationEnumState;
    /** ISO8601 duration when conversation will be switched to `inactive` state. Minimum value for this timer is 1 minute. */
    "timers.inactive"?: string;
    /** ISO8601 duration when conversation will be switched to `closed` state. Minimum value for this timer is 10 minutes. */
    "timers.closed"?: string;
    /** An application-defined string that uniquely identifies the resource. It can be used to address the resource in place of the resource's `sid` in the URL. */
    uniqueName?: string;
    /** The default email address that will be used when sending outbound emails in this conversation. */
    "bindings.email.address"?: string;
    /** The default name that will be used when sending outbound emails in this conversation. */
    "bindings.email.name"?: string;
}
export interface ServiceConversationRemoveOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ServiceConversationEnumWebhookEnabledType;
}
/** A Service Conversation resource represents an omnichannel group conversation with an ordered list of messages and a participant roster. */
export interface ServiceConversationListInstance {
    (sid: string): ServiceConversationContext;
    get(sid: string): ServiceConversationContext;
    /** Create a new conversation in your service */
    create(params?: ServiceConversationCreateOptions, options?: CallOptions | Callback<ServiceConversationInstance>): Promise<ServiceConversationInstance>;
    list(params?: ServiceConversationListOptions, options?: CallOptions | Callback<ServiceConversationInstance[]>): Promise<ServiceConversationInstance[]>;
    page(params?: ServiceConversationListOptions, options?: CallOptions | Callback<Page<ServiceConversationInstance>>): Promise<Page<ServiceConversationInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<ServiceConversationInstance>>): Promise<Page<ServiceConversationInstance>>;
    each(callback: (item: ServiceConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: ServiceConversationListOptions & EachOptions<ServiceConversationInstance>, callback?: (item: ServiceConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceConversationListOptions, options?: CallOptions): AsyncGenerator<ServiceConversationInstance, void, undefined>;
}
export interface ServiceConversationMessageFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this message. */
    accountSid?: string | null;
    /** The SID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) the Participant resource is associated with. */
    chatServiceSid?: string | null;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for this message. */
    conversationSid?: string | null;
    /** A 34 character string that uniquely identifies this resource. */
    sid?: string | null;
    /** The index of the message within the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource). */
    index?: number;
    /** The channel specific identifier of the message's author. Defaults to `system`. */
    author?: string | null;
    /** The content of the message, can be up to 1,600 characters long. */
    body?: string | null;
    /** An array of objects that describe the Message's media, if the message contains media. Each object contains these fields: `content_type` with the MIME type of the media, `filename` with the name of the media, `sid` with the SID of the Media resource, and `size` with the media object's file size in bytes. If the Message has no media, this value is `null`. */
    media?: Array<unknown> | null;
    /** A string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string | null;
    /** The unique ID of messages's author participant. Null in case of `system` sent message. */
    participantSid?: string | null;
    /** The date that this resource was created. */
    dateCreated?: Date | null;
    /** The date that this resource was last updated. `null` if the message has not been edited. */
    dateUpdated?: Date | null;
    /** An object that contains the summary of delivery statuses for the message to non-chat participants. */
    delivery?: unknown;
    /** An absolute API resource URL for this message. */
    url?: string | null;
    /** Contains an absolute API resource URL to access the delivery & read receipts of this message. */
    links?: Record<string, unknown> | null;
    /** The unique ID of the multi-channel [Rich Content](https://www.twilio.com/docs/content) template. */
    contentSid?: string | null;
}
export interface ServiceConversationMessageContext {
    /** A Service Message Receipt resource represents a delivery/read receipt of a message in a conversation. */
    readonly deliveryReceipts: ServiceConversationMessageReceiptListInstance;
    /** Fetch a message from the conversation */
    fetch(options?: CallOptions | Callback<ServiceConversationMessageInstance>): Promise<ServiceConversationMessageInstance>;
    /** Update an existing message in the conversation */
    update(params?: ServiceConversationMessageUpdateOptions, options?: CallOptions | Callback<ServiceConversationMessageInstance>): Promise<ServiceConversationMessageInstance>;
    /** Remove a message from the conversation */
    remove(params?: ServiceConversationMessageRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
/** A Service Message resource represents a message in a conversation within a specific service. */
export interface ServiceConversationMessageInstance extends ServiceConversationMessageContext, ServiceConversationMessageFields {
}
export interface ServiceConversationMessageListOptions extends ListOptions {
    /** The sort order of the returned messages. Can be: `asc` (ascending) or `desc` (descending), with `asc` as the default. */
    order?: ServiceConversationMessageEnumOrderType;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface ServiceConversationMessageCreateOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ServiceConversationMessageEnumWebhookEnabledType;
    /** The channel specific identifier of the message's author. Defaults to `system`. */
    author?: string;
    /** The content of the message, can be up to 1,600 characters long. */
    body?: string;
    /** The date that this resource was created. If you set this parameter, Twilio ignores any milliseconds in the timestamp. */
    dateCreated?: Date | string;
    /** The date that this resource was last updated. `null` if the message has not been edited. If you set this parameter, Twilio ignores any milliseconds in the timestamp. */
    dateUpdated?: Date | string;
    /** A string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string;
    /** The Media SID to be attached to the new Message. */
    mediaSid?: string;
    /** The unique ID of the multi-channel [Rich Content](https://www.twilio.com/docs/content) template, required for template-generated messages.  **Note** that if this field is set, `Body` and `MediaSid` parameters are ignored. */
    contentSid?: string;
    /** A structurally valid JSON string that contains values to resolve Rich Content template variables. */
    contentVariables?: string;
    /** The subject of the message, can be up to 256 characters long. */
    subject?: string;
}
export interface ServiceConversationMessageUpdateOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ServiceConversationMessageEnumWebhookEnabledType;
    /** The channel specific identifier of the message's author. Defaults to `system`. */
    author?: string;
    /** The content of the message, can be up to 1,600 characters long. */
    body?: string;
    /** The date that this resource was created. If you set this parameter, Twilio ignores any milliseconds in the timestamp. */
    dateCreated?: Date | string;
    /** The date that this resource was last updated. `null` if the message has not been edited. If you set this parameter, Twilio ignores any milliseconds in the timestamp. */
    dateUpdated?: Date | string;
    /** A string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string;
    /** The subject of the message, can be up to 256 characters long. */
    subject?: string;
}
export interface ServiceConversationMessageRemoveOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ServiceConversationMessageEnumWebhookEnabledType;
}
/** A Service Message resource represents a message in a conversation within a specific service. */
export interface ServiceConversationMessageListInstance {
    (sid: string): ServiceConversationMessageContext;
    get(sid: string): ServiceConversationMessageContext;
    /** Add a new message to the conversation in a specific service */
    create(params?: ServiceConversationMessageCreateOptions, options?: CallOptions | Callback<ServiceConversationMessageInstance>): Promise<ServiceConversationMessageInstance>;
    list(params?: ServiceConversationMessageListOptions, options?: CallOptions | Callback<ServiceConversationMessageInstance[]>): Promise<ServiceConversationMessageInstance[]>;
    page(params?: ServiceConversationMessageListOptions, options?: CallOptions | Callback<Page<ServiceConversationMessageInstance>>): Promise<Page<ServiceConversationMessageInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<ServiceConversationMessageInstance>>): Promise<Page<ServiceConversationMessageInstance>>;
    each(callback: (item: ServiceConversationMessageInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: ServiceConversationMessageListOptions & EachOptions<ServiceConversationMessageInstance>, callback?: (item: ServiceConversationMessageInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceConversationMessageListOptions, options?: CallOptions): AsyncGenerator<ServiceConversationMessageInstance, void, undefined>;
}
export interface ServiceConversationMessageReceiptFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this participant. */
    accountSid?: string | null;
    /** The SID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) the Message resource is associated with. */
    chatServiceSid?: string | null;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for this message. */
    conversationSid?: string | null;
    /** The SID of the message within a [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) the delivery receipt belongs to */
    messageSid?: string | null;
    /** A 34 character string that uniquely identifies this resource. */
    sid?: string | null;
    /** A messaging channel-specific identifier for the message delivered to participant e.g. `SMxx` for SMS, `WAxx` for Whatsapp etc. */
    channelMessageSid?: string | null;
    /** The unique ID of the participant the delivery receipt belongs to. */
    participantSid?: string | null;
    status?: ServiceConversationMessageReceiptEnumDeliveryStatus;
    /** The message [delivery error code](https://www.twilio.com/docs/sms/api/message-resource#delivery-related-errors) for a `failed` status, */
    errorCode?: number;
    /** The date that this resource was created. */
    dateCreated?: Date | null;
    /** The date that this resource was last updated. `null` if the delivery receipt has not been updated. */
    dateUpdated?: Date | null;
    /** An absolute API resource URL for this delivery receipt. */
    url?: string | null;
}
export interface ServiceConversationMessageReceiptContext {
    /** Fetch the delivery and read receipts of the conversation message */
    fetch(options?: CallOptions | Callback<ServiceConversationMessageReceiptInstance>): Promise<ServiceConversationMessageReceiptInstance>;
}
/** A Service Message Receipt resource represents a delivery/read receipt of a message in a conversation. */
export interface ServiceConversationMessageReceiptInstance extends ServiceConversationMessageReceiptContext, ServiceConversationMessageReceiptFields {
}
export interface ServiceConversationMessageReceiptListOptions extends ListOptions {
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
/** A Service Message Receipt resource represents a delivery/read receipt of a message in a conversation. */
export interface ServiceConversationMessageReceiptListInstance {
    (sid: string): ServiceConversationMessageReceiptContext;
    get(sid: string): ServiceConversationMessageReceiptContext;
    list(params?: ServiceConversationMessageReceiptListOptions, options?: CallOptions | Callback<ServiceConversationMessageReceiptInstance[]>): Promise<ServiceConversationMessageReceiptInstance[]>;
    page(params?: ServiceConversationMessageReceiptListOptions, options?: CallOptions | Callback<Page<ServiceConversationMessageReceiptInstance>>): Promise<Page<ServiceConversationMessageReceiptInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<ServiceConversationMessageReceiptInstance>>): Promise<Page<ServiceConversationMessageReceiptInstance>>;
    each(callback: (item: ServiceConversationMessageReceiptInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: ServiceConversationMessageReceiptListOptions & EachOptions<ServiceConversationMessageReceiptInstance>, callback?: (item: ServiceConversationMessageReceiptInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceConversationMessageReceiptListOptions, options?: CallOptions): AsyncGenerator<ServiceConversationMessageReceiptInstance, void, undefined>;
}
export interface ServiceConversationParticipantFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this participant. */
    accountSid?: string | null;
    /** The SID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) the Participant resource is associated with. */
    chatServiceSid?: string | null;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for this participant. */
    conversationSid?: string | null;
    /** A 34 character string that uniquely identifies this resource. */
    sid?: string | null;
    /** A unique string identifier for the conversation participant as [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource). This parameter is non-null if (and only if) the participant is using the [Conversation SDK](https://www.twilio.com/docs/conversations/sdk-overview) to communicate. Limited to 256 characters. */
    identity?: string | null;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set `{}` will be returned. */
    attributes?: string | null;
    /** Information about how this participant exchanges messages with the conversation. A JSON parameter consisting of type and address fields of the participant. */
    messagingBinding?: unknown;
    /** The SID of a conversation-level [Role](https://www.twilio.com/docs/conversations/api/role-resource) to assign to the participant. */
    roleSid?: string | null;
    /** The date on which this resource was created. */
    dateCreated?: Date | null;
    /** The date on which this resource was last updated. */
    dateUpdated?: Date | null;
    /** An absolute API resource URL for this participant. */
    url?: string | null;
    /** Index of last “read” message in the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for the Participant. */
    lastReadMessageIndex?: number | null;
    /** Timestamp of last “read” message in the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for the Participant. */
    lastReadTimestamp?: string | null;
}
export interface ServiceConversationParticipantContext {
    /** Fetch a participant of the conversation */
    fetch(options?: CallOptions | Callback<ServiceConversationParticipantInstance>): Promise<ServiceConversationParticipantInstance>;
    /** Update an existing participant in the conversation */
    update(params?: ServiceConversationParticipantUpdateOptions, options?: CallOptions | Callback<ServiceConversationParticipantInstance>): Promise<ServiceConversationParticipantInstance>;
    /** Remove a participant from the conversation */
    remove(params?: ServiceConversationParticipantRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
/** A Service Participant resource represents a member of the conversation within a specific service. */
export interface ServiceConversationParticipantInstance extends ServiceConversationParticipantContext, ServiceConversationParticipantFields {
}
export interface ServiceConversationParticipantListOptions extends ListOptions {
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface ServiceConversationParticipantCreateOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ServiceConversationParticipantEnumWebhookEnabledType;
    /** A unique string identifier for the conversation participant as [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource). This parameter is non-null if (and only if) the participant is using the [Conversation SDK](https://www.twilio.com/docs/conversations/sdk-overview) to communicate. Limited to 256 characters. */
    identity?: string;
    /** The address of the participant's device, e.g. a phone or WhatsApp number. Together with the Proxy address, this determines a participant uniquely. This field (with `proxy_address`) is only null when the participant is interacting from an SDK endpoint (see the `identity` field). */
    "messagingBinding.address"?: string;
    /** The address of the Twilio phone number (or WhatsApp number) that the participant is in contact with. This field, together with participant address, is only null when the participant is interacting from an SDK endpoint (see the `identity` field). */
    "messagingBinding.proxyAddress"?: string;
    /** The date on which this resource was created. */
    dateCreated?: Date | string;
    /** The date on which this resource was last updated. */
    dateUpdated?: Date | string;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set `{}` will be returned. */
    attributes?: string;
    /** The address of the Twilio phone number that is used in Group MMS. */
    "messagingBinding.projectedAddress"?: string;
    /** The SID of a conversation-level [Role](https://www.twilio.com/docs/conversations/api/role-resource) to assign to the participant. */
    roleSid?: string;
}
export interface ServiceConversationParticipantUpdateOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ServiceConversationParticipantEnumWebhookEnabledType;
    /** The date on which this resource was created. */
    dateCreated?: Date | string;
    /** The date on which this resource was last updated. */
    dateUpdated?: Date | string;
    /** A unique string identifier for the conversation participant as [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource). This parameter is non-null if (and only if) the participant is using the [Conversation SDK](https://www.twilio.com/docs/conversations/sdk-overview) to communicate. Limited to 256 characters. */
    identity?: string;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set `{}` will be returned. */
    attributes?: string;
    /** The SID of a conversation-level [Role](https://www.twilio.com/docs/conversations/api/role-resource) to assign to the participant. */
    roleSid?: string;
    /** The address of the Twilio phone number that the participant is in contact with. 'null' value will remove it. */
    "messagingBinding.proxyAddress"?: string;
    /** The address of the Twilio phone number that is used in Group MMS. 'null' value will remove it. */
    "messagingBinding.projectedAddress"?: string;
    /** Index of last “read” message in the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for the Participant. */
    lastReadMessageIndex?: number;
    /** Timestamp of last “read” message in the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for the Participant. */
    lastReadTimestamp?: string;
}
export interface ServiceConversationParticipantRemoveOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ServiceConversationParticipantEnumWebhookEnabledType;
}
/** A Service Participant resource represents a member of the conversation within a specific service. */
export interface ServiceConversationParticipantListInstance {
    (sid: string): ServiceConversationParticipantContext;
    get(sid: string): ServiceConversationParticipantContext;
    /** Add a new participant to the conversation in a specific service */
    create(params?: ServiceConversationParticipantCreateOptions, options?: CallOptions | Callback<ServiceConversationParticipantInstance>): Promise<ServiceConversationParticipantInstance>;
    list(params?: ServiceConversationParticipantListOptions, options?: CallOptions | Callback<ServiceConversationParticipantInstance[]>): Promise<ServiceConversationParticipantInstance[]>;
    page(params?: ServiceConversationParticipantListOptions, options?: CallOptions | Callback<Page<ServiceConversationParticipantInstance>>): Promise<Page<ServiceConversationParticipantInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<ServiceConversationParticipantInstance>>): Promise<Page<ServiceConversationParticipantInstance>>;
    each(callback: (item: ServiceConversationParticipantInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: ServiceConversationParticipantListOptions & EachOptions<ServiceConversationParticipantInstance>, callback?: (item: ServiceConversationParticipantInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceConversationParticipantListOptions, options?: CallOptions): AsyncGenerator<ServiceConversationParticipantInstance, void, undefined>;
}
export interface ServiceConversationScopedWebhookFields {
    /** A 34 character string that uniquely identifies this resource. */
    sid?: string | null;
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid?: string | null;
    /** The SID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) the Participant resource is associated with. */
    chatServiceSid?: string | null;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for this webhook. */
    conversationSid?: string | null;
    /** The target of this webhook: `webhook`, `studio`, `trigger` */
    target?: string | null;
    /** An absolute API resource URL for this webhook. */
    url?: string | null;
    /** The configuration of this webhook. Is defined based on target. */
    configuration?: unknown;
    /** The date that this resource was created. */
    dateCreated?: Date | null;
    /** The date that this resource was last updated. */
    dateUpdated?: Date | null;
}
export interface ServiceConversationScopedWebhookContext {
    /** Fetch the configuration of a conversation-scoped webhook */
    fetch(options?: CallOptions | Callback<ServiceConversationScopedWebhookInstance>): Promise<ServiceConversationScopedWebhookInstance>;
    /** Update an existing conversation-scoped webhook */
    update(params?: ServiceConversationScopedWebhookUpdateOptions, options?: CallOptions | Callback<ServiceConversationScopedWebhookInstance>): Promise<ServiceConversationScopedWebhookInstance>;
    /** Remove an existing webhook scoped to the conversation */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
/** A Conversation-scoped Webhook resource manages a set of callback URLs and their configuration for receiving events specific to one conversation. */
export interface ServiceConversationScopedWebhookInstance extends ServiceConversationScopedWebhookContext, ServiceConversationScopedWebhookFields {
}
export interface ServiceConversationScopedWebhookListOptions extends ListOptions {
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface ServiceConversationScopedWebhookCreateOptions {
    target: ServiceConversationScopedWebhookEnumTarget;
    /** The absolute url the webhook request should be sent to. */
    "configuration.url"?: string;
    "configuration.method"?: ServiceConversationScopedWebhookEnumMethod;
    /** The list of events, firing webhook event for this Conversation. */
    "configuration.filters"?: Array<string>;
    /** The list of keywords, firing webhook event for this Conversation. */
    "configuration.triggers"?: Array<string>;
    /** The studio flow SID, where the webhook should be sent to. */
    "configuration.flowSid"?: string;
    /** The message index for which and it's successors the webhook will be replayed. Not set by default */
    "configuration.replayAfter"?: number;
}
export interface ServiceConversationScopedWebhookUpdateOptions {
    /** The absolute url the webhook request should be sent to. */
    "configuration.url"?: string;
    "configuration.method"?: ServiceConversationScopedWebhookEnumMethod;
    /** The list of events, firing webhook event for this Conversation. */
    "configuration.filters"?: Array<string>;
    /** The list of keywords, firing webhook event for this Conversation. */
    "configuration.triggers"?: Array<string>;
    /** The studio flow SID, where the webhook should be sent to. */
    "configuration.flowSid"?: string;
}
/** A Conversation-scoped Webhook resource manages a set of callback URLs and their configuration for receiving events specific to one conversation. */
export interface ServiceConversationScopedWebhookListInstance {
    (sid: string): ServiceConversationScopedWebhookContext;
    get(sid: string): ServiceConversationScopedWebhookContext;
    /** Create a new webhook scoped to the conversation in a specific service */
    create(params: ServiceConversationScopedWebhookCreateOptions, options?: CallOptions | Callback<ServiceConversationScopedWebhookInstance>): Promise<ServiceConversationScopedWebhookInstance>;
    list(params?: ServiceConversationScopedWebhookListOptions, options?: CallOptions | Callback<ServiceConversationScopedWebhookInstance[]>): Promise<ServiceConversationScopedWebhookInstance[]>;
    page(params?: ServiceConversationScopedWebhookListOptions, options?: CallOptions | Callback<Page<ServiceConversationScopedWebhookInstance>>): Promise<Page<ServiceConversationScopedWebhookInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<ServiceConversationScopedWebhookInstance>>): Promise<Page<ServiceConversationScopedWebhookInstance>>;
    each(callback: (item: ServiceConversationScopedWebhookInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: ServiceConversationScopedWebhookListOptions & EachOptions<ServiceConversationScopedWebhookInstance>, callback?: (item: ServiceConversationScopedWebhookInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceConversationScopedWebhookListOptions, options?: CallOptions): AsyncGenerator<ServiceConversationScopedWebhookInstance, void, undefined>;
}
export interface ServiceParticipantConversationFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid?: string | null;
    /** The unique ID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) this conversation belongs to. */
    chatServiceSid?: string | null;
    /** The unique ID of the [Participant](https://www.twilio.com/docs/conversations/api/conversation-participant-resource). */
    participantSid?: string | null;
    /** The unique string that identifies the conversation participant as [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource). */
    participantUserSid?: string | null;
    /** A unique string identifier for the conversation participant as [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource). This parameter is non-null if (and only if) the participant is using the Conversations SDK to communicate. Limited to 256 characters. */
    participantIdentity?: string | null;
    /** Information about how this participant exchanges messages with the conversation. A JSON parameter consisting of type and address fields of the participant. */
    participantMessagingBinding?: unknown;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) this Participant belongs to. */
    conversationSid?: string | null;
    /** An application-defined string that uniquely identifies the Conversation resource. */
    conversationUniqueName?: string | null;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    conversationFriendlyName?: string | null;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    conversationAttributes?: string | null;
    /** The date that this conversation was created, given in ISO 8601 format. */
    conversationDateCreated?: Date | null;
    /** The date that this conversation was last updated, given in ISO 8601 format. */
    conversationDateUpdated?: Date | null;
    /** Identity of the creator of this Conversation. */
    conversationCreatedBy?: string | null;
    conversationState?: ServiceParticipantConversationEnumState;
    /** Timer date values representing state update for this conversation. */
    conversationTimers?: unknown;
    /** Contains absolute URLs to access the [participant](https://www.twilio.com/docs/conversations/api/conversation-participant-resource) and [conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) of this conversation. */
    links?: Record<string, unknown> | null;
}
/** Service Participant Conversations resource represents a list of Conversations that this Participant belongs to belonging to a specific conversation service. */
export interface ServiceParticipantConversationInstance extends ServiceParticipantConversationFields {
}
export interface ServiceParticipantConversationListOptions extends ListOptions {
    /** A unique string identifier for the conversation participant as [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource). This parameter is non-null if (and only if) the participant is using the Conversations SDK to communicate. Limited to 256 characters. */
    identity?: string;
    /** A unique string identifier for the conversation participant who's not a Conversation User. This parameter could be found in messaging_binding.address field of Participant resource. It should be url-encoded. */
    address?: string;
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
/** Service Participant Conversations resource represents a list of Conversations that this Participant belongs to belonging to a specific conversation service. */
export interface ServiceParticipantConversationListInstance {
    list(params?: ServiceParticipantConversationListOptions, options?: CallOptions | Callback<ServiceParticipantConversationInstance[]>): Promise<ServiceParticipantConversationInstance[]>;
    page(params?: ServiceParticipantConversationListOptions, options?: CallOptions | Callback<Page<ServiceParticipantConversationInstance>>): Promise<Page<ServiceParticipantConversationInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<ServiceParticipantConversationInstance>>): Promise<Page<ServiceParticipantConversationInstance>>;
    each(callback: (item: ServiceParticipantConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: ServiceParticipantConversationListOptions & EachOptions<ServiceParticipantConversationInstance>, callback?: (item: ServiceParticipantConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceParticipantConversationListOptions, options?: CallOptions): AsyncGenerator<ServiceParticipantConversationInstance, void, undefined>;
}
export interface ServiceRoleFields {
    /** The unique string that we created to identify the Role resource. */
    sid?: string | null;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Role resource. */
    accountSid?: string | null;
    /** The SID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) the Role resource is associated with. */
    chatServiceSid?: string | null;
    /** The string that you assigned to describe the resource. */
    friendlyName?: string | null;
    type?: ServiceRoleEnumRoleType;
    /** An array of the permissions the role has been granted. */
    permissions?: Array<string> | null;
    /** The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated?: Date | null;
    /** The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateUpdated?: Date | null;
    /** An absolute API resource URL for this user role. */
    url?: string | null;
}
export interface ServiceRoleContext {
    /** Fetch a user role from your service */
    fetch(options?: CallOptions | Callback<ServiceRoleInstance>): Promise<ServiceRoleInstance>;
    /** Update an existing user role in your service */
    update(params: ServiceRoleUpdateOptions, options?: CallOptions | Callback<ServiceRoleInstance>): Promise<ServiceRoleInstance>;
    /** Remove a user role from your service */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
/** A Service Role resource represents a set of permissions granted to a user within a service or a conversation. */
export interface ServiceRoleInstance extends ServiceRoleContext, ServiceRoleFields {
}
export interface ServiceRoleListOptions extends ListOptions {
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface ServiceRoleCreateOptions {
    /** A descriptive string that you create to describe the new resource. It can be up to 64 characters long. */
    friendlyName: string;
    type: ServiceRoleEnumRoleType;
    /** A permission that you grant to the new role. Only one permission can be granted per parameter. To assign more than one permission, repeat this parameter for each permission value. The values for this parameter depend on the role's `type`. */
    permission: Array<string>;
}
export interface ServiceRoleUpdateOptions {
    /** A permission that you grant to the role. Only one permission can be granted per parameter. To assign more than one permission, repeat this parameter for each permission value. Note that the update action replaces all previously assigned permissions with those defined in the update action. To remove a permission, do not include it in the subsequent update action. The values for this parameter depend on the role's `type`. */
    permission: Array<string>;
}
/** A Service Role resource represents a set of permissions granted to a user within a service or a conversation. */
export interface ServiceRoleListInstance {
    (sid: string): ServiceRoleContext;
    get(sid: string): ServiceRoleContext;
    /** Create a new user role in your service */
    create(params: ServiceRoleCreateOptions, options?: CallOptions | Callback<ServiceRoleInstance>): Promise<ServiceRoleInstance>;
    list(params?: ServiceRoleListOptions, options?: CallOptions | Callback<ServiceRoleInstance[]>): Promise<ServiceRoleInstance[]>;
    page(params?: ServiceRoleListOptions, options?: CallOptions | Callback<Page<ServiceRoleInstance>>): Promise<Page<ServiceRoleInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<ServiceRoleInstance>>): Promise<Page<ServiceRoleInstance>>;
    each(callback: (item: ServiceRoleInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: ServiceRoleListOptions & EachOptions<ServiceRoleInstance>, callback?: (item: ServiceRoleInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceRoleListOptions, options?: CallOptions): AsyncGenerator<ServiceRoleInstance, void, undefined>;
}
export interface ServiceUserFields {
    /** The unique string that we created to identify the User resource. */
    sid?: string | null;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the User resource. */
    accountSid?: string | null;
    /** The SID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) the User resource is associated with. */
    chatServiceSid?: string | null;
    /** The SID of a service-level [Role](https://www.twilio.com/docs/conversations/api/role-resource) assigned to the user. */
    roleSid?: string | null;
    /** The application-defined string that uniquely identifies the resource's User within the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource). This value is often a username or an email address, and is case-sensitive. */
    identity?: string | null;
    /** The string that you assigned to describe the resource. */
    friendlyName?: string | null;
    /** The JSON Object string that stores application-specific data. If attributes have not been set, `{}` is returned. */
    attributes?: string | null;
    /** Whether the User is actively connected to this Conversations Service and online. This value is only returned by Fetch actions that return a single resource and `null` is always returned by a Read action. This value is `null` if the Service's `reachability_enabled` is `false`, if the User has never been online for this Conversations Service, even if the Service's `reachability_enabled` is `true`. */
    isOnline?: boolean | null;
    /** Whether the User has a potentially valid Push Notification registration (APN or GCM) for this Conversations Service. If at least one registration exists, `true`; otherwise `false`. This value is only returned by Fetch actions that return a single resource and `null` is always returned by a Read action. This value is `null` if the Service's `reachability_enabled` is `false`, and if the User has never had a notification registration, even if the Service's `reachability_enabled` is `true`. */
    isNotifiable?: boolean | null;
    /** The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated?: Date | null;
    /** The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateUpdated?: Date | null;
    /** An absolute API resource URL for this user. */
    url?: string | null;
    links?: Record<string, unknown> | null;
}
export interface ServiceUserContext {
    /** A Service User Conversation resource represents a conversation of the user belonging to a specific conversation service. */
    readonly userConversations: ServiceUserConversationListInstance;
    /** Fetch a conversation user from your service */
    fetch(options?: CallOptions | Callback<ServiceUserInstance>): Promise<ServiceUserInstance>;
    /** Update an existing conversation user in your service */
    update(params?: ServiceUserUpdateOptions, options?: CallOptions | Callback<ServiceUserInstance>): Promise<ServiceUserInstance>;
    /** Remove a conversation user from your service */
    remove(params?: ServiceUserRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
/** A Service User resource represents a conversation user belonging to a specific conversation service. */
export interface ServiceUserInstance extends ServiceUserContext, ServiceUserFields {
}
export interface ServiceUserListOptions extends ListOptions {
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface ServiceUserCreateOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ServiceUserEnumWebhookEnabledType;
    /** The application-defined string that uniquely identifies the resource's User within the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource). This value is often a username or an email address, and is case-sensitive. */
    identity: string;
    /** The string that you assigned to describe the resource. */
    friendlyName?: string;
    /** The JSON Object string that stores application-specific data. If attributes have not been set, `{}` is returned. */
    attributes?: string;
    /** The SID of a service-level [Role](https://www.twilio.com/docs/conversations/api/role-resource) to assign to the user. */
    roleSid?: string;
}
export interface ServiceUserUpdateOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ServiceUserEnumWebhookEnabledType;
    /** The string that you assigned to describe the resource. */
    friendlyName?: string;
    /** The JSON Object string that stores application-specific data. If attributes have not been set, `{}` is returned. */
    attributes?: string;
    /** The SID of a service-level [Role](https://www.twilio.com/docs/conversations/api/role-resource) to assign to the user. */
    roleSid?: string;
}
export interface ServiceUserRemoveOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: ServiceUserEnumWebhookEnabledType;
}
/** A Service User resource represents a conversation user belonging to a specific conversation service. */
export interface ServiceUserListInstance {
    (sid: string): ServiceUserContext;
    get(sid: string): ServiceUserContext;
    /** Add a new conversation user to your service */
    create(params: ServiceUserCreateOptions, options?: CallOptions | Callback<ServiceUserInstance>): Promise<ServiceUserInstance>;
    list(params?: ServiceUserListOptions, options?: CallOptions | Callback<ServiceUserInstance[]>): Promise<ServiceUserInstance[]>;
    page(params?: ServiceUserListOptions, options?: CallOptions | Callback<Page<ServiceUserInstance>>): Promise<Page<ServiceUserInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<ServiceUserInstance>>): Promise<Page<ServiceUserInstance>>;
    each(callback: (item: ServiceUserInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: ServiceUserListOptions & EachOptions<ServiceUserInstance>, callback?: (item: ServiceUserInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceUserListOptions, options?: CallOptions): AsyncGenerator<ServiceUserInstance, void, undefined>;
}
export interface ServiceUserConversationFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid?: string | null;
    /** The unique ID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) this conversation belongs to. */
    chatServiceSid?: string | null;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for this User Conversation. */
    conversationSid?: string | null;
    /** The number of unread Messages in the Conversation for the Participant. */
    unreadMessagesCount?: number | null;
    /** The index of the last Message in the Conversation that the Participant has read. */
    lastReadMessageIndex?: number | null;
    /** The unique ID of the [participant](https://www.twilio.com/docs/conversations/api/conversation-participant-resource) the user conversation belongs to. */
    participantSid?: string | null;
    /** The unique string that identifies the [User resource](https://www.twilio.com/docs/conversations/api/user-resource). */
    userSid?: string | null;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    friendlyName?: string | null;
    conversationState?: ServiceUserConversationEnumState;
    /** Timer date values representing state update for this conversation. */
    timers?: unknown;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string | null;
    /** The date that this conversation was created, given in ISO 8601 format. */
    dateCreated?: Date | null;
    /** The date that this conversation was last updated, given in ISO 8601 format. */
    dateUpdated?: Date | null;
    /** Identity of the creator of this Conversation. */
    createdBy?: string | null;
    notificationLevel?: ServiceUserConversationEnumNotificationLevel;
    /** An application-defined string that uniquely identifies the Conversation resource. It can be used to address the resource in place of the resource's `conversation_sid` in the URL. */
    uniqueName?: string | null;
    url?: string | null;
    /** Contains absolute URLs to access the [participant](https://www.twilio.com/docs/conversations/api/conversation-participant-resource) and [conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) of this conversation. */
    links?: Record<string, unknown> | null;
}
export interface ServiceUserConversationContext {
    /** Fetch a specific User Conversation. */
    fetch(options?: CallOptions | Callback<ServiceUserConversationInstance>): Promise<ServiceUserConversationInstance>;
    /** Update a specific User Conversation. */
    update(params?: ServiceUserConversationUpdateOptions, options?: CallOptions | Callback<ServiceUserConversationInstance>): Promise<ServiceUserConversationInstance>;
    /** Delete a specific User Conversation. */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
/** A Service User Conversation resource represents a conversation of the user belonging to a specific conversation service. */
export interface ServiceUserConversationInstance extends ServiceUserConversationContext, ServiceUserConversationFields {
}
export interface ServiceUserConversationListOptions extends ListOptions {
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface ServiceUserConversationUpdateOptions {
    notificationLevel?: ServiceUserConversationEnumNotificationLevel;
    /** The date of the last message read in conversation by the user, given in ISO 8601 format. */
    lastReadTimestamp?: Date | string;
    /** The index of the last Message in the Conversation that the Participant has read. */
    lastReadMessageIndex?: number;
}
/** A Service User Conversation resource represents a conversation of the user belonging to a specific conversation service. */
export interface ServiceUserConversationListInstance {
    (sid: string): ServiceUserConversationContext;
    get(sid: string): ServiceUserConversationContext;
    list(params?: ServiceUserConversationListOptions, options?: CallOptions | Callback<ServiceUserConversationInstance[]>): Promise<ServiceUserConversationInstance[]>;
    page(params?: ServiceUserConversationListOptions, options?: CallOptions | Callback<Page<ServiceUserConversationInstance>>): Promise<Page<ServiceUserConversationInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<ServiceUserConversationInstance>>): Promise<Page<ServiceUserConversationInstance>>;
    each(callback: (item: ServiceUserConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: ServiceUserConversationListOptions & EachOptions<ServiceUserConversationInstance>, callback?: (item: ServiceUserConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceUserConversationListOptions, options?: CallOptions): AsyncGenerator<ServiceUserConversationInstance, void, undefined>;
}
export interface UserFields {
    /** The unique string that we created to identify the User resource. */
    sid?: string | null;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the User resource. */
    accountSid?: string | null;
    /** The SID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) the User resource is associated with. */
    chatServiceSid?: string | null;
    /** The SID of a service-level [Role](https://www.twilio.com/docs/conversations/api/role-resource) assigned to the user. */
    roleSid?: string | null;
    /** The application-defined string that uniquely identifies the resource's User within the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource). This value is often a username or an email address, and is case-sensitive. */
    identity?: string | null;
    /** The string that you assigned to describe the resource. */
    friendlyName?: string | null;
    /** The JSON Object string that stores application-specific data. If attributes have not been set, `{}` is returned. */
    attributes?: string | null;
    /** Whether the User is actively connected to this Conversations Service and online. This value is only returned by Fetch actions that return a single resource and `null` is always returned by a Read action. This value is `null` if the Service's `reachability_enabled` is `false`, if the User has never been online for this Conversations Service, even if the Service's `reachability_enabled` is `true`. */
    isOnline?: boolean | null;
    /** Whether the User has a potentially valid Push Notification registration (APN or GCM) for this Conversations Service. If at least one registration exists, `true`; otherwise `false`. This value is only returned by Fetch actions that return a single resource and `null` is always returned by a Read action. This value is `null` if the Service's `reachability_enabled` is `false`, and if the User has never had a notification registration, even if the Service's `reachability_enabled` is `true`. */
    isNotifiable?: boolean | null;
    /** The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated?: Date | null;
    /** The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateUpdated?: Date | null;
    /** An absolute API resource URL for this user. */
    url?: string | null;
    links?: Record<string, unknown> | null;
}
export interface UserContext {
    /** A User Conversation resource represents a conversation of the user belonging to a default conversation service. */
    readonly userConversations: UserConversationListInstance;
    /** Fetch a conversation user from your account's default service */
    fetch(options?: CallOptions | Callback<UserInstance>): Promise<UserInstance>;
    /** Update an existing conversation user in your account's default service */
    update(params?: UserUpdateOptions, options?: CallOptions | Callback<UserInstance>): Promise<UserInstance>;
    /** Remove a conversation user from your account's default service */
    remove(params?: UserRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
/** A User resource represents a conversation user belonging to a default conversation service. */
export interface UserInstance extends UserContext, UserFields {
}
export interface UserListOptions extends ListOptions {
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface UserCreateOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: UserEnumWebhookEnabledType;
    /** The application-defined string that uniquely identifies the resource's User within the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource). This value is often a username or an email address, and is case-sensitive. */
    identity: string;
    /** The string that you assigned to describe the resource. */
    friendlyName?: string;
    /** The JSON Object string that stores application-specific data. If attributes have not been set, `{}` is returned. */
    attributes?: string;
    /** The SID of a service-level [Role](https://www.twilio.com/docs/conversations/api/role-resource) to assign to the user. */
    roleSid?: string;
}
export interface UserUpdateOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: UserEnumWebhookEnabledType;
    /** The string that you assigned to describe the resource. */
    friendlyName?: string;
    /** The JSON Object string that stores application-specific data. If attributes have not been set, `{}` is returned. */
    attributes?: string;
    /** The SID of a service-level [Role](https://www.twilio.com/docs/conversations/api/role-resource) to assign to the user. */
    roleSid?: string;
}
export interface UserRemoveOptions {
    /** The X-Twilio-Webhook-Enabled HTTP request header */
    xTwilioWebhookEnabled?: UserEnumWebhookEnabledType;
}
/** A User resource represents a conversation user belonging to a default conversation service. */
export interface UserListInstance {
    (sid: string): UserContext;
    get(sid: string): UserContext;
    /** Add a new conversation user to your account's default service */
    create(params: UserCreateOptions, options?: CallOptions | Callback<UserInstance>): Promise<UserInstance>;
    list(params?: UserListOptions, options?: CallOptions | Callback<UserInstance[]>): Promise<UserInstance[]>;
    page(params?: UserListOptions, options?: CallOptions | Callback<Page<UserInstance>>): Promise<Page<UserInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<UserInstance>>): Promise<Page<UserInstance>>;
    each(callback: (item: UserInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: UserListOptions & EachOptions<UserInstance>, callback?: (item: UserInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: UserListOptions, options?: CallOptions): AsyncGenerator<UserInstance, void, undefined>;
}
export interface UserConversationFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid?: string | null;
    /** The unique ID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) this conversation belongs to. */
    chatServiceSid?: string | null;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for this User Conversation. */
    conversationSid?: string | null;
    /** The number of unread Messages in the Conversation for the Participant. */
    unreadMessagesCount?: number | null;
    /** The index of the last Message in the Conversation that the Participant has read. */
    lastReadMessageIndex?: number | null;
    /** The unique ID of the [participant](https://www.twilio.com/docs/conversations/api/conversation-participant-resource) the user conversation belongs to. */
    participantSid?: string | null;
    /** The unique string that identifies the [User resource](https://www.twilio.com/docs/conversations/api/user-resource). */
    userSid?: string | null;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    friendlyName?: string | null;
    conversationState?: UserConversationEnumState;
    /** Timer date values representing state update for this conversation. */
    timers?: unknown;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes?: string | null;
    /** The date that this conversation was created, given in ISO 8601 format. */
    dateCreated?: Date | null;
    /** The date that this conversation was last updated, given in ISO 8601 format. */
    dateUpdated?: Date | null;
    /** Identity of the creator of this Conversation. */
    createdBy?: string | null;
    notificationLevel?: UserConversationEnumNotificationLevel;
    /** An application-defined string that uniquely identifies the Conversation resource. It can be used to address the resource in place of the resource's `conversation_sid` in the URL. */
    uniqueName?: string | null;
    url?: string | null;
    /** Contains absolute URLs to access the [participant](https://www.twilio.com/docs/conversations/api/conversation-participant-resource) and [conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) of this conversation. */
    links?: Record<string, unknown> | null;
}
export interface UserConversationContext {
    /** Fetch a specific User Conversation. */
    fetch(options?: CallOptions | Callback<UserConversationInstance>): Promise<UserConversationInstance>;
    /** Update a specific User Conversation. */
    update(params?: UserConversationUpdateOptions, options?: CallOptions | Callback<UserConversationInstance>): Promise<UserConversationInstance>;
    /** Delete a specific User Conversation. */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
}
/** A User Conversation resource represents a conversation of the user belonging to a default conversation service. */
export interface UserConversationInstance extends UserConversationContext, UserConversationFields {
}
export interface UserConversationListOptions extends ListOptions {
    /** The page index. This value is simply for client state. */
    pageNumber?: number;
    /** The page token. This is provided by the API. */
    pageToken?: string;
}
export interface UserConversationUpdateOptions {
    notificationLevel?: UserConversationEnumNotificationLevel;
    /** The date of the last message read in conversation by the user, given in ISO 8601 format. */
    lastReadTimestamp?: Date | string;
    /** The index of the last Message in the Conversation that the Participant has read. */
    lastReadMessageIndex?: number;
}
/** A User Conversation resource represents a conversation of the user belonging to a default conversation service. */
export interface UserConversationListInstance {
    (sid: string): UserConversationContext;
    get(sid: string): UserConversationContext;
    list(params?: UserConversationListOptions, options?: CallOptions | Callback<UserConversationInstance[]>): Promise<UserConversationInstance[]>;
    page(params?: UserConversationListOptions, options?: CallOptions | Callback<Page<UserConversationInstance>>): Promise<Page<UserConversationInstance>>;
    getPage(url: string, options?: CallOptions | Callback<Page<UserConversationInstance>>): Promise<Page<UserConversationInstance>>;
    each(callback: (item: UserConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params?: UserConversationListOptions & EachOptions<UserConversationInstance>, callback?: (item: UserConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: UserConversationListOptions, options?: CallOptions): AsyncGenerator<UserConversationInstance, void, undefined>;
}

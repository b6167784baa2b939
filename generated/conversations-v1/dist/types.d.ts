import type { CallOptions, Callback } from "./runtime/transport.js";
import type { EachOptions, ListOptions, Page } from "./runtime/paging.js";
import type { ApiResponse, ListCallback } from "./runtime/responses.js";
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
/** An object field of a response. twilio-node declares these as `any`, so reads such as `conversation.timers.dateInactive` compile; only `any` accepts those programs. */
export type TwilioObject = any;
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
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ConfigurationAddressFields {
    /** A 34 character string that uniquely identifies this resource. */
    sid: string;
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) the address belongs to */
    accountSid: string;
    /** Type of Address, value can be `whatsapp` or `sms`. */
    type: string;
    /** The unique address to be configured. The address can be a whatsapp address or phone number */
    address: string;
    /** The human-readable name of this configuration, limited to 256 characters. Optional. */
    friendlyName: string;
    /** Auto Creation configuration for the address. */
    autoCreation: TwilioObject;
    /** The date that this resource was created. */
    dateCreated: Date;
    /** The date that this resource was last updated. */
    dateUpdated: Date;
    /** An absolute API resource URL for this address configuration. */
    url: string;
    /** An ISO 3166-1 alpha-2n country code which the address belongs to. This is currently only applicable to short code addresses. */
    addressCountry: string;
}
export interface ConfigurationAddressContext {
    /** Fetch an address configuration */
    fetch(options?: CallOptions | Callback<ConfigurationAddressInstance>): Promise<ConfigurationAddressInstance>;
    /** Fetch an address configuration */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ConfigurationAddressInstance>>): Promise<ApiResponse<ConfigurationAddressInstance>>;
    /** Update an existing address configuration */
    update(callback?: Callback<ConfigurationAddressInstance>): Promise<ConfigurationAddressInstance>;
    /** Update an existing address configuration */
    update(params: ConfigurationAddressUpdateOptions, options?: CallOptions | Callback<ConfigurationAddressInstance>): Promise<ConfigurationAddressInstance>;
    /** Update an existing address configuration */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ConfigurationAddressInstance>>): Promise<ApiResponse<ConfigurationAddressInstance>>;
    /** Update an existing address configuration */
    updateWithHttpInfo(params: ConfigurationAddressUpdateOptions, options?: CallOptions | Callback<ApiResponse<ConfigurationAddressInstance>>): Promise<ApiResponse<ConfigurationAddressInstance>>;
    /** Remove an existing address configuration */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove an existing address configuration */
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
/** Address Configuration resource manages the configurations related to a unique address within Conversations */
export interface ConfigurationAddressInstance extends ConfigurationAddressFields {
    /** Fetch an address configuration */
    fetch(options?: CallOptions | Callback<ConfigurationAddressInstance>): Promise<ConfigurationAddressInstance>;
    /** Fetch an address configuration */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ConfigurationAddressInstance>>): Promise<ApiResponse<ConfigurationAddressInstance>>;
    /** Update an existing address configuration */
    update(callback?: Callback<ConfigurationAddressInstance>): Promise<ConfigurationAddressInstance>;
    /** Update an existing address configuration */
    update(params: ConfigurationAddressUpdateOptions, options?: CallOptions | Callback<ConfigurationAddressInstance>): Promise<ConfigurationAddressInstance>;
    /** Update an existing address configuration */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ConfigurationAddressInstance>>): Promise<ApiResponse<ConfigurationAddressInstance>>;
    /** Update an existing address configuration */
    updateWithHttpInfo(params: ConfigurationAddressUpdateOptions, options?: CallOptions | Callback<ApiResponse<ConfigurationAddressInstance>>): Promise<ApiResponse<ConfigurationAddressInstance>>;
    /** Remove an existing address configuration */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove an existing address configuration */
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): ConfigurationAddressFields;
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
    /** Create a new address configuration */
    createWithHttpInfo(params: ConfigurationAddressCreateOptions, options?: CallOptions | Callback<ApiResponse<ConfigurationAddressInstance>>): Promise<ApiResponse<ConfigurationAddressInstance>>;
    list(callback?: ListCallback<ConfigurationAddressInstance[]>): Promise<ConfigurationAddressInstance[]>;
    list(params: ConfigurationAddressListOptions, options?: CallOptions | ListCallback<ConfigurationAddressInstance[]>): Promise<ConfigurationAddressInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<ConfigurationAddressInstance[]>>): Promise<ApiResponse<ConfigurationAddressInstance[]>>;
    listWithHttpInfo(params: ConfigurationAddressListOptions, options?: CallOptions | ListCallback<ApiResponse<ConfigurationAddressInstance[]>>): Promise<ApiResponse<ConfigurationAddressInstance[]>>;
    page(callback?: ListCallback<Page<ConfigurationAddressInstance>>): Promise<Page<ConfigurationAddressInstance>>;
    page(params: ConfigurationAddressListOptions, options?: CallOptions | ListCallback<Page<ConfigurationAddressInstance>>): Promise<Page<ConfigurationAddressInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<ConfigurationAddressInstance>>>): Promise<ApiResponse<Page<ConfigurationAddressInstance>>>;
    pageWithHttpInfo(params: ConfigurationAddressListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<ConfigurationAddressInstance>>>): Promise<ApiResponse<Page<ConfigurationAddressInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<ConfigurationAddressInstance>>): Promise<Page<ConfigurationAddressInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<ConfigurationAddressInstance>>>): Promise<ApiResponse<Page<ConfigurationAddressInstance>>>;
    each(callback?: (item: ConfigurationAddressInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: ConfigurationAddressListOptions & EachOptions<ConfigurationAddressInstance>, callback?: (item: ConfigurationAddressInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: ConfigurationAddressInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: ConfigurationAddressListOptions & EachOptions<ConfigurationAddressInstance>, callback?: (item: ConfigurationAddressInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ConfigurationAddressListOptions, options?: CallOptions): AsyncGenerator<ConfigurationAddressInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ConfigurationFields {
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this configuration. */
    accountSid: string;
    /** The SID of the default [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) used when creating a conversation. */
    defaultChatServiceSid: string;
    /** The SID of the default [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) used when creating a conversation. */
    defaultMessagingServiceSid: string;
    /** Default ISO8601 duration when conversation will be switched to `inactive` state. Minimum value for this timer is 1 minute. */
    defaultInactiveTimer: string;
    /** Default ISO8601 duration when conversation will be switched to `closed` state. Minimum value for this timer is 10 minutes. */
    defaultClosedTimer: string;
    /** An absolute API resource URL for this global configuration. */
    url: string;
    /** Contains absolute API resource URLs to access the webhook and default service configurations. */
    links: Record<string, string>;
}
export interface ConfigurationContext {
    /** A Webhook resource manages a service-level set of callback URLs and their configuration for receiving all conversation events. */
    readonly webhooks: ConfigurationWebhookListInstance;
    /** Fetch the global configuration of conversations on your account */
    fetch(options?: CallOptions | Callback<ConfigurationInstance>): Promise<ConfigurationInstance>;
    /** Fetch the global configuration of conversations on your account */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ConfigurationInstance>>): Promise<ApiResponse<ConfigurationInstance>>;
    /** Update the global configuration of conversations on your account */
    update(callback?: Callback<ConfigurationInstance>): Promise<ConfigurationInstance>;
    /** Update the global configuration of conversations on your account */
    update(params: ConfigurationUpdateOptions, options?: CallOptions | Callback<ConfigurationInstance>): Promise<ConfigurationInstance>;
    /** Update the global configuration of conversations on your account */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ConfigurationInstance>>): Promise<ApiResponse<ConfigurationInstance>>;
    /** Update the global configuration of conversations on your account */
    updateWithHttpInfo(params: ConfigurationUpdateOptions, options?: CallOptions | Callback<ApiResponse<ConfigurationInstance>>): Promise<ApiResponse<ConfigurationInstance>>;
    toJSON(): Record<string, string>;
}
/** The Configuration resource manages a set of account-level settings applicable to the Conversations API. */
export interface ConfigurationInstance extends ConfigurationFields {
    /** Fetch the global configuration of conversations on your account */
    fetch(options?: CallOptions | Callback<ConfigurationInstance>): Promise<ConfigurationInstance>;
    /** Fetch the global configuration of conversations on your account */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ConfigurationInstance>>): Promise<ApiResponse<ConfigurationInstance>>;
    /** Update the global configuration of conversations on your account */
    update(callback?: Callback<ConfigurationInstance>): Promise<ConfigurationInstance>;
    /** Update the global configuration of conversations on your account */
    update(params: ConfigurationUpdateOptions, options?: CallOptions | Callback<ConfigurationInstance>): Promise<ConfigurationInstance>;
    /** Update the global configuration of conversations on your account */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ConfigurationInstance>>): Promise<ApiResponse<ConfigurationInstance>>;
    /** Update the global configuration of conversations on your account */
    updateWithHttpInfo(params: ConfigurationUpdateOptions, options?: CallOptions | Callback<ApiResponse<ConfigurationInstance>>): Promise<ApiResponse<ConfigurationInstance>>;
    /** A Webhook resource manages a service-level set of callback URLs and their configuration for receiving all conversation events. */
    webhooks(): ConfigurationWebhookListInstance;
    toJSON(): ConfigurationFields;
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
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ConfigurationWebhookFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid: string;
    method: ConfigurationWebhookEnumMethod;
    /** The list of webhook event triggers that are enabled for this Service: `onMessageAdded`, `onMessageUpdated`, `onMessageRemoved`, `onMessageAdd`, `onMessageUpdate`, `onMessageRemove`, `onConversationUpdated`, `onConversationRemoved`, `onConversationAdd`, `onConversationAdded`, `onConversationRemove`, `onConversationUpdate`, `onConversationStateUpdated`, `onParticipantAdded`, `onParticipantUpdated`, `onParticipantRemoved`, `onParticipantAdd`, `onParticipantRemove`, `onParticipantUpdate`, `onDeliveryUpdated`, `onUserAdded`, `onUserUpdate`, `onUserUpdated` */
    filters: Array<string>;
    /** The absolute url the pre-event webhook request should be sent to. */
    preWebhookUrl: string;
    /** The absolute url the post-event webhook request should be sent to. */
    postWebhookUrl: string;
    target: ConfigurationWebhookEnumTarget;
    /** An absolute API resource API resource URL for this webhook. */
    url: string;
}
export interface ConfigurationWebhookContext {
    fetch(options?: CallOptions | Callback<ConfigurationWebhookInstance>): Promise<ConfigurationWebhookInstance>;
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ConfigurationWebhookInstance>>): Promise<ApiResponse<ConfigurationWebhookInstance>>;
    update(callback?: Callback<ConfigurationWebhookInstance>): Promise<ConfigurationWebhookInstance>;
    update(params: ConfigurationWebhookUpdateOptions, options?: CallOptions | Callback<ConfigurationWebhookInstance>): Promise<ConfigurationWebhookInstance>;
    updateWithHttpInfo(callback?: Callback<ApiResponse<ConfigurationWebhookInstance>>): Promise<ApiResponse<ConfigurationWebhookInstance>>;
    updateWithHttpInfo(params: ConfigurationWebhookUpdateOptions, options?: CallOptions | Callback<ApiResponse<ConfigurationWebhookInstance>>): Promise<ApiResponse<ConfigurationWebhookInstance>>;
    toJSON(): Record<string, string>;
}
/** A Webhook resource manages a service-level set of callback URLs and their configuration for receiving all conversation events. */
export interface ConfigurationWebhookInstance extends ConfigurationWebhookFields {
    fetch(options?: CallOptions | Callback<ConfigurationWebhookInstance>): Promise<ConfigurationWebhookInstance>;
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ConfigurationWebhookInstance>>): Promise<ApiResponse<ConfigurationWebhookInstance>>;
    update(callback?: Callback<ConfigurationWebhookInstance>): Promise<ConfigurationWebhookInstance>;
    update(params: ConfigurationWebhookUpdateOptions, options?: CallOptions | Callback<ConfigurationWebhookInstance>): Promise<ConfigurationWebhookInstance>;
    updateWithHttpInfo(callback?: Callback<ApiResponse<ConfigurationWebhookInstance>>): Promise<ApiResponse<ConfigurationWebhookInstance>>;
    updateWithHttpInfo(params: ConfigurationWebhookUpdateOptions, options?: CallOptions | Callback<ApiResponse<ConfigurationWebhookInstance>>): Promise<ApiResponse<ConfigurationWebhookInstance>>;
    toJSON(): ConfigurationWebhookFields;
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
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ConversationWithParticipantsFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid: string;
    /** The unique ID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) this conversation belongs to. */
    chatServiceSid: string;
    /** The unique ID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) this conversation belongs to. */
    messagingServiceSid: string;
    /** A 34 character string that uniquely identifies this resource. */
    sid: string;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    friendlyName: string;
    /** An application-defined string that uniquely identifies the resource. It can be used to address the resource in place of the resource's `sid` in the URL. */
    uniqueName: string;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes: string;
    state: ConversationWithParticipantsEnumState;
    /** The date that this resource was created. */
    dateCreated: Date;
    /** The date that this resource was last updated. */
    dateUpdated: Date;
    /** Timer date values representing state update for this conversation. */
    timers: TwilioObject;
    /** Contains absolute URLs to access the [participants](https://www.twilio.com/docs/conversations/api/conversation-participant-resource), [messages](https://www.twilio.com/docs/conversations/api/conversation-message-resource) and [webhooks](https://www.twilio.com/docs/conversations/api/conversation-scoped-webhook-resource) of this conversation. */
    links: Record<string, string>;
    bindings: TwilioObject;
    /** An absolute API resource URL for this conversation. */
    url: string;
}
/** A Conversation resource represents an omnichannel group conversation with an ordered list of messages and a participant roster. */
export interface ConversationWithParticipantsInstance extends ConversationWithParticipantsFields {
    toJSON(): ConversationWithParticipantsFields;
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
    create(callback?: Callback<ConversationWithParticipantsInstance>): Promise<ConversationWithParticipantsInstance>;
    /** Create a new conversation with the list of participants in your account's default service */
    create(params: ConversationWithParticipantsCreateOptions, options?: CallOptions | Callback<ConversationWithParticipantsInstance>): Promise<ConversationWithParticipantsInstance>;
    /** Create a new conversation with the list of participants in your account's default service */
    createWithHttpInfo(callback?: Callback<ApiResponse<ConversationWithParticipantsInstance>>): Promise<ApiResponse<ConversationWithParticipantsInstance>>;
    /** Create a new conversation with the list of participants in your account's default service */
    createWithHttpInfo(params: ConversationWithParticipantsCreateOptions, options?: CallOptions | Callback<ApiResponse<ConversationWithParticipantsInstance>>): Promise<ApiResponse<ConversationWithParticipantsInstance>>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ConversationFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid: string;
    /** The unique ID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) this conversation belongs to. */
    chatServiceSid: string;
    /** The unique ID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) this conversation belongs to. */
    messagingServiceSid: string;
    /** A 34 character string that uniquely identifies this resource. */
    sid: string;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    friendlyName: string;
    /** An application-defined string that uniquely identifies the resource. It can be used to address the resource in place of the resource's `sid` in the URL. */
    uniqueName: string;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes: string;
    state: ConversationEnumState;
    /** The date that this resource was created. */
    dateCreated: Date;
    /** The date that this resource was last updated. */
    dateUpdated: Date;
    /** Timer date values representing state update for this conversation. */
    timers: TwilioObject;
    /** An absolute API resource URL for this conversation. */
    url: string;
    /** Contains absolute URLs to access the [participants](https://www.twilio.com/docs/conversations/api/conversation-participant-resource), [messages](https://www.twilio.com/docs/conversations/api/conversation-message-resource) and [webhooks](https://www.twilio.com/docs/conversations/api/conversation-scoped-webhook-resource) of this conversation. */
    links: Record<string, string>;
    bindings: TwilioObject;
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
    /** Fetch a conversation from your account's default service */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ConversationInstance>>): Promise<ApiResponse<ConversationInstance>>;
    /** Update an existing conversation in your account's default service */
    update(callback?: Callback<ConversationInstance>): Promise<ConversationInstance>;
    /** Update an existing conversation in your account's default service */
    update(params: ConversationUpdateOptions, options?: CallOptions | Callback<ConversationInstance>): Promise<ConversationInstance>;
    /** Update an existing conversation in your account's default service */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ConversationInstance>>): Promise<ApiResponse<ConversationInstance>>;
    /** Update an existing conversation in your account's default service */
    updateWithHttpInfo(params: ConversationUpdateOptions, options?: CallOptions | Callback<ApiResponse<ConversationInstance>>): Promise<ApiResponse<ConversationInstance>>;
    /** Remove a conversation from your account's default service */
    remove(callback?: Callback<boolean>): Promise<boolean>;
    /** Remove a conversation from your account's default service */
    remove(params: ConversationRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a conversation from your account's default service */
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** Remove a conversation from your account's default service */
    removeWithHttpInfo(params: ConversationRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
/** A Conversation resource represents an omnichannel group conversation with an ordered list of messages and a participant roster. */
export interface ConversationInstance extends ConversationFields {
    /** Fetch a conversation from your account's default service */
    fetch(options?: CallOptions | Callback<ConversationInstance>): Promise<ConversationInstance>;
    /** Fetch a conversation from your account's default service */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ConversationInstance>>): Promise<ApiResponse<ConversationInstance>>;
    /** Update an existing conversation in your account's default service */
    update(callback?: Callback<ConversationInstance>): Promise<ConversationInstance>;
    /** Update an existing conversation in your account's default service */
    update(params: ConversationUpdateOptions, options?: CallOptions | Callback<ConversationInstance>): Promise<ConversationInstance>;
    /** Update an existing conversation in your account's default service */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ConversationInstance>>): Promise<ApiResponse<ConversationInstance>>;
    /** Update an existing conversation in your account's default service */
    updateWithHttpInfo(params: ConversationUpdateOptions, options?: CallOptions | Callback<ApiResponse<ConversationInstance>>): Promise<ApiResponse<ConversationInstance>>;
    /** Remove a conversation from your account's default service */
    remove(callback?: Callback<boolean>): Promise<boolean>;
    /** Remove a conversation from your account's default service */
    remove(params: ConversationRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a conversation from your account's default service */
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** Remove a conversation from your account's default service */
    removeWithHttpInfo(params: ConversationRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** A Message resource represents a message in a conversation. */
    messages(): ConversationMessageListInstance;
    /** A Participant resource represents a member of the conversation. */
    participants(): ConversationParticipantListInstance;
    /** A Scoped Webhook resource manages a set of callback URLs and their configuration for receiving events specific to one conversation. */
    webhooks(): ConversationScopedWebhookListInstance;
    toJSON(): ConversationFields;
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
    create(callback?: Callback<ConversationInstance>): Promise<ConversationInstance>;
    /** Create a new conversation in your account's default service */
    create(params: ConversationCreateOptions, options?: CallOptions | Callback<ConversationInstance>): Promise<ConversationInstance>;
    /** Create a new conversation in your account's default service */
    createWithHttpInfo(callback?: Callback<ApiResponse<ConversationInstance>>): Promise<ApiResponse<ConversationInstance>>;
    /** Create a new conversation in your account's default service */
    createWithHttpInfo(params: ConversationCreateOptions, options?: CallOptions | Callback<ApiResponse<ConversationInstance>>): Promise<ApiResponse<ConversationInstance>>;
    list(callback?: ListCallback<ConversationInstance[]>): Promise<ConversationInstance[]>;
    list(params: ConversationListOptions, options?: CallOptions | ListCallback<ConversationInstance[]>): Promise<ConversationInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<ConversationInstance[]>>): Promise<ApiResponse<ConversationInstance[]>>;
    listWithHttpInfo(params: ConversationListOptions, options?: CallOptions | ListCallback<ApiResponse<ConversationInstance[]>>): Promise<ApiResponse<ConversationInstance[]>>;
    page(callback?: ListCallback<Page<ConversationInstance>>): Promise<Page<ConversationInstance>>;
    page(params: ConversationListOptions, options?: CallOptions | ListCallback<Page<ConversationInstance>>): Promise<Page<ConversationInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<ConversationInstance>>>): Promise<ApiResponse<Page<ConversationInstance>>>;
    pageWithHttpInfo(params: ConversationListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<ConversationInstance>>>): Promise<ApiResponse<Page<ConversationInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<ConversationInstance>>): Promise<Page<ConversationInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<ConversationInstance>>>): Promise<ApiResponse<Page<ConversationInstance>>>;
    each(callback?: (item: ConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: ConversationListOptions & EachOptions<ConversationInstance>, callback?: (item: ConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: ConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: ConversationListOptions & EachOptions<ConversationInstance>, callback?: (item: ConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ConversationListOptions, options?: CallOptions): AsyncGenerator<ConversationInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ConversationMessageFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this message. */
    accountSid: string;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for this message. */
    conversationSid: string;
    /** A 34 character string that uniquely identifies this resource. */
    sid: string;
    /** The index of the message within the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource).  Indices may skip numbers, but will always be in order of when the message was received. */
    index: number;
    /** The channel specific identifier of the message's author. Defaults to `system`. */
    author: string;
    /** The content of the message, can be up to 1,600 characters long. */
    body: string;
    /** An array of objects that describe the Message's media, if the message contains media. Each object contains these fields: `content_type` with the MIME type of the media, `filename` with the name of the media, `sid` with the SID of the Media resource, and `size` with the media object's file size in bytes. If the Message has no media, this value is `null`. */
    media: Array<TwilioObject>;
    /** A string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes: string;
    /** The unique ID of messages's author participant. Null in case of `system` sent message. */
    participantSid: string;
    /** The date that this resource was created. */
    dateCreated: Date;
    /** The date that this resource was last updated. `null` if the message has not been edited. */
    dateUpdated: Date;
    /** An absolute API resource API URL for this message. */
    url: string;
    /** An object that contains the summary of delivery statuses for the message to non-chat participants. */
    delivery: TwilioObject;
    /** Contains an absolute API resource URL to access the delivery & read receipts of this message. */
    links: Record<string, string>;
    /** The unique ID of the multi-channel [Rich Content](https://www.twilio.com/docs/content) template. */
    contentSid: string;
}
export interface ConversationMessageContext {
    /** A Message Receipt resource represents a delivery/read receipt of a message in a conversation. */
    readonly deliveryReceipts: ConversationMessageReceiptListInstance;
    /** Fetch a message from the conversation */
    fetch(options?: CallOptions | Callback<ConversationMessageInstance>): Promise<ConversationMessageInstance>;
    /** Fetch a message from the conversation */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ConversationMessageInstance>>): Promise<ApiResponse<ConversationMessageInstance>>;
    /** Update an existing message in the conversation */
    update(callback?: Callback<ConversationMessageInstance>): Promise<ConversationMessageInstance>;
    /** Update an existing message in the conversation */
    update(params: ConversationMessageUpdateOptions, options?: CallOptions | Callback<ConversationMessageInstance>): Promise<ConversationMessageInstance>;
    /** Update an existing message in the conversation */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ConversationMessageInstance>>): Promise<ApiResponse<ConversationMessageInstance>>;
    /** Update an existing message in the conversation */
    updateWithHttpInfo(params: ConversationMessageUpdateOptions, options?: CallOptions | Callback<ApiResponse<ConversationMessageInstance>>): Promise<ApiResponse<ConversationMessageInstance>>;
    /** Remove a message from the conversation */
    remove(callback?: Callback<boolean>): Promise<boolean>;
    /** Remove a message from the conversation */
    remove(params: ConversationMessageRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a message from the conversation */
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** Remove a message from the conversation */
    removeWithHttpInfo(params: ConversationMessageRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
/** A Message resource represents a message in a conversation. */
export interface ConversationMessageInstance extends ConversationMessageFields {
    /** Fetch a message from the conversation */
    fetch(options?: CallOptions | Callback<ConversationMessageInstance>): Promise<ConversationMessageInstance>;
    /** Fetch a message from the conversation */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ConversationMessageInstance>>): Promise<ApiResponse<ConversationMessageInstance>>;
    /** Update an existing message in the conversation */
    update(callback?: Callback<ConversationMessageInstance>): Promise<ConversationMessageInstance>;
    /** Update an existing message in the conversation */
    update(params: ConversationMessageUpdateOptions, options?: CallOptions | Callback<ConversationMessageInstance>): Promise<ConversationMessageInstance>;
    /** Update an existing message in the conversation */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ConversationMessageInstance>>): Promise<ApiResponse<ConversationMessageInstance>>;
    /** Update an existing message in the conversation */
    updateWithHttpInfo(params: ConversationMessageUpdateOptions, options?: CallOptions | Callback<ApiResponse<ConversationMessageInstance>>): Promise<ApiResponse<ConversationMessageInstance>>;
    /** Remove a message from the conversation */
    remove(callback?: Callback<boolean>): Promise<boolean>;
    /** Remove a message from the conversation */
    remove(params: ConversationMessageRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a message from the conversation */
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** Remove a message from the conversation */
    removeWithHttpInfo(params: ConversationMessageRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** A Message Receipt resource represents a delivery/read receipt of a message in a conversation. */
    deliveryReceipts(): ConversationMessageReceiptListInstance;
    toJSON(): ConversationMessageFields;
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
    create(callback?: Callback<ConversationMessageInstance>): Promise<ConversationMessageInstance>;
    /** Add a new message to the conversation */
    create(params: ConversationMessageCreateOptions, options?: CallOptions | Callback<ConversationMessageInstance>): Promise<ConversationMessageInstance>;
    /** Add a new message to the conversation */
    createWithHttpInfo(callback?: Callback<ApiResponse<ConversationMessageInstance>>): Promise<ApiResponse<ConversationMessageInstance>>;
    /** Add a new message to the conversation */
    createWithHttpInfo(params: ConversationMessageCreateOptions, options?: CallOptions | Callback<ApiResponse<ConversationMessageInstance>>): Promise<ApiResponse<ConversationMessageInstance>>;
    list(callback?: ListCallback<ConversationMessageInstance[]>): Promise<ConversationMessageInstance[]>;
    list(params: ConversationMessageListOptions, options?: CallOptions | ListCallback<ConversationMessageInstance[]>): Promise<ConversationMessageInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<ConversationMessageInstance[]>>): Promise<ApiResponse<ConversationMessageInstance[]>>;
    listWithHttpInfo(params: ConversationMessageListOptions, options?: CallOptions | ListCallback<ApiResponse<ConversationMessageInstance[]>>): Promise<ApiResponse<ConversationMessageInstance[]>>;
    page(callback?: ListCallback<Page<ConversationMessageInstance>>): Promise<Page<ConversationMessageInstance>>;
    page(params: ConversationMessageListOptions, options?: CallOptions | ListCallback<Page<ConversationMessageInstance>>): Promise<Page<ConversationMessageInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<ConversationMessageInstance>>>): Promise<ApiResponse<Page<ConversationMessageInstance>>>;
    pageWithHttpInfo(params: ConversationMessageListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<ConversationMessageInstance>>>): Promise<ApiResponse<Page<ConversationMessageInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<ConversationMessageInstance>>): Promise<Page<ConversationMessageInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<ConversationMessageInstance>>>): Promise<ApiResponse<Page<ConversationMessageInstance>>>;
    each(callback?: (item: ConversationMessageInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: ConversationMessageListOptions & EachOptions<ConversationMessageInstance>, callback?: (item: ConversationMessageInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: ConversationMessageInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: ConversationMessageListOptions & EachOptions<ConversationMessageInstance>, callback?: (item: ConversationMessageInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ConversationMessageListOptions, options?: CallOptions): AsyncGenerator<ConversationMessageInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ConversationMessageReceiptFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this participant. */
    accountSid: string;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for this message. */
    conversationSid: string;
    /** A 34 character string that uniquely identifies this resource. */
    sid: string;
    /** The SID of the message within a [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) the delivery receipt belongs to */
    messageSid: string;
    /** A messaging channel-specific identifier for the message delivered to participant e.g. `SMxx` for SMS, `WAxx` for Whatsapp etc. */
    channelMessageSid: string;
    /** The unique ID of the participant the delivery receipt belongs to. */
    participantSid: string;
    status: ConversationMessageReceiptEnumDeliveryStatus;
    /** The message [delivery error code](https://www.twilio.com/docs/sms/api/message-resource#delivery-related-errors) for a `failed` status, */
    errorCode: number;
    /** The date that this resource was created. */
    dateCreated: Date;
    /** The date that this resource was last updated. `null` if the delivery receipt has not been updated. */
    dateUpdated: Date;
    /** An absolute API resource URL for this delivery receipt. */
    url: string;
}
export interface ConversationMessageReceiptContext {
    /** Fetch the delivery and read receipts of the conversation message */
    fetch(options?: CallOptions | Callback<ConversationMessageReceiptInstance>): Promise<ConversationMessageReceiptInstance>;
    /** Fetch the delivery and read receipts of the conversation message */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ConversationMessageReceiptInstance>>): Promise<ApiResponse<ConversationMessageReceiptInstance>>;
    toJSON(): Record<string, string>;
}
/** A Message Receipt resource represents a delivery/read receipt of a message in a conversation. */
export interface ConversationMessageReceiptInstance extends ConversationMessageReceiptFields {
    /** Fetch the delivery and read receipts of the conversation message */
    fetch(options?: CallOptions | Callback<ConversationMessageReceiptInstance>): Promise<ConversationMessageReceiptInstance>;
    /** Fetch the delivery and read receipts of the conversation message */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ConversationMessageReceiptInstance>>): Promise<ApiResponse<ConversationMessageReceiptInstance>>;
    toJSON(): ConversationMessageReceiptFields;
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
    list(callback?: ListCallback<ConversationMessageReceiptInstance[]>): Promise<ConversationMessageReceiptInstance[]>;
    list(params: ConversationMessageReceiptListOptions, options?: CallOptions | ListCallback<ConversationMessageReceiptInstance[]>): Promise<ConversationMessageReceiptInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<ConversationMessageReceiptInstance[]>>): Promise<ApiResponse<ConversationMessageReceiptInstance[]>>;
    listWithHttpInfo(params: ConversationMessageReceiptListOptions, options?: CallOptions | ListCallback<ApiResponse<ConversationMessageReceiptInstance[]>>): Promise<ApiResponse<ConversationMessageReceiptInstance[]>>;
    page(callback?: ListCallback<Page<ConversationMessageReceiptInstance>>): Promise<Page<ConversationMessageReceiptInstance>>;
    page(params: ConversationMessageReceiptListOptions, options?: CallOptions | ListCallback<Page<ConversationMessageReceiptInstance>>): Promise<Page<ConversationMessageReceiptInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<ConversationMessageReceiptInstance>>>): Promise<ApiResponse<Page<ConversationMessageReceiptInstance>>>;
    pageWithHttpInfo(params: ConversationMessageReceiptListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<ConversationMessageReceiptInstance>>>): Promise<ApiResponse<Page<ConversationMessageReceiptInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<ConversationMessageReceiptInstance>>): Promise<Page<ConversationMessageReceiptInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<ConversationMessageReceiptInstance>>>): Promise<ApiResponse<Page<ConversationMessageReceiptInstance>>>;
    each(callback?: (item: ConversationMessageReceiptInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: ConversationMessageReceiptListOptions & EachOptions<ConversationMessageReceiptInstance>, callback?: (item: ConversationMessageReceiptInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: ConversationMessageReceiptInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: ConversationMessageReceiptListOptions & EachOptions<ConversationMessageReceiptInstance>, callback?: (item: ConversationMessageReceiptInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ConversationMessageReceiptListOptions, options?: CallOptions): AsyncGenerator<ConversationMessageReceiptInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ConversationParticipantFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this participant. */
    accountSid: string;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for this participant. */
    conversationSid: string;
    /** A 34 character string that uniquely identifies this resource. */
    sid: string;
    /** A unique string identifier for the conversation participant as [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource). This parameter is non-null if (and only if) the participant is using the Conversations SDK to communicate. Limited to 256 characters. */
    identity: string;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes: string;
    /** Information about how this participant exchanges messages with the conversation. A JSON parameter consisting of type and address fields of the participant. */
    messagingBinding: TwilioObject;
    /** The SID of a conversation-level [Role](https://www.twilio.com/docs/conversations/api/role-resource) to assign to the participant. */
    roleSid: string;
    /** The date that this resource was created. */
    dateCreated: Date;
    /** The date that this resource was last updated. */
    dateUpdated: Date;
    /** An absolute API resource URL for this participant. */
    url: string;
    /** Index of last “read” message in the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for the Participant. */
    lastReadMessageIndex: number;
    /** Timestamp of last “read” message in the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for the Participant. */
    lastReadTimestamp: string;
}
export interface ConversationParticipantContext {
    /** Fetch a participant of the conversation */
    fetch(options?: CallOptions | Callback<ConversationParticipantInstance>): Promise<ConversationParticipantInstance>;
    /** Fetch a participant of the conversation */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ConversationParticipantInstance>>): Promise<ApiResponse<ConversationParticipantInstance>>;
    /** Update an existing participant in the conversation */
    update(callback?: Callback<ConversationParticipantInstance>): Promise<ConversationParticipantInstance>;
    /** Update an existing participant in the conversation */
    update(params: ConversationParticipantUpdateOptions, options?: CallOptions | Callback<ConversationParticipantInstance>): Promise<ConversationParticipantInstance>;
    /** Update an existing participant in the conversation */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ConversationParticipantInstance>>): Promise<ApiResponse<ConversationParticipantInstance>>;
    /** Update an existing participant in the conversation */
    updateWithHttpInfo(params: ConversationParticipantUpdateOptions, options?: CallOptions | Callback<ApiResponse<ConversationParticipantInstance>>): Promise<ApiResponse<ConversationParticipantInstance>>;
    /** Remove a participant from the conversation */
    remove(callback?: Callback<boolean>): Promise<boolean>;
    /** Remove a participant from the conversation */
    remove(params: ConversationParticipantRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a participant from the conversation */
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** Remove a participant from the conversation */
    removeWithHttpInfo(params: ConversationParticipantRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
/** A Participant resource represents a member of the conversation. */
export interface ConversationParticipantInstance extends ConversationParticipantFields {
    /** Fetch a participant of the conversation */
    fetch(options?: CallOptions | Callback<ConversationParticipantInstance>): Promise<ConversationParticipantInstance>;
    /** Fetch a participant of the conversation */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ConversationParticipantInstance>>): Promise<ApiResponse<ConversationParticipantInstance>>;
    /** Update an existing participant in the conversation */
    update(callback?: Callback<ConversationParticipantInstance>): Promise<ConversationParticipantInstance>;
    /** Update an existing participant in the conversation */
    update(params: ConversationParticipantUpdateOptions, options?: CallOptions | Callback<ConversationParticipantInstance>): Promise<ConversationParticipantInstance>;
    /** Update an existing participant in the conversation */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ConversationParticipantInstance>>): Promise<ApiResponse<ConversationParticipantInstance>>;
    /** Update an existing participant in the conversation */
    updateWithHttpInfo(params: ConversationParticipantUpdateOptions, options?: CallOptions | Callback<ApiResponse<ConversationParticipantInstance>>): Promise<ApiResponse<ConversationParticipantInstance>>;
    /** Remove a participant from the conversation */
    remove(callback?: Callback<boolean>): Promise<boolean>;
    /** Remove a participant from the conversation */
    remove(params: ConversationParticipantRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a participant from the conversation */
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** Remove a participant from the conversation */
    removeWithHttpInfo(params: ConversationParticipantRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): ConversationParticipantFields;
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
    create(callback?: Callback<ConversationParticipantInstance>): Promise<ConversationParticipantInstance>;
    /** Add a new participant to the conversation */
    create(params: ConversationParticipantCreateOptions, options?: CallOptions | Callback<ConversationParticipantInstance>): Promise<ConversationParticipantInstance>;
    /** Add a new participant to the conversation */
    createWithHttpInfo(callback?: Callback<ApiResponse<ConversationParticipantInstance>>): Promise<ApiResponse<ConversationParticipantInstance>>;
    /** Add a new participant to the conversation */
    createWithHttpInfo(params: ConversationParticipantCreateOptions, options?: CallOptions | Callback<ApiResponse<ConversationParticipantInstance>>): Promise<ApiResponse<ConversationParticipantInstance>>;
    list(callback?: ListCallback<ConversationParticipantInstance[]>): Promise<ConversationParticipantInstance[]>;
    list(params: ConversationParticipantListOptions, options?: CallOptions | ListCallback<ConversationParticipantInstance[]>): Promise<ConversationParticipantInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<ConversationParticipantInstance[]>>): Promise<ApiResponse<ConversationParticipantInstance[]>>;
    listWithHttpInfo(params: ConversationParticipantListOptions, options?: CallOptions | ListCallback<ApiResponse<ConversationParticipantInstance[]>>): Promise<ApiResponse<ConversationParticipantInstance[]>>;
    page(callback?: ListCallback<Page<ConversationParticipantInstance>>): Promise<Page<ConversationParticipantInstance>>;
    page(params: ConversationParticipantListOptions, options?: CallOptions | ListCallback<Page<ConversationParticipantInstance>>): Promise<Page<ConversationParticipantInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<ConversationParticipantInstance>>>): Promise<ApiResponse<Page<ConversationParticipantInstance>>>;
    pageWithHttpInfo(params: ConversationParticipantListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<ConversationParticipantInstance>>>): Promise<ApiResponse<Page<ConversationParticipantInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<ConversationParticipantInstance>>): Promise<Page<ConversationParticipantInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<ConversationParticipantInstance>>>): Promise<ApiResponse<Page<ConversationParticipantInstance>>>;
    each(callback?: (item: ConversationParticipantInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: ConversationParticipantListOptions & EachOptions<ConversationParticipantInstance>, callback?: (item: ConversationParticipantInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: ConversationParticipantInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: ConversationParticipantListOptions & EachOptions<ConversationParticipantInstance>, callback?: (item: ConversationParticipantInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ConversationParticipantListOptions, options?: CallOptions): AsyncGenerator<ConversationParticipantInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ConversationScopedWebhookFields {
    /** A 34 character string that uniquely identifies this resource. */
    sid: string;
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid: string;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for this webhook. */
    conversationSid: string;
    /** The target of this webhook: `webhook`, `studio`, `trigger` */
    target: string;
    /** An absolute API resource URL for this webhook. */
    url: string;
    /** The configuration of this webhook. Is defined based on target. */
    configuration: TwilioObject;
    /** The date that this resource was created. */
    dateCreated: Date;
    /** The date that this resource was last updated. */
    dateUpdated: Date;
}
export interface ConversationScopedWebhookContext {
    /** Fetch the configuration of a conversation-scoped webhook */
    fetch(options?: CallOptions | Callback<ConversationScopedWebhookInstance>): Promise<ConversationScopedWebhookInstance>;
    /** Fetch the configuration of a conversation-scoped webhook */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ConversationScopedWebhookInstance>>): Promise<ApiResponse<ConversationScopedWebhookInstance>>;
    /** Update an existing conversation-scoped webhook */
    update(callback?: Callback<ConversationScopedWebhookInstance>): Promise<ConversationScopedWebhookInstance>;
    /** Update an existing conversation-scoped webhook */
    update(params: ConversationScopedWebhookUpdateOptions, options?: CallOptions | Callback<ConversationScopedWebhookInstance>): Promise<ConversationScopedWebhookInstance>;
    /** Update an existing conversation-scoped webhook */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ConversationScopedWebhookInstance>>): Promise<ApiResponse<ConversationScopedWebhookInstance>>;
    /** Update an existing conversation-scoped webhook */
    updateWithHttpInfo(params: ConversationScopedWebhookUpdateOptions, options?: CallOptions | Callback<ApiResponse<ConversationScopedWebhookInstance>>): Promise<ApiResponse<ConversationScopedWebhookInstance>>;
    /** Remove an existing webhook scoped to the conversation */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove an existing webhook scoped to the conversation */
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
/** A Scoped Webhook resource manages a set of callback URLs and their configuration for receiving events specific to one conversation. */
export interface ConversationScopedWebhookInstance extends ConversationScopedWebhookFields {
    /** Fetch the configuration of a conversation-scoped webhook */
    fetch(options?: CallOptions | Callback<ConversationScopedWebhookInstance>): Promise<ConversationScopedWebhookInstance>;
    /** Fetch the configuration of a conversation-scoped webhook */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ConversationScopedWebhookInstance>>): Promise<ApiResponse<ConversationScopedWebhookInstance>>;
    /** Update an existing conversation-scoped webhook */
    update(callback?: Callback<ConversationScopedWebhookInstance>): Promise<ConversationScopedWebhookInstance>;
    /** Update an existing conversation-scoped webhook */
    update(params: ConversationScopedWebhookUpdateOptions, options?: CallOptions | Callback<ConversationScopedWebhookInstance>): Promise<ConversationScopedWebhookInstance>;
    /** Update an existing conversation-scoped webhook */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ConversationScopedWebhookInstance>>): Promise<ApiResponse<ConversationScopedWebhookInstance>>;
    /** Update an existing conversation-scoped webhook */
    updateWithHttpInfo(params: ConversationScopedWebhookUpdateOptions, options?: CallOptions | Callback<ApiResponse<ConversationScopedWebhookInstance>>): Promise<ApiResponse<ConversationScopedWebhookInstance>>;
    /** Remove an existing webhook scoped to the conversation */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove an existing webhook scoped to the conversation */
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): ConversationScopedWebhookFields;
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
    /** Create a new webhook scoped to the conversation */
    createWithHttpInfo(params: ConversationScopedWebhookCreateOptions, options?: CallOptions | Callback<ApiResponse<ConversationScopedWebhookInstance>>): Promise<ApiResponse<ConversationScopedWebhookInstance>>;
    list(callback?: ListCallback<ConversationScopedWebhookInstance[]>): Promise<ConversationScopedWebhookInstance[]>;
    list(params: ConversationScopedWebhookListOptions, options?: CallOptions | ListCallback<ConversationScopedWebhookInstance[]>): Promise<ConversationScopedWebhookInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<ConversationScopedWebhookInstance[]>>): Promise<ApiResponse<ConversationScopedWebhookInstance[]>>;
    listWithHttpInfo(params: ConversationScopedWebhookListOptions, options?: CallOptions | ListCallback<ApiResponse<ConversationScopedWebhookInstance[]>>): Promise<ApiResponse<ConversationScopedWebhookInstance[]>>;
    page(callback?: ListCallback<Page<ConversationScopedWebhookInstance>>): Promise<Page<ConversationScopedWebhookInstance>>;
    page(params: ConversationScopedWebhookListOptions, options?: CallOptions | ListCallback<Page<ConversationScopedWebhookInstance>>): Promise<Page<ConversationScopedWebhookInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<ConversationScopedWebhookInstance>>>): Promise<ApiResponse<Page<ConversationScopedWebhookInstance>>>;
    pageWithHttpInfo(params: ConversationScopedWebhookListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<ConversationScopedWebhookInstance>>>): Promise<ApiResponse<Page<ConversationScopedWebhookInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<ConversationScopedWebhookInstance>>): Promise<Page<ConversationScopedWebhookInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<ConversationScopedWebhookInstance>>>): Promise<ApiResponse<Page<ConversationScopedWebhookInstance>>>;
    each(callback?: (item: ConversationScopedWebhookInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: ConversationScopedWebhookListOptions & EachOptions<ConversationScopedWebhookInstance>, callback?: (item: ConversationScopedWebhookInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: ConversationScopedWebhookInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: ConversationScopedWebhookListOptions & EachOptions<ConversationScopedWebhookInstance>, callback?: (item: ConversationScopedWebhookInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ConversationScopedWebhookListOptions, options?: CallOptions): AsyncGenerator<ConversationScopedWebhookInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface CredentialFields {
    /** A 34 character string that uniquely identifies this resource. */
    sid: string;
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this credential. */
    accountSid: string;
    /** The human-readable name of this credential, limited to 64 characters. Optional. */
    friendlyName: string;
    type: CredentialEnumPushType;
    /** [APN only] Whether to send the credential to sandbox APNs. Can be `true` to send to sandbox APNs or `false` to send to production. */
    sandbox: string;
    /** The date that this resource was created. */
    dateCreated: Date;
    /** The date that this resource was last updated. */
    dateUpdated: Date;
    /** An absolute API resource URL for this credential. */
    url: string;
}
export interface CredentialContext {
    /** Fetch a push notification credential from your account */
    fetch(options?: CallOptions | Callback<CredentialInstance>): Promise<CredentialInstance>;
    /** Fetch a push notification credential from your account */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<CredentialInstance>>): Promise<ApiResponse<CredentialInstance>>;
    /** Update an existing push notification credential on your account */
    update(callback?: Callback<CredentialInstance>): Promise<CredentialInstance>;
    /** Update an existing push notification credential on your account */
    update(params: CredentialUpdateOptions, options?: CallOptions | Callback<CredentialInstance>): Promise<CredentialInstance>;
    /** Update an existing push notification credential on your account */
    updateWithHttpInfo(callback?: Callback<ApiResponse<CredentialInstance>>): Promise<ApiResponse<CredentialInstance>>;
    /** Update an existing push notification credential on your account */
    updateWithHttpInfo(params: CredentialUpdateOptions, options?: CallOptions | Callback<ApiResponse<CredentialInstance>>): Promise<ApiResponse<CredentialInstance>>;
    /** Remove a push notification credential from your account */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a push notification credential from your account */
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
/** A Credential resource represents a push notification credential. */
export interface CredentialInstance extends CredentialFields {
    /** Fetch a push notification credential from your account */
    fetch(options?: CallOptions | Callback<CredentialInstance>): Promise<CredentialInstance>;
    /** Fetch a push notification credential from your account */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<CredentialInstance>>): Promise<ApiResponse<CredentialInstance>>;
    /** Update an existing push notification credential on your account */
    update(callback?: Callback<CredentialInstance>): Promise<CredentialInstance>;
    /** Update an existing push notification credential on your account */
    update(params: CredentialUpdateOptions, options?: CallOptions | Callback<CredentialInstance>): Promise<CredentialInstance>;
    /** Update an existing push notification credential on your account */
    updateWithHttpInfo(callback?: Callback<ApiResponse<CredentialInstance>>): Promise<ApiResponse<CredentialInstance>>;
    /** Update an existing push notification credential on your account */
    updateWithHttpInfo(params: CredentialUpdateOptions, options?: CallOptions | Callback<ApiResponse<CredentialInstance>>): Promise<ApiResponse<CredentialInstance>>;
    /** Remove a push notification credential from your account */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a push notification credential from your account */
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): CredentialFields;
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
    /** Add a new push notification credential to your account */
    createWithHttpInfo(params: CredentialCreateOptions, options?: CallOptions | Callback<ApiResponse<CredentialInstance>>): Promise<ApiResponse<CredentialInstance>>;
    list(callback?: ListCallback<CredentialInstance[]>): Promise<CredentialInstance[]>;
    list(params: CredentialListOptions, options?: CallOptions | ListCallback<CredentialInstance[]>): Promise<CredentialInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<CredentialInstance[]>>): Promise<ApiResponse<CredentialInstance[]>>;
    listWithHttpInfo(params: CredentialListOptions, options?: CallOptions | ListCallback<ApiResponse<CredentialInstance[]>>): Promise<ApiResponse<CredentialInstance[]>>;
    page(callback?: ListCallback<Page<CredentialInstance>>): Promise<Page<CredentialInstance>>;
    page(params: CredentialListOptions, options?: CallOptions | ListCallback<Page<CredentialInstance>>): Promise<Page<CredentialInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<CredentialInstance>>>): Promise<ApiResponse<Page<CredentialInstance>>>;
    pageWithHttpInfo(params: CredentialListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<CredentialInstance>>>): Promise<ApiResponse<Page<CredentialInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<CredentialInstance>>): Promise<Page<CredentialInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<CredentialInstance>>>): Promise<ApiResponse<Page<CredentialInstance>>>;
    each(callback?: (item: CredentialInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: CredentialListOptions & EachOptions<CredentialInstance>, callback?: (item: CredentialInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: CredentialInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: CredentialListOptions & EachOptions<CredentialInstance>, callback?: (item: CredentialInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: CredentialListOptions, options?: CallOptions): AsyncGenerator<CredentialInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ParticipantConversationFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid: string;
    /** The unique ID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) this conversation belongs to. */
    chatServiceSid: string;
    /** The unique ID of the [Participant](https://www.twilio.com/docs/conversations/api/conversation-participant-resource). */
    participantSid: string;
    /** The unique string that identifies the conversation participant as [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource). */
    participantUserSid: string;
    /** A unique string identifier for the conversation participant as [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource). This parameter is non-null if (and only if) the participant is using the Conversations SDK to communicate. Limited to 256 characters. */
    participantIdentity: string;
    /** Information about how this participant exchanges messages with the conversation. A JSON parameter consisting of type and address fields of the participant. */
    participantMessagingBinding: TwilioObject;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) this Participant belongs to. */
    conversationSid: string;
    /** An application-defined string that uniquely identifies the Conversation resource. */
    conversationUniqueName: string;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    conversationFriendlyName: string;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    conversationAttributes: string;
    /** The date that this conversation was created, given in ISO 8601 format. */
    conversationDateCreated: Date;
    /** The date that this conversation was last updated, given in ISO 8601 format. */
    conversationDateUpdated: Date;
    /** Identity of the creator of this Conversation. */
    conversationCreatedBy: string;
    conversationState: ParticipantConversationEnumState;
    /** Timer date values representing state update for this conversation. */
    conversationTimers: TwilioObject;
    /** Contains absolute URLs to access the [participant](https://www.twilio.com/docs/conversations/api/conversation-participant-resource) and [conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) of this conversation. */
    links: Record<string, string>;
}
/** Participant Conversations resource represents a list of Conversations that this Participant belongs to belonging to a default conversation service. */
export interface ParticipantConversationInstance extends ParticipantConversationFields {
    toJSON(): ParticipantConversationFields;
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
    list(callback?: ListCallback<ParticipantConversationInstance[]>): Promise<ParticipantConversationInstance[]>;
    list(params: ParticipantConversationListOptions, options?: CallOptions | ListCallback<ParticipantConversationInstance[]>): Promise<ParticipantConversationInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<ParticipantConversationInstance[]>>): Promise<ApiResponse<ParticipantConversationInstance[]>>;
    listWithHttpInfo(params: ParticipantConversationListOptions, options?: CallOptions | ListCallback<ApiResponse<ParticipantConversationInstance[]>>): Promise<ApiResponse<ParticipantConversationInstance[]>>;
    page(callback?: ListCallback<Page<ParticipantConversationInstance>>): Promise<Page<ParticipantConversationInstance>>;
    page(params: ParticipantConversationListOptions, options?: CallOptions | ListCallback<Page<ParticipantConversationInstance>>): Promise<Page<ParticipantConversationInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<ParticipantConversationInstance>>>): Promise<ApiResponse<Page<ParticipantConversationInstance>>>;
    pageWithHttpInfo(params: ParticipantConversationListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<ParticipantConversationInstance>>>): Promise<ApiResponse<Page<ParticipantConversationInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<ParticipantConversationInstance>>): Promise<Page<ParticipantConversationInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<ParticipantConversationInstance>>>): Promise<ApiResponse<Page<ParticipantConversationInstance>>>;
    each(callback?: (item: ParticipantConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: ParticipantConversationListOptions & EachOptions<ParticipantConversationInstance>, callback?: (item: ParticipantConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: ParticipantConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: ParticipantConversationListOptions & EachOptions<ParticipantConversationInstance>, callback?: (item: ParticipantConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ParticipantConversationListOptions, options?: CallOptions): AsyncGenerator<ParticipantConversationInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface RoleFields {
    /** The unique string that we created to identify the Role resource. */
    sid: string;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Role resource. */
    accountSid: string;
    /** The SID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) the Role resource is associated with. */
    chatServiceSid: string;
    /** The string that you assigned to describe the resource. */
    friendlyName: string;
    type: RoleEnumRoleType;
    /** An array of the permissions the role has been granted. */
    permissions: Array<string>;
    /** The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated: Date;
    /** The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateUpdated: Date;
    /** An absolute API resource URL for this user role. */
    url: string;
}
export interface RoleContext {
    /** Fetch a user role from your account's default service */
    fetch(options?: CallOptions | Callback<RoleInstance>): Promise<RoleInstance>;
    /** Fetch a user role from your account's default service */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<RoleInstance>>): Promise<ApiResponse<RoleInstance>>;
    /** Update an existing user role in your account's default service */
    update(params: RoleUpdateOptions, options?: CallOptions | Callback<RoleInstance>): Promise<RoleInstance>;
    /** Update an existing user role in your account's default service */
    updateWithHttpInfo(params: RoleUpdateOptions, options?: CallOptions | Callback<ApiResponse<RoleInstance>>): Promise<ApiResponse<RoleInstance>>;
    /** Remove a user role from your account's default service */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a user role from your account's default service */
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
/** A Role resource represents a set of permissions granted to a user within a service or a conversation. */
export interface RoleInstance extends RoleFields {
    /** Fetch a user role from your account's default service */
    fetch(options?: CallOptions | Callback<RoleInstance>): Promise<RoleInstance>;
    /** Fetch a user role from your account's default service */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<RoleInstance>>): Promise<ApiResponse<RoleInstance>>;
    /** Update an existing user role in your account's default service */
    update(params: RoleUpdateOptions, options?: CallOptions | Callback<RoleInstance>): Promise<RoleInstance>;
    /** Update an existing user role in your account's default service */
    updateWithHttpInfo(params: RoleUpdateOptions, options?: CallOptions | Callback<ApiResponse<RoleInstance>>): Promise<ApiResponse<RoleInstance>>;
    /** Remove a user role from your account's default service */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a user role from your account's default service */
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): RoleFields;
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
    /** Create a new user role in your account's default service */
    createWithHttpInfo(params: RoleCreateOptions, options?: CallOptions | Callback<ApiResponse<RoleInstance>>): Promise<ApiResponse<RoleInstance>>;
    list(callback?: ListCallback<RoleInstance[]>): Promise<RoleInstance[]>;
    list(params: RoleListOptions, options?: CallOptions | ListCallback<RoleInstance[]>): Promise<RoleInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<RoleInstance[]>>): Promise<ApiResponse<RoleInstance[]>>;
    listWithHttpInfo(params: RoleListOptions, options?: CallOptions | ListCallback<ApiResponse<RoleInstance[]>>): Promise<ApiResponse<RoleInstance[]>>;
    page(callback?: ListCallback<Page<RoleInstance>>): Promise<Page<RoleInstance>>;
    page(params: RoleListOptions, options?: CallOptions | ListCallback<Page<RoleInstance>>): Promise<Page<RoleInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<RoleInstance>>>): Promise<ApiResponse<Page<RoleInstance>>>;
    pageWithHttpInfo(params: RoleListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<RoleInstance>>>): Promise<ApiResponse<Page<RoleInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<RoleInstance>>): Promise<Page<RoleInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<RoleInstance>>>): Promise<ApiResponse<Page<RoleInstance>>>;
    each(callback?: (item: RoleInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: RoleListOptions & EachOptions<RoleInstance>, callback?: (item: RoleInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: RoleInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: RoleListOptions & EachOptions<RoleInstance>, callback?: (item: RoleInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: RoleListOptions, options?: CallOptions): AsyncGenerator<RoleInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ServiceFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this service. */
    accountSid: string;
    /** A 34 character string that uniquely identifies this resource. */
    sid: string;
    /** The human-readable name of this service, limited to 256 characters. Optional. */
    friendlyName: string;
    /** The date that this resource was created. */
    dateCreated: Date;
    /** The date that this resource was last updated. */
    dateUpdated: Date;
    /** An absolute API resource URL for this service. */
    url: string;
    /** Contains absolute API resource URLs to access conversations, users, roles, bindings and configuration of this service. */
    links: Record<string, string>;
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
    /** Fetch a conversation service from your account */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceInstance>>): Promise<ApiResponse<ServiceInstance>>;
    /** Remove a conversation service with all its nested resources from your account */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a conversation service with all its nested resources from your account */
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
/** A Service resource is a top-level conversation resource container that serves as a data silo. */
export interface ServiceInstance extends ServiceFields {
    /** Fetch a conversation service from your account */
    fetch(options?: CallOptions | Callback<ServiceInstance>): Promise<ServiceInstance>;
    /** Fetch a conversation service from your account */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceInstance>>): Promise<ApiResponse<ServiceInstance>>;
    /** Remove a conversation service with all its nested resources from your account */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a conversation service with all its nested resources from your account */
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** A Binding resource represents a push notification binding and its configuration, for delivering conversation events to mobile or web endpoints. */
    bindings(): ServiceBindingListInstance;
    /** A Service Configuration resource manages service-level settings applicable to the Conversation API. */
    configuration(): ServiceConfigurationListInstance;
    /** A Service Conversation resource represents an omnichannel group conversation with an ordered list of messages and a participant roster. */
    conversationWithParticipants(): ServiceConversationWithParticipantsListInstance;
    /** A Service Conversation resource represents an omnichannel group conversation with an ordered list of messages and a participant roster. */
    conversations(): ServiceConversationListInstance;
    /** Service Participant Conversations resource represents a list of Conversations that this Participant belongs to belonging to a specific conversation service. */
    participantConversations(): ServiceParticipantConversationListInstance;
    /** A Service Role resource represents a set of permissions granted to a user within a service or a conversation. */
    roles(): ServiceRoleListInstance;
    /** A Service User resource represents a conversation user belonging to a specific conversation service. */
    users(): ServiceUserListInstance;
    toJSON(): ServiceFields;
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
    /** Create a new conversation service on your account */
    createWithHttpInfo(params: ServiceCreateOptions, options?: CallOptions | Callback<ApiResponse<ServiceInstance>>): Promise<ApiResponse<ServiceInstance>>;
    list(callback?: ListCallback<ServiceInstance[]>): Promise<ServiceInstance[]>;
    list(params: ServiceListOptions, options?: CallOptions | ListCallback<ServiceInstance[]>): Promise<ServiceInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<ServiceInstance[]>>): Promise<ApiResponse<ServiceInstance[]>>;
    listWithHttpInfo(params: ServiceListOptions, options?: CallOptions | ListCallback<ApiResponse<ServiceInstance[]>>): Promise<ApiResponse<ServiceInstance[]>>;
    page(callback?: ListCallback<Page<ServiceInstance>>): Promise<Page<ServiceInstance>>;
    page(params: ServiceListOptions, options?: CallOptions | ListCallback<Page<ServiceInstance>>): Promise<Page<ServiceInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<ServiceInstance>>>): Promise<ApiResponse<Page<ServiceInstance>>>;
    pageWithHttpInfo(params: ServiceListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceInstance>>>): Promise<ApiResponse<Page<ServiceInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<ServiceInstance>>): Promise<Page<ServiceInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceInstance>>>): Promise<ApiResponse<Page<ServiceInstance>>>;
    each(callback?: (item: ServiceInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: ServiceListOptions & EachOptions<ServiceInstance>, callback?: (item: ServiceInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: ServiceInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: ServiceListOptions & EachOptions<ServiceInstance>, callback?: (item: ServiceInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceListOptions, options?: CallOptions): AsyncGenerator<ServiceInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ServiceBindingFields {
    /** A 34 character string that uniquely identifies this resource. */
    sid: string;
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this binding. */
    accountSid: string;
    /** The SID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) the Binding resource is associated with. */
    chatServiceSid: string;
    /** The SID of the [Credential](https://www.twilio.com/docs/conversations/api/credential-resource) for the binding. See [push notification configuration](https://www.twilio.com/docs/chat/push-notification-configuration) for more info. */
    credentialSid: string;
    /** The date that this resource was created. */
    dateCreated: Date;
    /** The date that this resource was last updated. */
    dateUpdated: Date;
    /** The unique endpoint identifier for the Binding. The format of this value depends on the `binding_type`. */
    endpoint: string;
    /** The application-defined string that uniquely identifies the [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource) within the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource). See [access tokens](https://www.twilio.com/docs/conversations/create-tokens) for more info. */
    identity: string;
    bindingType: ServiceBindingEnumBindingType;
    /** The [Conversation message types](https://www.twilio.com/docs/chat/push-notification-configuration#push-types) the binding is subscribed to. */
    messageTypes: Array<string>;
    /** An absolute API resource URL for this binding. */
    url: string;
}
export interface ServiceBindingContext {
    /** Fetch a push notification binding from the conversation service */
    fetch(options?: CallOptions | Callback<ServiceBindingInstance>): Promise<ServiceBindingInstance>;
    /** Fetch a push notification binding from the conversation service */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceBindingInstance>>): Promise<ApiResponse<ServiceBindingInstance>>;
    /** Remove a push notification binding from the conversation service */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a push notification binding from the conversation service */
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
/** A Binding resource represents a push notification binding and its configuration, for delivering conversation events to mobile or web endpoints. */
export interface ServiceBindingInstance extends ServiceBindingFields {
    /** Fetch a push notification binding from the conversation service */
    fetch(options?: CallOptions | Callback<ServiceBindingInstance>): Promise<ServiceBindingInstance>;
    /** Fetch a push notification binding from the conversation service */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceBindingInstance>>): Promise<ApiResponse<ServiceBindingInstance>>;
    /** Remove a push notification binding from the conversation service */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a push notification binding from the conversation service */
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): ServiceBindingFields;
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
    list(callback?: ListCallback<ServiceBindingInstance[]>): Promise<ServiceBindingInstance[]>;
    list(params: ServiceBindingListOptions, options?: CallOptions | ListCallback<ServiceBindingInstance[]>): Promise<ServiceBindingInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<ServiceBindingInstance[]>>): Promise<ApiResponse<ServiceBindingInstance[]>>;
    listWithHttpInfo(params: ServiceBindingListOptions, options?: CallOptions | ListCallback<ApiResponse<ServiceBindingInstance[]>>): Promise<ApiResponse<ServiceBindingInstance[]>>;
    page(callback?: ListCallback<Page<ServiceBindingInstance>>): Promise<Page<ServiceBindingInstance>>;
    page(params: ServiceBindingListOptions, options?: CallOptions | ListCallback<Page<ServiceBindingInstance>>): Promise<Page<ServiceBindingInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<ServiceBindingInstance>>>): Promise<ApiResponse<Page<ServiceBindingInstance>>>;
    pageWithHttpInfo(params: ServiceBindingListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceBindingInstance>>>): Promise<ApiResponse<Page<ServiceBindingInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<ServiceBindingInstance>>): Promise<Page<ServiceBindingInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceBindingInstance>>>): Promise<ApiResponse<Page<ServiceBindingInstance>>>;
    each(callback?: (item: ServiceBindingInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: ServiceBindingListOptions & EachOptions<ServiceBindingInstance>, callback?: (item: ServiceBindingInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: ServiceBindingInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: ServiceBindingListOptions & EachOptions<ServiceBindingInstance>, callback?: (item: ServiceBindingInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceBindingListOptions, options?: CallOptions): AsyncGenerator<ServiceBindingInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ServiceConfigurationFields {
    /** The unique string that we created to identify the Service configuration resource. */
    chatServiceSid: string;
    /** The conversation-level role assigned to a conversation creator when they join a new conversation. See [Conversation Role](https://www.twilio.com/docs/conversations/api/role-resource) for more info about roles. */
    defaultConversationCreatorRoleSid: string;
    /** The conversation-level role assigned to users when they are added to a conversation. See [Conversation Role](https://www.twilio.com/docs/conversations/api/role-resource) for more info about roles. */
    defaultConversationRoleSid: string;
    /** The service-level role assigned to users when they are added to the service. See [Conversation Role](https://www.twilio.com/docs/conversations/api/role-resource) for more info about roles. */
    defaultChatServiceRoleSid: string;
    /** An absolute API resource URL for this service configuration. */
    url: string;
    /** Contains an absolute API resource URL to access the push notifications configuration of this service. */
    links: Record<string, string>;
    /** Whether the [Reachability Indicator](https://www.twilio.com/docs/conversations/reachability) is enabled for this Conversations Service. The default is `false`. */
    reachabilityEnabled: boolean;
}
export interface ServiceConfigurationContext {
    /** A Service Notification resource manages a set of settings to determine push notification behavior at service level. */
    readonly notifications: ServiceNotificationListInstance;
    /** A service webhook configuration resource manages a service-level set of callback URLs and their configuration for receiving all the corresponding service events. */
    readonly webhooks: ServiceWebhookConfigurationListInstance;
    /** Fetch the configuration of a conversation service */
    fetch(options?: CallOptions | Callback<ServiceConfigurationInstance>): Promise<ServiceConfigurationInstance>;
    /** Fetch the configuration of a conversation service */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceConfigurationInstance>>): Promise<ApiResponse<ServiceConfigurationInstance>>;
    /** Update configuration settings of a conversation service */
    update(callback?: Callback<ServiceConfigurationInstance>): Promise<ServiceConfigurationInstance>;
    /** Update configuration settings of a conversation service */
    update(params: ServiceConfigurationUpdateOptions, options?: CallOptions | Callback<ServiceConfigurationInstance>): Promise<ServiceConfigurationInstance>;
    /** Update configuration settings of a conversation service */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ServiceConfigurationInstance>>): Promise<ApiResponse<ServiceConfigurationInstance>>;
    /** Update configuration settings of a conversation service */
    updateWithHttpInfo(params: ServiceConfigurationUpdateOptions, options?: CallOptions | Callback<ApiResponse<ServiceConfigurationInstance>>): Promise<ApiResponse<ServiceConfigurationInstance>>;
    toJSON(): Record<string, string>;
}
/** A Service Configuration resource manages service-level settings applicable to the Conversation API. */
export interface ServiceConfigurationInstance extends ServiceConfigurationFields {
    /** Fetch the configuration of a conversation service */
    fetch(options?: CallOptions | Callback<ServiceConfigurationInstance>): Promise<ServiceConfigurationInstance>;
    /** Fetch the configuration of a conversation service */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceConfigurationInstance>>): Promise<ApiResponse<ServiceConfigurationInstance>>;
    /** Update configuration settings of a conversation service */
    update(callback?: Callback<ServiceConfigurationInstance>): Promise<ServiceConfigurationInstance>;
    /** Update configuration settings of a conversation service */
    update(params: ServiceConfigurationUpdateOptions, options?: CallOptions | Callback<ServiceConfigurationInstance>): Promise<ServiceConfigurationInstance>;
    /** Update configuration settings of a conversation service */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ServiceConfigurationInstance>>): Promise<ApiResponse<ServiceConfigurationInstance>>;
    /** Update configuration settings of a conversation service */
    updateWithHttpInfo(params: ServiceConfigurationUpdateOptions, options?: CallOptions | Callback<ApiResponse<ServiceConfigurationInstance>>): Promise<ApiResponse<ServiceConfigurationInstance>>;
    /** A Service Notification resource manages a set of settings to determine push notification behavior at service level. */
    notifications(): ServiceNotificationListInstance;
    /** A service webhook configuration resource manages a service-level set of callback URLs and their configuration for receiving all the corresponding service events. */
    webhooks(): ServiceWebhookConfigurationListInstance;
    toJSON(): ServiceConfigurationFields;
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
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ServiceNotificationFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this configuration. */
    accountSid: string;
    /** The SID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) the Configuration applies to. */
    chatServiceSid: string;
    /** The Push Notification configuration for New Messages. */
    newMessage: TwilioObject;
    /** The Push Notification configuration for being added to a Conversation. */
    addedToConversation: TwilioObject;
    /** The Push Notification configuration for being removed from a Conversation. */
    removedFromConversation: TwilioObject;
    /** Weather the notification logging is enabled. */
    logEnabled: boolean;
    /** An absolute API resource URL for this configuration. */
    url: string;
}
export interface ServiceNotificationContext {
    /** Fetch push notification service settings */
    fetch(options?: CallOptions | Callback<ServiceNotificationInstance>): Promise<ServiceNotificationInstance>;
    /** Fetch push notification service settings */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceNotificationInstance>>): Promise<ApiResponse<ServiceNotificationInstance>>;
    /** Update push notification service settings */
    update(callback?: Callback<ServiceNotificationInstance>): Promise<ServiceNotificationInstance>;
    /** Update push notification service settings */
    update(params: ServiceNotificationUpdateOptions, options?: CallOptions | Callback<ServiceNotificationInstance>): Promise<ServiceNotificationInstance>;
    /** Update push notification service settings */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ServiceNotificationInstance>>): Promise<ApiResponse<ServiceNotificationInstance>>;
    /** Update push notification service settings */
    updateWithHttpInfo(params: ServiceNotificationUpdateOptions, options?: CallOptions | Callback<ApiResponse<ServiceNotificationInstance>>): Promise<ApiResponse<ServiceNotificationInstance>>;
    toJSON(): Record<string, string>;
}
/** A Service Notification resource manages a set of settings to determine push notification behavior at service level. */
export interface ServiceNotificationInstance extends ServiceNotificationFields {
    /** Fetch push notification service settings */
    fetch(options?: CallOptions | Callback<ServiceNotificationInstance>): Promise<ServiceNotificationInstance>;
    /** Fetch push notification service settings */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceNotificationInstance>>): Promise<ApiResponse<ServiceNotificationInstance>>;
    /** Update push notification service settings */
    update(callback?: Callback<ServiceNotificationInstance>): Promise<ServiceNotificationInstance>;
    /** Update push notification service settings */
    update(params: ServiceNotificationUpdateOptions, options?: CallOptions | Callback<ServiceNotificationInstance>): Promise<ServiceNotificationInstance>;
    /** Update push notification service settings */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ServiceNotificationInstance>>): Promise<ApiResponse<ServiceNotificationInstance>>;
    /** Update push notification service settings */
    updateWithHttpInfo(params: ServiceNotificationUpdateOptions, options?: CallOptions | Callback<ApiResponse<ServiceNotificationInstance>>): Promise<ApiResponse<ServiceNotificationInstance>>;
    toJSON(): ServiceNotificationFields;
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
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ServiceWebhookConfigurationFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this service. */
    accountSid: string;
    /** The unique ID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) this conversation belongs to. */
    chatServiceSid: string;
    /** The absolute url the pre-event webhook request should be sent to. */
    preWebhookUrl: string;
    /** The absolute url the post-event webhook request should be sent to. */
    postWebhookUrl: string;
    /** The list of events that your configured webhook targets will receive. Events not configured here will not fire. Possible values are `onParticipantAdd`, `onParticipantAdded`, `onDeliveryUpdated`, `onConversationUpdated`, `onConversationRemove`, `onParticipantRemove`, `onConversationUpdate`, `onMessageAdd`, `onMessageRemoved`, `onParticipantUpdated`, `onConversationAdded`, `onMessageAdded`, `onConversationAdd`, `onConversationRemoved`, `onParticipantUpdate`, `onMessageRemove`, `onMessageUpdated`, `onParticipantRemoved`, `onMessageUpdate` or `onConversationStateUpdated`. */
    filters: Array<string>;
    method: ServiceWebhookConfigurationEnumMethod;
    /** An absolute API resource URL for this webhook. */
    url: string;
}
export interface ServiceWebhookConfigurationContext {
    /** Fetch a specific service webhook configuration. */
    fetch(options?: CallOptions | Callback<ServiceWebhookConfigurationInstance>): Promise<ServiceWebhookConfigurationInstance>;
    /** Fetch a specific service webhook configuration. */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceWebhookConfigurationInstance>>): Promise<ApiResponse<ServiceWebhookConfigurationInstance>>;
    /** Update a specific Webhook. */
    update(callback?: Callback<ServiceWebhookConfigurationInstance>): Promise<ServiceWebhookConfigurationInstance>;
    /** Update a specific Webhook. */
    update(params: ServiceWebhookConfigurationUpdateOptions, options?: CallOptions | Callback<ServiceWebhookConfigurationInstance>): Promise<ServiceWebhookConfigurationInstance>;
    /** Update a specific Webhook. */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ServiceWebhookConfigurationInstance>>): Promise<ApiResponse<ServiceWebhookConfigurationInstance>>;
    /** Update a specific Webhook. */
    updateWithHttpInfo(params: ServiceWebhookConfigurationUpdateOptions, options?: CallOptions | Callback<ApiResponse<ServiceWebhookConfigurationInstance>>): Promise<ApiResponse<ServiceWebhookConfigurationInstance>>;
    toJSON(): Record<string, string>;
}
/** A service webhook configuration resource manages a service-level set of callback URLs and their configuration for receiving all the corresponding service events. */
export interface ServiceWebhookConfigurationInstance extends ServiceWebhookConfigurationFields {
    /** Fetch a specific service webhook configuration. */
    fetch(options?: CallOptions | Callback<ServiceWebhookConfigurationInstance>): Promise<ServiceWebhookConfigurationInstance>;
    /** Fetch a specific service webhook configuration. */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceWebhookConfigurationInstance>>): Promise<ApiResponse<ServiceWebhookConfigurationInstance>>;
    /** Update a specific Webhook. */
    update(callback?: Callback<ServiceWebhookConfigurationInstance>): Promise<ServiceWebhookConfigurationInstance>;
    /** Update a specific Webhook. */
    update(params: ServiceWebhookConfigurationUpdateOptions, options?: CallOptions | Callback<ServiceWebhookConfigurationInstance>): Promise<ServiceWebhookConfigurationInstance>;
    /** Update a specific Webhook. */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ServiceWebhookConfigurationInstance>>): Promise<ApiResponse<ServiceWebhookConfigurationInstance>>;
    /** Update a specific Webhook. */
    updateWithHttpInfo(params: ServiceWebhookConfigurationUpdateOptions, options?: CallOptions | Callback<ApiResponse<ServiceWebhookConfigurationInstance>>): Promise<ApiResponse<ServiceWebhookConfigurationInstance>>;
    toJSON(): ServiceWebhookConfigurationFields;
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
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ServiceConversationWithParticipantsFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid: string;
    /** The unique ID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) this conversation belongs to. */
    chatServiceSid: string;
    /** The unique ID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) this conversation belongs to. */
    messagingServiceSid: string;
    /** A 34 character string that uniquely identifies this resource. */
    sid: string;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    friendlyName: string;
    /** An application-defined string that uniquely identifies the resource. It can be used to address the resource in place of the resource's `sid` in the URL. */
    uniqueName: string;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes: string;
    state: ServiceConversationWithParticipantsEnumState;
    /** The date that this resource was created. */
    dateCreated: Date;
    /** The date that this resource was last updated. */
    dateUpdated: Date;
    /** Timer date values representing state update for this conversation. */
    timers: TwilioObject;
    /** Contains absolute URLs to access the [participants](https://www.twilio.com/docs/conversations/api/conversation-participant-resource), [messages](https://www.twilio.com/docs/conversations/api/conversation-message-resource) and [webhooks](https://www.twilio.com/docs/conversations/api/conversation-scoped-webhook-resource) of this conversation. */
    links: Record<string, string>;
    bindings: TwilioObject;
    /** An absolute API resource URL for this conversation. */
    url: string;
}
/** A Service Conversation resource represents an omnichannel group conversation with an ordered list of messages and a participant roster. */
export interface ServiceConversationWithParticipantsInstance extends ServiceConversationWithParticipantsFields {
    toJSON(): ServiceConversationWithParticipantsFields;
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
    create(callback?: Callback<ServiceConversationWithParticipantsInstance>): Promise<ServiceConversationWithParticipantsInstance>;
    /** Create a new conversation with the list of participants in your account's default service */
    create(params: ServiceConversationWithParticipantsCreateOptions, options?: CallOptions | Callback<ServiceConversationWithParticipantsInstance>): Promise<ServiceConversationWithParticipantsInstance>;
    /** Create a new conversation with the list of participants in your account's default service */
    createWithHttpInfo(callback?: Callback<ApiResponse<ServiceConversationWithParticipantsInstance>>): Promise<ApiResponse<ServiceConversationWithParticipantsInstance>>;
    /** Create a new conversation with the list of participants in your account's default service */
    createWithHttpInfo(params: ServiceConversationWithParticipantsCreateOptions, options?: CallOptions | Callback<ApiResponse<ServiceConversationWithParticipantsInstance>>): Promise<ApiResponse<ServiceConversationWithParticipantsInstance>>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ServiceConversationFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid: string;
    /** The unique ID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) this conversation belongs to. */
    chatServiceSid: string;
    /** The unique ID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) this conversation belongs to. */
    messagingServiceSid: string;
    /** A 34 character string that uniquely identifies this resource. */
    sid: string;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    friendlyName: string;
    /** An application-defined string that uniquely identifies the resource. It can be used to address the resource in place of the resource's `sid` in the URL. */
    uniqueName: string;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes: string;
    state: ServiceConversationEnumState;
    /** The date that this resource was created. */
    dateCreated: Date;
    /** The date that this resource was last updated. */
    dateUpdated: Date;
    /** Timer date values representing state update for this conversation. */
    timers: TwilioObject;
    /** An absolute API resource URL for this conversation. */
    url: string;
    /** Contains absolute URLs to access the [participants](https://www.twilio.com/docs/conversations/api/conversation-participant-resource), [messages](https://www.twilio.com/docs/conversations/api/conversation-message-resource) and [webhooks](https://www.twilio.com/docs/conversations/api/conversation-scoped-webhook-resource) of this conversation. */
    links: Record<string, string>;
    bindings: TwilioObject;
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
    /** Fetch a conversation from your service */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceConversationInstance>>): Promise<ApiResponse<ServiceConversationInstance>>;
    /** Update an existing conversation in your service */
    update(callback?: Callback<ServiceConversationInstance>): Promise<ServiceConversationInstance>;
    /** Update an existing conversation in your service */
    update(params: ServiceConversationUpdateOptions, options?: CallOptions | Callback<ServiceConversationInstance>): Promise<ServiceConversationInstance>;
    /** Update an existing conversation in your service */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ServiceConversationInstance>>): Promise<ApiResponse<ServiceConversationInstance>>;
    /** Update an existing conversation in your service */
    updateWithHttpInfo(params: ServiceConversationUpdateOptions, options?: CallOptions | Callback<ApiResponse<ServiceConversationInstance>>): Promise<ApiResponse<ServiceConversationInstance>>;
    /** Remove a conversation from your service */
    remove(callback?: Callback<boolean>): Promise<boolean>;
    /** Remove a conversation from your service */
    remove(params: ServiceConversationRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a conversation from your service */
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** Remove a conversation from your service */
    removeWithHttpInfo(params: ServiceConversationRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
/** A Service Conversation resource represents an omnichannel group conversation with an ordered list of messages and a participant roster. */
export interface ServiceConversationInstance extends ServiceConversationFields {
    /** Fetch a conversation from your service */
    fetch(options?: CallOptions | Callback<ServiceConversationInstance>): Promise<ServiceConversationInstance>;
    /** Fetch a conversation from your service */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceConversationInstance>>): Promise<ApiResponse<ServiceConversationInstance>>;
    /** Update an existing conversation in your service */
    update(callback?: Callback<ServiceConversationInstance>): Promise<ServiceConversationInstance>;
    /** Update an existing conversation in your service */
    update(params: ServiceConversationUpdateOptions, options?: CallOptions | Callback<ServiceConversationInstance>): Promise<ServiceConversationInstance>;
    /** Update an existing conversation in your service */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ServiceConversationInstance>>): Promise<ApiResponse<ServiceConversationInstance>>;
    /** Update an existing conversation in your service */
    updateWithHttpInfo(params: ServiceConversationUpdateOptions, options?: CallOptions | Callback<ApiResponse<ServiceConversationInstance>>): Promise<ApiResponse<ServiceConversationInstance>>;
    /** Remove a conversation from your service */
    remove(callback?: Callback<boolean>): Promise<boolean>;
    /** Remove a conversation from your service */
    remove(params: ServiceConversationRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a conversation from your service */
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** Remove a conversation from your service */
    removeWithHttpInfo(params: ServiceConversationRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** A Service Message resource represents a message in a conversation within a specific service. */
    messages(): ServiceConversationMessageListInstance;
    /** A Service Participant resource represents a member of the conversation within a specific service. */
    participants(): ServiceConversationParticipantListInstance;
    /** A Conversation-scoped Webhook resource manages a set of callback URLs and their configuration for receiving events specific to one conversation. */
    webhooks(): ServiceConversationScopedWebhookListInstance;
    toJSON(): ServiceConversationFields;
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
    create(callback?: Callback<ServiceConversationInstance>): Promise<ServiceConversationInstance>;
    /** Create a new conversation in your service */
    create(params: ServiceConversationCreateOptions, options?: CallOptions | Callback<ServiceConversationInstance>): Promise<ServiceConversationInstance>;
    /** Create a new conversation in your service */
    createWithHttpInfo(callback?: Callback<ApiResponse<ServiceConversationInstance>>): Promise<ApiResponse<ServiceConversationInstance>>;
    /** Create a new conversation in your service */
    createWithHttpInfo(params: ServiceConversationCreateOptions, options?: CallOptions | Callback<ApiResponse<ServiceConversationInstance>>): Promise<ApiResponse<ServiceConversationInstance>>;
    list(callback?: ListCallback<ServiceConversationInstance[]>): Promise<ServiceConversationInstance[]>;
    list(params: ServiceConversationListOptions, options?: CallOptions | ListCallback<ServiceConversationInstance[]>): Promise<ServiceConversationInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<ServiceConversationInstance[]>>): Promise<ApiResponse<ServiceConversationInstance[]>>;
    listWithHttpInfo(params: ServiceConversationListOptions, options?: CallOptions | ListCallback<ApiResponse<ServiceConversationInstance[]>>): Promise<ApiResponse<ServiceConversationInstance[]>>;
    page(callback?: ListCallback<Page<ServiceConversationInstance>>): Promise<Page<ServiceConversationInstance>>;
    page(params: ServiceConversationListOptions, options?: CallOptions | ListCallback<Page<ServiceConversationInstance>>): Promise<Page<ServiceConversationInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<ServiceConversationInstance>>>): Promise<ApiResponse<Page<ServiceConversationInstance>>>;
    pageWithHttpInfo(params: ServiceConversationListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceConversationInstance>>>): Promise<ApiResponse<Page<ServiceConversationInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<ServiceConversationInstance>>): Promise<Page<ServiceConversationInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceConversationInstance>>>): Promise<ApiResponse<Page<ServiceConversationInstance>>>;
    each(callback?: (item: ServiceConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: ServiceConversationListOptions & EachOptions<ServiceConversationInstance>, callback?: (item: ServiceConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: ServiceConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: ServiceConversationListOptions & EachOptions<ServiceConversationInstance>, callback?: (item: ServiceConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceConversationListOptions, options?: CallOptions): AsyncGenerator<ServiceConversationInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ServiceConversationMessageFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this message. */
    accountSid: string;
    /** The SID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) the Participant resource is associated with. */
    chatServiceSid: string;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for this message. */
    conversationSid: string;
    /** A 34 character string that uniquely identifies this resource. */
    sid: string;
    /** The index of the message within the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource). */
    index: number;
    /** The channel specific identifier of the message's author. Defaults to `system`. */
    author: string;
    /** The content of the message, can be up to 1,600 characters long. */
    body: string;
    /** An array of objects that describe the Message's media, if the message contains media. Each object contains these fields: `content_type` with the MIME type of the media, `filename` with the name of the media, `sid` with the SID of the Media resource, and `size` with the media object's file size in bytes. If the Message has no media, this value is `null`. */
    media: Array<TwilioObject>;
    /** A string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes: string;
    /** The unique ID of messages's author participant. Null in case of `system` sent message. */
    participantSid: string;
    /** The date that this resource was created. */
    dateCreated: Date;
    /** The date that this resource was last updated. `null` if the message has not been edited. */
    dateUpdated: Date;
    /** An object that contains the summary of delivery statuses for the message to non-chat participants. */
    delivery: TwilioObject;
    /** An absolute API resource URL for this message. */
    url: string;
    /** Contains an absolute API resource URL to access the delivery & read receipts of this message. */
    links: Record<string, string>;
    /** The unique ID of the multi-channel [Rich Content](https://www.twilio.com/docs/content) template. */
    contentSid: string;
}
export interface ServiceConversationMessageContext {
    /** A Service Message Receipt resource represents a delivery/read receipt of a message in a conversation. */
    readonly deliveryReceipts: ServiceConversationMessageReceiptListInstance;
    /** Fetch a message from the conversation */
    fetch(options?: CallOptions | Callback<ServiceConversationMessageInstance>): Promise<ServiceConversationMessageInstance>;
    /** Fetch a message from the conversation */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceConversationMessageInstance>>): Promise<ApiResponse<ServiceConversationMessageInstance>>;
    /** Update an existing message in the conversation */
    update(callback?: Callback<ServiceConversationMessageInstance>): Promise<ServiceConversationMessageInstance>;
    /** Update an existing message in the conversation */
    update(params: ServiceConversationMessageUpdateOptions, options?: CallOptions | Callback<ServiceConversationMessageInstance>): Promise<ServiceConversationMessageInstance>;
    /** Update an existing message in the conversation */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ServiceConversationMessageInstance>>): Promise<ApiResponse<ServiceConversationMessageInstance>>;
    /** Update an existing message in the conversation */
    updateWithHttpInfo(params: ServiceConversationMessageUpdateOptions, options?: CallOptions | Callback<ApiResponse<ServiceConversationMessageInstance>>): Promise<ApiResponse<ServiceConversationMessageInstance>>;
    /** Remove a message from the conversation */
    remove(callback?: Callback<boolean>): Promise<boolean>;
    /** Remove a message from the conversation */
    remove(params: ServiceConversationMessageRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a message from the conversation */
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** Remove a message from the conversation */
    removeWithHttpInfo(params: ServiceConversationMessageRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
/** A Service Message resource represents a message in a conversation within a specific service. */
export interface ServiceConversationMessageInstance extends ServiceConversationMessageFields {
    /** Fetch a message from the conversation */
    fetch(options?: CallOptions | Callback<ServiceConversationMessageInstance>): Promise<ServiceConversationMessageInstance>;
    /** Fetch a message from the conversation */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceConversationMessageInstance>>): Promise<ApiResponse<ServiceConversationMessageInstance>>;
    /** Update an existing message in the conversation */
    update(callback?: Callback<ServiceConversationMessageInstance>): Promise<ServiceConversationMessageInstance>;
    /** Update an existing message in the conversation */
    update(params: ServiceConversationMessageUpdateOptions, options?: CallOptions | Callback<ServiceConversationMessageInstance>): Promise<ServiceConversationMessageInstance>;
    /** Update an existing message in the conversation */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ServiceConversationMessageInstance>>): Promise<ApiResponse<ServiceConversationMessageInstance>>;
    /** Update an existing message in the conversation */
    updateWithHttpInfo(params: ServiceConversationMessageUpdateOptions, options?: CallOptions | Callback<ApiResponse<ServiceConversationMessageInstance>>): Promise<ApiResponse<ServiceConversationMessageInstance>>;
    /** Remove a message from the conversation */
    remove(callback?: Callback<boolean>): Promise<boolean>;
    /** Remove a message from the conversation */
    remove(params: ServiceConversationMessageRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a message from the conversation */
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** Remove a message from the conversation */
    removeWithHttpInfo(params: ServiceConversationMessageRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** A Service Message Receipt resource represents a delivery/read receipt of a message in a conversation. */
    deliveryReceipts(): ServiceConversationMessageReceiptListInstance;
    toJSON(): ServiceConversationMessageFields;
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
    create(callback?: Callback<ServiceConversationMessageInstance>): Promise<ServiceConversationMessageInstance>;
    /** Add a new message to the conversation in a specific service */
    create(params: ServiceConversationMessageCreateOptions, options?: CallOptions | Callback<ServiceConversationMessageInstance>): Promise<ServiceConversationMessageInstance>;
    /** Add a new message to the conversation in a specific service */
    createWithHttpInfo(callback?: Callback<ApiResponse<ServiceConversationMessageInstance>>): Promise<ApiResponse<ServiceConversationMessageInstance>>;
    /** Add a new message to the conversation in a specific service */
    createWithHttpInfo(params: ServiceConversationMessageCreateOptions, options?: CallOptions | Callback<ApiResponse<ServiceConversationMessageInstance>>): Promise<ApiResponse<ServiceConversationMessageInstance>>;
    list(callback?: ListCallback<ServiceConversationMessageInstance[]>): Promise<ServiceConversationMessageInstance[]>;
    list(params: ServiceConversationMessageListOptions, options?: CallOptions | ListCallback<ServiceConversationMessageInstance[]>): Promise<ServiceConversationMessageInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<ServiceConversationMessageInstance[]>>): Promise<ApiResponse<ServiceConversationMessageInstance[]>>;
    listWithHttpInfo(params: ServiceConversationMessageListOptions, options?: CallOptions | ListCallback<ApiResponse<ServiceConversationMessageInstance[]>>): Promise<ApiResponse<ServiceConversationMessageInstance[]>>;
    page(callback?: ListCallback<Page<ServiceConversationMessageInstance>>): Promise<Page<ServiceConversationMessageInstance>>;
    page(params: ServiceConversationMessageListOptions, options?: CallOptions | ListCallback<Page<ServiceConversationMessageInstance>>): Promise<Page<ServiceConversationMessageInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<ServiceConversationMessageInstance>>>): Promise<ApiResponse<Page<ServiceConversationMessageInstance>>>;
    pageWithHttpInfo(params: ServiceConversationMessageListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceConversationMessageInstance>>>): Promise<ApiResponse<Page<ServiceConversationMessageInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<ServiceConversationMessageInstance>>): Promise<Page<ServiceConversationMessageInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceConversationMessageInstance>>>): Promise<ApiResponse<Page<ServiceConversationMessageInstance>>>;
    each(callback?: (item: ServiceConversationMessageInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: ServiceConversationMessageListOptions & EachOptions<ServiceConversationMessageInstance>, callback?: (item: ServiceConversationMessageInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: ServiceConversationMessageInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: ServiceConversationMessageListOptions & EachOptions<ServiceConversationMessageInstance>, callback?: (item: ServiceConversationMessageInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceConversationMessageListOptions, options?: CallOptions): AsyncGenerator<ServiceConversationMessageInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ServiceConversationMessageReceiptFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this participant. */
    accountSid: string;
    /** The SID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) the Message resource is associated with. */
    chatServiceSid: string;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for this message. */
    conversationSid: string;
    /** The SID of the message within a [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) the delivery receipt belongs to */
    messageSid: string;
    /** A 34 character string that uniquely identifies this resource. */
    sid: string;
    /** A messaging channel-specific identifier for the message delivered to participant e.g. `SMxx` for SMS, `WAxx` for Whatsapp etc. */
    channelMessageSid: string;
    /** The unique ID of the participant the delivery receipt belongs to. */
    participantSid: string;
    status: ServiceConversationMessageReceiptEnumDeliveryStatus;
    /** The message [delivery error code](https://www.twilio.com/docs/sms/api/message-resource#delivery-related-errors) for a `failed` status, */
    errorCode: number;
    /** The date that this resource was created. */
    dateCreated: Date;
    /** The date that this resource was last updated. `null` if the delivery receipt has not been updated. */
    dateUpdated: Date;
    /** An absolute API resource URL for this delivery receipt. */
    url: string;
}
export interface ServiceConversationMessageReceiptContext {
    /** Fetch the delivery and read receipts of the conversation message */
    fetch(options?: CallOptions | Callback<ServiceConversationMessageReceiptInstance>): Promise<ServiceConversationMessageReceiptInstance>;
    /** Fetch the delivery and read receipts of the conversation message */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceConversationMessageReceiptInstance>>): Promise<ApiResponse<ServiceConversationMessageReceiptInstance>>;
    toJSON(): Record<string, string>;
}
/** A Service Message Receipt resource represents a delivery/read receipt of a message in a conversation. */
export interface ServiceConversationMessageReceiptInstance extends ServiceConversationMessageReceiptFields {
    /** Fetch the delivery and read receipts of the conversation message */
    fetch(options?: CallOptions | Callback<ServiceConversationMessageReceiptInstance>): Promise<ServiceConversationMessageReceiptInstance>;
    /** Fetch the delivery and read receipts of the conversation message */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceConversationMessageReceiptInstance>>): Promise<ApiResponse<ServiceConversationMessageReceiptInstance>>;
    toJSON(): ServiceConversationMessageReceiptFields;
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
    list(callback?: ListCallback<ServiceConversationMessageReceiptInstance[]>): Promise<ServiceConversationMessageReceiptInstance[]>;
    list(params: ServiceConversationMessageReceiptListOptions, options?: CallOptions | ListCallback<ServiceConversationMessageReceiptInstance[]>): Promise<ServiceConversationMessageReceiptInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<ServiceConversationMessageReceiptInstance[]>>): Promise<ApiResponse<ServiceConversationMessageReceiptInstance[]>>;
    listWithHttpInfo(params: ServiceConversationMessageReceiptListOptions, options?: CallOptions | ListCallback<ApiResponse<ServiceConversationMessageReceiptInstance[]>>): Promise<ApiResponse<ServiceConversationMessageReceiptInstance[]>>;
    page(callback?: ListCallback<Page<ServiceConversationMessageReceiptInstance>>): Promise<Page<ServiceConversationMessageReceiptInstance>>;
    page(params: ServiceConversationMessageReceiptListOptions, options?: CallOptions | ListCallback<Page<ServiceConversationMessageReceiptInstance>>): Promise<Page<ServiceConversationMessageReceiptInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<ServiceConversationMessageReceiptInstance>>>): Promise<ApiResponse<Page<ServiceConversationMessageReceiptInstance>>>;
    pageWithHttpInfo(params: ServiceConversationMessageReceiptListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceConversationMessageReceiptInstance>>>): Promise<ApiResponse<Page<ServiceConversationMessageReceiptInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<ServiceConversationMessageReceiptInstance>>): Promise<Page<ServiceConversationMessageReceiptInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceConversationMessageReceiptInstance>>>): Promise<ApiResponse<Page<ServiceConversationMessageReceiptInstance>>>;
    each(callback?: (item: ServiceConversationMessageReceiptInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: ServiceConversationMessageReceiptListOptions & EachOptions<ServiceConversationMessageReceiptInstance>, callback?: (item: ServiceConversationMessageReceiptInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: ServiceConversationMessageReceiptInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: ServiceConversationMessageReceiptListOptions & EachOptions<ServiceConversationMessageReceiptInstance>, callback?: (item: ServiceConversationMessageReceiptInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceConversationMessageReceiptListOptions, options?: CallOptions): AsyncGenerator<ServiceConversationMessageReceiptInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ServiceConversationParticipantFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this participant. */
    accountSid: string;
    /** The SID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) the Participant resource is associated with. */
    chatServiceSid: string;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for this participant. */
    conversationSid: string;
    /** A 34 character string that uniquely identifies this resource. */
    sid: string;
    /** A unique string identifier for the conversation participant as [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource). This parameter is non-null if (and only if) the participant is using the [Conversation SDK](https://www.twilio.com/docs/conversations/sdk-overview) to communicate. Limited to 256 characters. */
    identity: string;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set `{}` will be returned. */
    attributes: string;
    /** Information about how this participant exchanges messages with the conversation. A JSON parameter consisting of type and address fields of the participant. */
    messagingBinding: TwilioObject;
    /** The SID of a conversation-level [Role](https://www.twilio.com/docs/conversations/api/role-resource) to assign to the participant. */
    roleSid: string;
    /** The date on which this resource was created. */
    dateCreated: Date;
    /** The date on which this resource was last updated. */
    dateUpdated: Date;
    /** An absolute API resource URL for this participant. */
    url: string;
    /** Index of last “read” message in the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for the Participant. */
    lastReadMessageIndex: number;
    /** Timestamp of last “read” message in the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for the Participant. */
    lastReadTimestamp: string;
}
export interface ServiceConversationParticipantContext {
    /** Fetch a participant of the conversation */
    fetch(options?: CallOptions | Callback<ServiceConversationParticipantInstance>): Promise<ServiceConversationParticipantInstance>;
    /** Fetch a participant of the conversation */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceConversationParticipantInstance>>): Promise<ApiResponse<ServiceConversationParticipantInstance>>;
    /** Update an existing participant in the conversation */
    update(callback?: Callback<ServiceConversationParticipantInstance>): Promise<ServiceConversationParticipantInstance>;
    /** Update an existing participant in the conversation */
    update(params: ServiceConversationParticipantUpdateOptions, options?: CallOptions | Callback<ServiceConversationParticipantInstance>): Promise<ServiceConversationParticipantInstance>;
    /** Update an existing participant in the conversation */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ServiceConversationParticipantInstance>>): Promise<ApiResponse<ServiceConversationParticipantInstance>>;
    /** Update an existing participant in the conversation */
    updateWithHttpInfo(params: ServiceConversationParticipantUpdateOptions, options?: CallOptions | Callback<ApiResponse<ServiceConversationParticipantInstance>>): Promise<ApiResponse<ServiceConversationParticipantInstance>>;
    /** Remove a participant from the conversation */
    remove(callback?: Callback<boolean>): Promise<boolean>;
    /** Remove a participant from the conversation */
    remove(params: ServiceConversationParticipantRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a participant from the conversation */
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** Remove a participant from the conversation */
    removeWithHttpInfo(params: ServiceConversationParticipantRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
/** A Service Participant resource represents a member of the conversation within a specific service. */
export interface ServiceConversationParticipantInstance extends ServiceConversationParticipantFields {
    /** Fetch a participant of the conversation */
    fetch(options?: CallOptions | Callback<ServiceConversationParticipantInstance>): Promise<ServiceConversationParticipantInstance>;
    /** Fetch a participant of the conversation */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceConversationParticipantInstance>>): Promise<ApiResponse<ServiceConversationParticipantInstance>>;
    /** Update an existing participant in the conversation */
    update(callback?: Callback<ServiceConversationParticipantInstance>): Promise<ServiceConversationParticipantInstance>;
    /** Update an existing participant in the conversation */
    update(params: ServiceConversationParticipantUpdateOptions, options?: CallOptions | Callback<ServiceConversationParticipantInstance>): Promise<ServiceConversationParticipantInstance>;
    /** Update an existing participant in the conversation */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ServiceConversationParticipantInstance>>): Promise<ApiResponse<ServiceConversationParticipantInstance>>;
    /** Update an existing participant in the conversation */
    updateWithHttpInfo(params: ServiceConversationParticipantUpdateOptions, options?: CallOptions | Callback<ApiResponse<ServiceConversationParticipantInstance>>): Promise<ApiResponse<ServiceConversationParticipantInstance>>;
    /** Remove a participant from the conversation */
    remove(callback?: Callback<boolean>): Promise<boolean>;
    /** Remove a participant from the conversation */
    remove(params: ServiceConversationParticipantRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a participant from the conversation */
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** Remove a participant from the conversation */
    removeWithHttpInfo(params: ServiceConversationParticipantRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): ServiceConversationParticipantFields;
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
    create(callback?: Callback<ServiceConversationParticipantInstance>): Promise<ServiceConversationParticipantInstance>;
    /** Add a new participant to the conversation in a specific service */
    create(params: ServiceConversationParticipantCreateOptions, options?: CallOptions | Callback<ServiceConversationParticipantInstance>): Promise<ServiceConversationParticipantInstance>;
    /** Add a new participant to the conversation in a specific service */
    createWithHttpInfo(callback?: Callback<ApiResponse<ServiceConversationParticipantInstance>>): Promise<ApiResponse<ServiceConversationParticipantInstance>>;
    /** Add a new participant to the conversation in a specific service */
    createWithHttpInfo(params: ServiceConversationParticipantCreateOptions, options?: CallOptions | Callback<ApiResponse<ServiceConversationParticipantInstance>>): Promise<ApiResponse<ServiceConversationParticipantInstance>>;
    list(callback?: ListCallback<ServiceConversationParticipantInstance[]>): Promise<ServiceConversationParticipantInstance[]>;
    list(params: ServiceConversationParticipantListOptions, options?: CallOptions | ListCallback<ServiceConversationParticipantInstance[]>): Promise<ServiceConversationParticipantInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<ServiceConversationParticipantInstance[]>>): Promise<ApiResponse<ServiceConversationParticipantInstance[]>>;
    listWithHttpInfo(params: ServiceConversationParticipantListOptions, options?: CallOptions | ListCallback<ApiResponse<ServiceConversationParticipantInstance[]>>): Promise<ApiResponse<ServiceConversationParticipantInstance[]>>;
    page(callback?: ListCallback<Page<ServiceConversationParticipantInstance>>): Promise<Page<ServiceConversationParticipantInstance>>;
    page(params: ServiceConversationParticipantListOptions, options?: CallOptions | ListCallback<Page<ServiceConversationParticipantInstance>>): Promise<Page<ServiceConversationParticipantInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<ServiceConversationParticipantInstance>>>): Promise<ApiResponse<Page<ServiceConversationParticipantInstance>>>;
    pageWithHttpInfo(params: ServiceConversationParticipantListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceConversationParticipantInstance>>>): Promise<ApiResponse<Page<ServiceConversationParticipantInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<ServiceConversationParticipantInstance>>): Promise<Page<ServiceConversationParticipantInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceConversationParticipantInstance>>>): Promise<ApiResponse<Page<ServiceConversationParticipantInstance>>>;
    each(callback?: (item: ServiceConversationParticipantInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: ServiceConversationParticipantListOptions & EachOptions<ServiceConversationParticipantInstance>, callback?: (item: ServiceConversationParticipantInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: ServiceConversationParticipantInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: ServiceConversationParticipantListOptions & EachOptions<ServiceConversationParticipantInstance>, callback?: (item: ServiceConversationParticipantInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceConversationParticipantListOptions, options?: CallOptions): AsyncGenerator<ServiceConversationParticipantInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ServiceConversationScopedWebhookFields {
    /** A 34 character string that uniquely identifies this resource. */
    sid: string;
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid: string;
    /** The SID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) the Participant resource is associated with. */
    chatServiceSid: string;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for this webhook. */
    conversationSid: string;
    /** The target of this webhook: `webhook`, `studio`, `trigger` */
    target: string;
    /** An absolute API resource URL for this webhook. */
    url: string;
    /** The configuration of this webhook. Is defined based on target. */
    configuration: TwilioObject;
    /** The date that this resource was created. */
    dateCreated: Date;
    /** The date that this resource was last updated. */
    dateUpdated: Date;
}
export interface ServiceConversationScopedWebhookContext {
    /** Fetch the configuration of a conversation-scoped webhook */
    fetch(options?: CallOptions | Callback<ServiceConversationScopedWebhookInstance>): Promise<ServiceConversationScopedWebhookInstance>;
    /** Fetch the configuration of a conversation-scoped webhook */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceConversationScopedWebhookInstance>>): Promise<ApiResponse<ServiceConversationScopedWebhookInstance>>;
    /** Update an existing conversation-scoped webhook */
    update(callback?: Callback<ServiceConversationScopedWebhookInstance>): Promise<ServiceConversationScopedWebhookInstance>;
    /** Update an existing conversation-scoped webhook */
    update(params: ServiceConversationScopedWebhookUpdateOptions, options?: CallOptions | Callback<ServiceConversationScopedWebhookInstance>): Promise<ServiceConversationScopedWebhookInstance>;
    /** Update an existing conversation-scoped webhook */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ServiceConversationScopedWebhookInstance>>): Promise<ApiResponse<ServiceConversationScopedWebhookInstance>>;
    /** Update an existing conversation-scoped webhook */
    updateWithHttpInfo(params: ServiceConversationScopedWebhookUpdateOptions, options?: CallOptions | Callback<ApiResponse<ServiceConversationScopedWebhookInstance>>): Promise<ApiResponse<ServiceConversationScopedWebhookInstance>>;
    /** Remove an existing webhook scoped to the conversation */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove an existing webhook scoped to the conversation */
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
/** A Conversation-scoped Webhook resource manages a set of callback URLs and their configuration for receiving events specific to one conversation. */
export interface ServiceConversationScopedWebhookInstance extends ServiceConversationScopedWebhookFields {
    /** Fetch the configuration of a conversation-scoped webhook */
    fetch(options?: CallOptions | Callback<ServiceConversationScopedWebhookInstance>): Promise<ServiceConversationScopedWebhookInstance>;
    /** Fetch the configuration of a conversation-scoped webhook */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceConversationScopedWebhookInstance>>): Promise<ApiResponse<ServiceConversationScopedWebhookInstance>>;
    /** Update an existing conversation-scoped webhook */
    update(callback?: Callback<ServiceConversationScopedWebhookInstance>): Promise<ServiceConversationScopedWebhookInstance>;
    /** Update an existing conversation-scoped webhook */
    update(params: ServiceConversationScopedWebhookUpdateOptions, options?: CallOptions | Callback<ServiceConversationScopedWebhookInstance>): Promise<ServiceConversationScopedWebhookInstance>;
    /** Update an existing conversation-scoped webhook */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ServiceConversationScopedWebhookInstance>>): Promise<ApiResponse<ServiceConversationScopedWebhookInstance>>;
    /** Update an existing conversation-scoped webhook */
    updateWithHttpInfo(params: ServiceConversationScopedWebhookUpdateOptions, options?: CallOptions | Callback<ApiResponse<ServiceConversationScopedWebhookInstance>>): Promise<ApiResponse<ServiceConversationScopedWebhookInstance>>;
    /** Remove an existing webhook scoped to the conversation */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove an existing webhook scoped to the conversation */
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): ServiceConversationScopedWebhookFields;
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
    /** Create a new webhook scoped to the conversation in a specific service */
    createWithHttpInfo(params: ServiceConversationScopedWebhookCreateOptions, options?: CallOptions | Callback<ApiResponse<ServiceConversationScopedWebhookInstance>>): Promise<ApiResponse<ServiceConversationScopedWebhookInstance>>;
    list(callback?: ListCallback<ServiceConversationScopedWebhookInstance[]>): Promise<ServiceConversationScopedWebhookInstance[]>;
    list(params: ServiceConversationScopedWebhookListOptions, options?: CallOptions | ListCallback<ServiceConversationScopedWebhookInstance[]>): Promise<ServiceConversationScopedWebhookInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<ServiceConversationScopedWebhookInstance[]>>): Promise<ApiResponse<ServiceConversationScopedWebhookInstance[]>>;
    listWithHttpInfo(params: ServiceConversationScopedWebhookListOptions, options?: CallOptions | ListCallback<ApiResponse<ServiceConversationScopedWebhookInstance[]>>): Promise<ApiResponse<ServiceConversationScopedWebhookInstance[]>>;
    page(callback?: ListCallback<Page<ServiceConversationScopedWebhookInstance>>): Promise<Page<ServiceConversationScopedWebhookInstance>>;
    page(params: ServiceConversationScopedWebhookListOptions, options?: CallOptions | ListCallback<Page<ServiceConversationScopedWebhookInstance>>): Promise<Page<ServiceConversationScopedWebhookInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<ServiceConversationScopedWebhookInstance>>>): Promise<ApiResponse<Page<ServiceConversationScopedWebhookInstance>>>;
    pageWithHttpInfo(params: ServiceConversationScopedWebhookListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceConversationScopedWebhookInstance>>>): Promise<ApiResponse<Page<ServiceConversationScopedWebhookInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<ServiceConversationScopedWebhookInstance>>): Promise<Page<ServiceConversationScopedWebhookInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceConversationScopedWebhookInstance>>>): Promise<ApiResponse<Page<ServiceConversationScopedWebhookInstance>>>;
    each(callback?: (item: ServiceConversationScopedWebhookInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: ServiceConversationScopedWebhookListOptions & EachOptions<ServiceConversationScopedWebhookInstance>, callback?: (item: ServiceConversationScopedWebhookInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: ServiceConversationScopedWebhookInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: ServiceConversationScopedWebhookListOptions & EachOptions<ServiceConversationScopedWebhookInstance>, callback?: (item: ServiceConversationScopedWebhookInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceConversationScopedWebhookListOptions, options?: CallOptions): AsyncGenerator<ServiceConversationScopedWebhookInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ServiceParticipantConversationFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid: string;
    /** The unique ID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) this conversation belongs to. */
    chatServiceSid: string;
    /** The unique ID of the [Participant](https://www.twilio.com/docs/conversations/api/conversation-participant-resource). */
    participantSid: string;
    /** The unique string that identifies the conversation participant as [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource). */
    participantUserSid: string;
    /** A unique string identifier for the conversation participant as [Conversation User](https://www.twilio.com/docs/conversations/api/user-resource). This parameter is non-null if (and only if) the participant is using the Conversations SDK to communicate. Limited to 256 characters. */
    participantIdentity: string;
    /** Information about how this participant exchanges messages with the conversation. A JSON parameter consisting of type and address fields of the participant. */
    participantMessagingBinding: TwilioObject;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) this Participant belongs to. */
    conversationSid: string;
    /** An application-defined string that uniquely identifies the Conversation resource. */
    conversationUniqueName: string;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    conversationFriendlyName: string;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    conversationAttributes: string;
    /** The date that this conversation was created, given in ISO 8601 format. */
    conversationDateCreated: Date;
    /** The date that this conversation was last updated, given in ISO 8601 format. */
    conversationDateUpdated: Date;
    /** Identity of the creator of this Conversation. */
    conversationCreatedBy: string;
    conversationState: ServiceParticipantConversationEnumState;
    /** Timer date values representing state update for this conversation. */
    conversationTimers: TwilioObject;
    /** Contains absolute URLs to access the [participant](https://www.twilio.com/docs/conversations/api/conversation-participant-resource) and [conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) of this conversation. */
    links: Record<string, string>;
}
/** Service Participant Conversations resource represents a list of Conversations that this Participant belongs to belonging to a specific conversation service. */
export interface ServiceParticipantConversationInstance extends ServiceParticipantConversationFields {
    toJSON(): ServiceParticipantConversationFields;
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
    list(callback?: ListCallback<ServiceParticipantConversationInstance[]>): Promise<ServiceParticipantConversationInstance[]>;
    list(params: ServiceParticipantConversationListOptions, options?: CallOptions | ListCallback<ServiceParticipantConversationInstance[]>): Promise<ServiceParticipantConversationInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<ServiceParticipantConversationInstance[]>>): Promise<ApiResponse<ServiceParticipantConversationInstance[]>>;
    listWithHttpInfo(params: ServiceParticipantConversationListOptions, options?: CallOptions | ListCallback<ApiResponse<ServiceParticipantConversationInstance[]>>): Promise<ApiResponse<ServiceParticipantConversationInstance[]>>;
    page(callback?: ListCallback<Page<ServiceParticipantConversationInstance>>): Promise<Page<ServiceParticipantConversationInstance>>;
    page(params: ServiceParticipantConversationListOptions, options?: CallOptions | ListCallback<Page<ServiceParticipantConversationInstance>>): Promise<Page<ServiceParticipantConversationInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<ServiceParticipantConversationInstance>>>): Promise<ApiResponse<Page<ServiceParticipantConversationInstance>>>;
    pageWithHttpInfo(params: ServiceParticipantConversationListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceParticipantConversationInstance>>>): Promise<ApiResponse<Page<ServiceParticipantConversationInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<ServiceParticipantConversationInstance>>): Promise<Page<ServiceParticipantConversationInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceParticipantConversationInstance>>>): Promise<ApiResponse<Page<ServiceParticipantConversationInstance>>>;
    each(callback?: (item: ServiceParticipantConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: ServiceParticipantConversationListOptions & EachOptions<ServiceParticipantConversationInstance>, callback?: (item: ServiceParticipantConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: ServiceParticipantConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: ServiceParticipantConversationListOptions & EachOptions<ServiceParticipantConversationInstance>, callback?: (item: ServiceParticipantConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceParticipantConversationListOptions, options?: CallOptions): AsyncGenerator<ServiceParticipantConversationInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ServiceRoleFields {
    /** The unique string that we created to identify the Role resource. */
    sid: string;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Role resource. */
    accountSid: string;
    /** The SID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) the Role resource is associated with. */
    chatServiceSid: string;
    /** The string that you assigned to describe the resource. */
    friendlyName: string;
    type: ServiceRoleEnumRoleType;
    /** An array of the permissions the role has been granted. */
    permissions: Array<string>;
    /** The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated: Date;
    /** The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateUpdated: Date;
    /** An absolute API resource URL for this user role. */
    url: string;
}
export interface ServiceRoleContext {
    /** Fetch a user role from your service */
    fetch(options?: CallOptions | Callback<ServiceRoleInstance>): Promise<ServiceRoleInstance>;
    /** Fetch a user role from your service */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceRoleInstance>>): Promise<ApiResponse<ServiceRoleInstance>>;
    /** Update an existing user role in your service */
    update(params: ServiceRoleUpdateOptions, options?: CallOptions | Callback<ServiceRoleInstance>): Promise<ServiceRoleInstance>;
    /** Update an existing user role in your service */
    updateWithHttpInfo(params: ServiceRoleUpdateOptions, options?: CallOptions | Callback<ApiResponse<ServiceRoleInstance>>): Promise<ApiResponse<ServiceRoleInstance>>;
    /** Remove a user role from your service */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a user role from your service */
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
/** A Service Role resource represents a set of permissions granted to a user within a service or a conversation. */
export interface ServiceRoleInstance extends ServiceRoleFields {
    /** Fetch a user role from your service */
    fetch(options?: CallOptions | Callback<ServiceRoleInstance>): Promise<ServiceRoleInstance>;
    /** Fetch a user role from your service */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceRoleInstance>>): Promise<ApiResponse<ServiceRoleInstance>>;
    /** Update an existing user role in your service */
    update(params: ServiceRoleUpdateOptions, options?: CallOptions | Callback<ServiceRoleInstance>): Promise<ServiceRoleInstance>;
    /** Update an existing user role in your service */
    updateWithHttpInfo(params: ServiceRoleUpdateOptions, options?: CallOptions | Callback<ApiResponse<ServiceRoleInstance>>): Promise<ApiResponse<ServiceRoleInstance>>;
    /** Remove a user role from your service */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a user role from your service */
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): ServiceRoleFields;
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
    /** Create a new user role in your service */
    createWithHttpInfo(params: ServiceRoleCreateOptions, options?: CallOptions | Callback<ApiResponse<ServiceRoleInstance>>): Promise<ApiResponse<ServiceRoleInstance>>;
    list(callback?: ListCallback<ServiceRoleInstance[]>): Promise<ServiceRoleInstance[]>;
    list(params: ServiceRoleListOptions, options?: CallOptions | ListCallback<ServiceRoleInstance[]>): Promise<ServiceRoleInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<ServiceRoleInstance[]>>): Promise<ApiResponse<ServiceRoleInstance[]>>;
    listWithHttpInfo(params: ServiceRoleListOptions, options?: CallOptions | ListCallback<ApiResponse<ServiceRoleInstance[]>>): Promise<ApiResponse<ServiceRoleInstance[]>>;
    page(callback?: ListCallback<Page<ServiceRoleInstance>>): Promise<Page<ServiceRoleInstance>>;
    page(params: ServiceRoleListOptions, options?: CallOptions | ListCallback<Page<ServiceRoleInstance>>): Promise<Page<ServiceRoleInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<ServiceRoleInstance>>>): Promise<ApiResponse<Page<ServiceRoleInstance>>>;
    pageWithHttpInfo(params: ServiceRoleListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceRoleInstance>>>): Promise<ApiResponse<Page<ServiceRoleInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<ServiceRoleInstance>>): Promise<Page<ServiceRoleInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceRoleInstance>>>): Promise<ApiResponse<Page<ServiceRoleInstance>>>;
    each(callback?: (item: ServiceRoleInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: ServiceRoleListOptions & EachOptions<ServiceRoleInstance>, callback?: (item: ServiceRoleInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: ServiceRoleInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: ServiceRoleListOptions & EachOptions<ServiceRoleInstance>, callback?: (item: ServiceRoleInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceRoleListOptions, options?: CallOptions): AsyncGenerator<ServiceRoleInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ServiceUserFields {
    /** The unique string that we created to identify the User resource. */
    sid: string;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the User resource. */
    accountSid: string;
    /** The SID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) the User resource is associated with. */
    chatServiceSid: string;
    /** The SID of a service-level [Role](https://www.twilio.com/docs/conversations/api/role-resource) assigned to the user. */
    roleSid: string;
    /** The application-defined string that uniquely identifies the resource's User within the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource). This value is often a username or an email address, and is case-sensitive. */
    identity: string;
    /** The string that you assigned to describe the resource. */
    friendlyName: string;
    /** The JSON Object string that stores application-specific data. If attributes have not been set, `{}` is returned. */
    attributes: string;
    /** Whether the User is actively connected to this Conversations Service and online. This value is only returned by Fetch actions that return a single resource and `null` is always returned by a Read action. This value is `null` if the Service's `reachability_enabled` is `false`, if the User has never been online for this Conversations Service, even if the Service's `reachability_enabled` is `true`. */
    isOnline: boolean;
    /** Whether the User has a potentially valid Push Notification registration (APN or GCM) for this Conversations Service. If at least one registration exists, `true`; otherwise `false`. This value is only returned by Fetch actions that return a single resource and `null` is always returned by a Read action. This value is `null` if the Service's `reachability_enabled` is `false`, and if the User has never had a notification registration, even if the Service's `reachability_enabled` is `true`. */
    isNotifiable: boolean;
    /** The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated: Date;
    /** The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateUpdated: Date;
    /** An absolute API resource URL for this user. */
    url: string;
    links: Record<string, string>;
}
export interface ServiceUserContext {
    /** A Service User Conversation resource represents a conversation of the user belonging to a specific conversation service. */
    readonly userConversations: ServiceUserConversationListInstance;
    /** Fetch a conversation user from your service */
    fetch(options?: CallOptions | Callback<ServiceUserInstance>): Promise<ServiceUserInstance>;
    /** Fetch a conversation user from your service */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceUserInstance>>): Promise<ApiResponse<ServiceUserInstance>>;
    /** Update an existing conversation user in your service */
    update(callback?: Callback<ServiceUserInstance>): Promise<ServiceUserInstance>;
    /** Update an existing conversation user in your service */
    update(params: ServiceUserUpdateOptions, options?: CallOptions | Callback<ServiceUserInstance>): Promise<ServiceUserInstance>;
    /** Update an existing conversation user in your service */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ServiceUserInstance>>): Promise<ApiResponse<ServiceUserInstance>>;
    /** Update an existing conversation user in your service */
    updateWithHttpInfo(params: ServiceUserUpdateOptions, options?: CallOptions | Callback<ApiResponse<ServiceUserInstance>>): Promise<ApiResponse<ServiceUserInstance>>;
    /** Remove a conversation user from your service */
    remove(callback?: Callback<boolean>): Promise<boolean>;
    /** Remove a conversation user from your service */
    remove(params: ServiceUserRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a conversation user from your service */
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** Remove a conversation user from your service */
    removeWithHttpInfo(params: ServiceUserRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
/** A Service User resource represents a conversation user belonging to a specific conversation service. */
export interface ServiceUserInstance extends ServiceUserFields {
    /** Fetch a conversation user from your service */
    fetch(options?: CallOptions | Callback<ServiceUserInstance>): Promise<ServiceUserInstance>;
    /** Fetch a conversation user from your service */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceUserInstance>>): Promise<ApiResponse<ServiceUserInstance>>;
    /** Update an existing conversation user in your service */
    update(callback?: Callback<ServiceUserInstance>): Promise<ServiceUserInstance>;
    /** Update an existing conversation user in your service */
    update(params: ServiceUserUpdateOptions, options?: CallOptions | Callback<ServiceUserInstance>): Promise<ServiceUserInstance>;
    /** Update an existing conversation user in your service */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ServiceUserInstance>>): Promise<ApiResponse<ServiceUserInstance>>;
    /** Update an existing conversation user in your service */
    updateWithHttpInfo(params: ServiceUserUpdateOptions, options?: CallOptions | Callback<ApiResponse<ServiceUserInstance>>): Promise<ApiResponse<ServiceUserInstance>>;
    /** Remove a conversation user from your service */
    remove(callback?: Callback<boolean>): Promise<boolean>;
    /** Remove a conversation user from your service */
    remove(params: ServiceUserRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a conversation user from your service */
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** Remove a conversation user from your service */
    removeWithHttpInfo(params: ServiceUserRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** A Service User Conversation resource represents a conversation of the user belonging to a specific conversation service. */
    userConversations(): ServiceUserConversationListInstance;
    toJSON(): ServiceUserFields;
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
    /** Add a new conversation user to your service */
    createWithHttpInfo(params: ServiceUserCreateOptions, options?: CallOptions | Callback<ApiResponse<ServiceUserInstance>>): Promise<ApiResponse<ServiceUserInstance>>;
    list(callback?: ListCallback<ServiceUserInstance[]>): Promise<ServiceUserInstance[]>;
    list(params: ServiceUserListOptions, options?: CallOptions | ListCallback<ServiceUserInstance[]>): Promise<ServiceUserInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<ServiceUserInstance[]>>): Promise<ApiResponse<ServiceUserInstance[]>>;
    listWithHttpInfo(params: ServiceUserListOptions, options?: CallOptions | ListCallback<ApiResponse<ServiceUserInstance[]>>): Promise<ApiResponse<ServiceUserInstance[]>>;
    page(callback?: ListCallback<Page<ServiceUserInstance>>): Promise<Page<ServiceUserInstance>>;
    page(params: ServiceUserListOptions, options?: CallOptions | ListCallback<Page<ServiceUserInstance>>): Promise<Page<ServiceUserInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<ServiceUserInstance>>>): Promise<ApiResponse<Page<ServiceUserInstance>>>;
    pageWithHttpInfo(params: ServiceUserListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceUserInstance>>>): Promise<ApiResponse<Page<ServiceUserInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<ServiceUserInstance>>): Promise<Page<ServiceUserInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceUserInstance>>>): Promise<ApiResponse<Page<ServiceUserInstance>>>;
    each(callback?: (item: ServiceUserInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: ServiceUserListOptions & EachOptions<ServiceUserInstance>, callback?: (item: ServiceUserInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: ServiceUserInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: ServiceUserListOptions & EachOptions<ServiceUserInstance>, callback?: (item: ServiceUserInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceUserListOptions, options?: CallOptions): AsyncGenerator<ServiceUserInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface ServiceUserConversationFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid: string;
    /** The unique ID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) this conversation belongs to. */
    chatServiceSid: string;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for this User Conversation. */
    conversationSid: string;
    /** The number of unread Messages in the Conversation for the Participant. */
    unreadMessagesCount: number;
    /** The index of the last Message in the Conversation that the Participant has read. */
    lastReadMessageIndex: number;
    /** The unique ID of the [participant](https://www.twilio.com/docs/conversations/api/conversation-participant-resource) the user conversation belongs to. */
    participantSid: string;
    /** The unique string that identifies the [User resource](https://www.twilio.com/docs/conversations/api/user-resource). */
    userSid: string;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    friendlyName: string;
    conversationState: ServiceUserConversationEnumState;
    /** Timer date values representing state update for this conversation. */
    timers: TwilioObject;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes: string;
    /** The date that this conversation was created, given in ISO 8601 format. */
    dateCreated: Date;
    /** The date that this conversation was last updated, given in ISO 8601 format. */
    dateUpdated: Date;
    /** Identity of the creator of this Conversation. */
    createdBy: string;
    notificationLevel: ServiceUserConversationEnumNotificationLevel;
    /** An application-defined string that uniquely identifies the Conversation resource. It can be used to address the resource in place of the resource's `conversation_sid` in the URL. */
    uniqueName: string;
    url: string;
    /** Contains absolute URLs to access the [participant](https://www.twilio.com/docs/conversations/api/conversation-participant-resource) and [conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) of this conversation. */
    links: Record<string, string>;
}
export interface ServiceUserConversationContext {
    /** Fetch a specific User Conversation. */
    fetch(options?: CallOptions | Callback<ServiceUserConversationInstance>): Promise<ServiceUserConversationInstance>;
    /** Fetch a specific User Conversation. */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceUserConversationInstance>>): Promise<ApiResponse<ServiceUserConversationInstance>>;
    /** Update a specific User Conversation. */
    update(callback?: Callback<ServiceUserConversationInstance>): Promise<ServiceUserConversationInstance>;
    /** Update a specific User Conversation. */
    update(params: ServiceUserConversationUpdateOptions, options?: CallOptions | Callback<ServiceUserConversationInstance>): Promise<ServiceUserConversationInstance>;
    /** Update a specific User Conversation. */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ServiceUserConversationInstance>>): Promise<ApiResponse<ServiceUserConversationInstance>>;
    /** Update a specific User Conversation. */
    updateWithHttpInfo(params: ServiceUserConversationUpdateOptions, options?: CallOptions | Callback<ApiResponse<ServiceUserConversationInstance>>): Promise<ApiResponse<ServiceUserConversationInstance>>;
    /** Delete a specific User Conversation. */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Delete a specific User Conversation. */
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
/** A Service User Conversation resource represents a conversation of the user belonging to a specific conversation service. */
export interface ServiceUserConversationInstance extends ServiceUserConversationFields {
    /** Fetch a specific User Conversation. */
    fetch(options?: CallOptions | Callback<ServiceUserConversationInstance>): Promise<ServiceUserConversationInstance>;
    /** Fetch a specific User Conversation. */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<ServiceUserConversationInstance>>): Promise<ApiResponse<ServiceUserConversationInstance>>;
    /** Update a specific User Conversation. */
    update(callback?: Callback<ServiceUserConversationInstance>): Promise<ServiceUserConversationInstance>;
    /** Update a specific User Conversation. */
    update(params: ServiceUserConversationUpdateOptions, options?: CallOptions | Callback<ServiceUserConversationInstance>): Promise<ServiceUserConversationInstance>;
    /** Update a specific User Conversation. */
    updateWithHttpInfo(callback?: Callback<ApiResponse<ServiceUserConversationInstance>>): Promise<ApiResponse<ServiceUserConversationInstance>>;
    /** Update a specific User Conversation. */
    updateWithHttpInfo(params: ServiceUserConversationUpdateOptions, options?: CallOptions | Callback<ApiResponse<ServiceUserConversationInstance>>): Promise<ApiResponse<ServiceUserConversationInstance>>;
    /** Delete a specific User Conversation. */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Delete a specific User Conversation. */
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): ServiceUserConversationFields;
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
    list(callback?: ListCallback<ServiceUserConversationInstance[]>): Promise<ServiceUserConversationInstance[]>;
    list(params: ServiceUserConversationListOptions, options?: CallOptions | ListCallback<ServiceUserConversationInstance[]>): Promise<ServiceUserConversationInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<ServiceUserConversationInstance[]>>): Promise<ApiResponse<ServiceUserConversationInstance[]>>;
    listWithHttpInfo(params: ServiceUserConversationListOptions, options?: CallOptions | ListCallback<ApiResponse<ServiceUserConversationInstance[]>>): Promise<ApiResponse<ServiceUserConversationInstance[]>>;
    page(callback?: ListCallback<Page<ServiceUserConversationInstance>>): Promise<Page<ServiceUserConversationInstance>>;
    page(params: ServiceUserConversationListOptions, options?: CallOptions | ListCallback<Page<ServiceUserConversationInstance>>): Promise<Page<ServiceUserConversationInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<ServiceUserConversationInstance>>>): Promise<ApiResponse<Page<ServiceUserConversationInstance>>>;
    pageWithHttpInfo(params: ServiceUserConversationListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceUserConversationInstance>>>): Promise<ApiResponse<Page<ServiceUserConversationInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<ServiceUserConversationInstance>>): Promise<Page<ServiceUserConversationInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<ServiceUserConversationInstance>>>): Promise<ApiResponse<Page<ServiceUserConversationInstance>>>;
    each(callback?: (item: ServiceUserConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: ServiceUserConversationListOptions & EachOptions<ServiceUserConversationInstance>, callback?: (item: ServiceUserConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: ServiceUserConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: ServiceUserConversationListOptions & EachOptions<ServiceUserConversationInstance>, callback?: (item: ServiceUserConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: ServiceUserConversationListOptions, options?: CallOptions): AsyncGenerator<ServiceUserConversationInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface UserFields {
    /** The unique string that we created to identify the User resource. */
    sid: string;
    /** The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the User resource. */
    accountSid: string;
    /** The SID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) the User resource is associated with. */
    chatServiceSid: string;
    /** The SID of a service-level [Role](https://www.twilio.com/docs/conversations/api/role-resource) assigned to the user. */
    roleSid: string;
    /** The application-defined string that uniquely identifies the resource's User within the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource). This value is often a username or an email address, and is case-sensitive. */
    identity: string;
    /** The string that you assigned to describe the resource. */
    friendlyName: string;
    /** The JSON Object string that stores application-specific data. If attributes have not been set, `{}` is returned. */
    attributes: string;
    /** Whether the User is actively connected to this Conversations Service and online. This value is only returned by Fetch actions that return a single resource and `null` is always returned by a Read action. This value is `null` if the Service's `reachability_enabled` is `false`, if the User has never been online for this Conversations Service, even if the Service's `reachability_enabled` is `true`. */
    isOnline: boolean;
    /** Whether the User has a potentially valid Push Notification registration (APN or GCM) for this Conversations Service. If at least one registration exists, `true`; otherwise `false`. This value is only returned by Fetch actions that return a single resource and `null` is always returned by a Read action. This value is `null` if the Service's `reachability_enabled` is `false`, and if the User has never had a notification registration, even if the Service's `reachability_enabled` is `true`. */
    isNotifiable: boolean;
    /** The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateCreated: Date;
    /** The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. */
    dateUpdated: Date;
    /** An absolute API resource URL for this user. */
    url: string;
    links: Record<string, string>;
}
export interface UserContext {
    /** A User Conversation resource represents a conversation of the user belonging to a default conversation service. */
    readonly userConversations: UserConversationListInstance;
    /** Fetch a conversation user from your account's default service */
    fetch(options?: CallOptions | Callback<UserInstance>): Promise<UserInstance>;
    /** Fetch a conversation user from your account's default service */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<UserInstance>>): Promise<ApiResponse<UserInstance>>;
    /** Update an existing conversation user in your account's default service */
    update(callback?: Callback<UserInstance>): Promise<UserInstance>;
    /** Update an existing conversation user in your account's default service */
    update(params: UserUpdateOptions, options?: CallOptions | Callback<UserInstance>): Promise<UserInstance>;
    /** Update an existing conversation user in your account's default service */
    updateWithHttpInfo(callback?: Callback<ApiResponse<UserInstance>>): Promise<ApiResponse<UserInstance>>;
    /** Update an existing conversation user in your account's default service */
    updateWithHttpInfo(params: UserUpdateOptions, options?: CallOptions | Callback<ApiResponse<UserInstance>>): Promise<ApiResponse<UserInstance>>;
    /** Remove a conversation user from your account's default service */
    remove(callback?: Callback<boolean>): Promise<boolean>;
    /** Remove a conversation user from your account's default service */
    remove(params: UserRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a conversation user from your account's default service */
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** Remove a conversation user from your account's default service */
    removeWithHttpInfo(params: UserRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
/** A User resource represents a conversation user belonging to a default conversation service. */
export interface UserInstance extends UserFields {
    /** Fetch a conversation user from your account's default service */
    fetch(options?: CallOptions | Callback<UserInstance>): Promise<UserInstance>;
    /** Fetch a conversation user from your account's default service */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<UserInstance>>): Promise<ApiResponse<UserInstance>>;
    /** Update an existing conversation user in your account's default service */
    update(callback?: Callback<UserInstance>): Promise<UserInstance>;
    /** Update an existing conversation user in your account's default service */
    update(params: UserUpdateOptions, options?: CallOptions | Callback<UserInstance>): Promise<UserInstance>;
    /** Update an existing conversation user in your account's default service */
    updateWithHttpInfo(callback?: Callback<ApiResponse<UserInstance>>): Promise<ApiResponse<UserInstance>>;
    /** Update an existing conversation user in your account's default service */
    updateWithHttpInfo(params: UserUpdateOptions, options?: CallOptions | Callback<ApiResponse<UserInstance>>): Promise<ApiResponse<UserInstance>>;
    /** Remove a conversation user from your account's default service */
    remove(callback?: Callback<boolean>): Promise<boolean>;
    /** Remove a conversation user from your account's default service */
    remove(params: UserRemoveOptions, options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Remove a conversation user from your account's default service */
    removeWithHttpInfo(callback?: Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** Remove a conversation user from your account's default service */
    removeWithHttpInfo(params: UserRemoveOptions, options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    /** A User Conversation resource represents a conversation of the user belonging to a default conversation service. */
    userConversations(): UserConversationListInstance;
    toJSON(): UserFields;
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
    /** Add a new conversation user to your account's default service */
    createWithHttpInfo(params: UserCreateOptions, options?: CallOptions | Callback<ApiResponse<UserInstance>>): Promise<ApiResponse<UserInstance>>;
    list(callback?: ListCallback<UserInstance[]>): Promise<UserInstance[]>;
    list(params: UserListOptions, options?: CallOptions | ListCallback<UserInstance[]>): Promise<UserInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<UserInstance[]>>): Promise<ApiResponse<UserInstance[]>>;
    listWithHttpInfo(params: UserListOptions, options?: CallOptions | ListCallback<ApiResponse<UserInstance[]>>): Promise<ApiResponse<UserInstance[]>>;
    page(callback?: ListCallback<Page<UserInstance>>): Promise<Page<UserInstance>>;
    page(params: UserListOptions, options?: CallOptions | ListCallback<Page<UserInstance>>): Promise<Page<UserInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<UserInstance>>>): Promise<ApiResponse<Page<UserInstance>>>;
    pageWithHttpInfo(params: UserListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<UserInstance>>>): Promise<ApiResponse<Page<UserInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<UserInstance>>): Promise<Page<UserInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<UserInstance>>>): Promise<ApiResponse<Page<UserInstance>>>;
    each(callback?: (item: UserInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: UserListOptions & EachOptions<UserInstance>, callback?: (item: UserInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: UserInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: UserListOptions & EachOptions<UserInstance>, callback?: (item: UserInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: UserListOptions, options?: CallOptions): AsyncGenerator<UserInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** The fields as twilio-node types them: present and non-null in the type, though the API may send null. */
export interface UserConversationFields {
    /** The unique ID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for this conversation. */
    accountSid: string;
    /** The unique ID of the [Conversation Service](https://www.twilio.com/docs/conversations/api/service-resource) this conversation belongs to. */
    chatServiceSid: string;
    /** The unique ID of the [Conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) for this User Conversation. */
    conversationSid: string;
    /** The number of unread Messages in the Conversation for the Participant. */
    unreadMessagesCount: number;
    /** The index of the last Message in the Conversation that the Participant has read. */
    lastReadMessageIndex: number;
    /** The unique ID of the [participant](https://www.twilio.com/docs/conversations/api/conversation-participant-resource) the user conversation belongs to. */
    participantSid: string;
    /** The unique string that identifies the [User resource](https://www.twilio.com/docs/conversations/api/user-resource). */
    userSid: string;
    /** The human-readable name of this conversation, limited to 256 characters. Optional. */
    friendlyName: string;
    conversationState: UserConversationEnumState;
    /** Timer date values representing state update for this conversation. */
    timers: TwilioObject;
    /** An optional string metadata field you can use to store any data you wish. The string value must contain structurally valid JSON if specified.  **Note** that if the attributes are not set "{}" will be returned. */
    attributes: string;
    /** The date that this conversation was created, given in ISO 8601 format. */
    dateCreated: Date;
    /** The date that this conversation was last updated, given in ISO 8601 format. */
    dateUpdated: Date;
    /** Identity of the creator of this Conversation. */
    createdBy: string;
    notificationLevel: UserConversationEnumNotificationLevel;
    /** An application-defined string that uniquely identifies the Conversation resource. It can be used to address the resource in place of the resource's `conversation_sid` in the URL. */
    uniqueName: string;
    url: string;
    /** Contains absolute URLs to access the [participant](https://www.twilio.com/docs/conversations/api/conversation-participant-resource) and [conversation](https://www.twilio.com/docs/conversations/api/conversation-resource) of this conversation. */
    links: Record<string, string>;
}
export interface UserConversationContext {
    /** Fetch a specific User Conversation. */
    fetch(options?: CallOptions | Callback<UserConversationInstance>): Promise<UserConversationInstance>;
    /** Fetch a specific User Conversation. */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<UserConversationInstance>>): Promise<ApiResponse<UserConversationInstance>>;
    /** Update a specific User Conversation. */
    update(callback?: Callback<UserConversationInstance>): Promise<UserConversationInstance>;
    /** Update a specific User Conversation. */
    update(params: UserConversationUpdateOptions, options?: CallOptions | Callback<UserConversationInstance>): Promise<UserConversationInstance>;
    /** Update a specific User Conversation. */
    updateWithHttpInfo(callback?: Callback<ApiResponse<UserConversationInstance>>): Promise<ApiResponse<UserConversationInstance>>;
    /** Update a specific User Conversation. */
    updateWithHttpInfo(params: UserConversationUpdateOptions, options?: CallOptions | Callback<ApiResponse<UserConversationInstance>>): Promise<ApiResponse<UserConversationInstance>>;
    /** Delete a specific User Conversation. */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Delete a specific User Conversation. */
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): Record<string, string>;
}
/** A User Conversation resource represents a conversation of the user belonging to a default conversation service. */
export interface UserConversationInstance extends UserConversationFields {
    /** Fetch a specific User Conversation. */
    fetch(options?: CallOptions | Callback<UserConversationInstance>): Promise<UserConversationInstance>;
    /** Fetch a specific User Conversation. */
    fetchWithHttpInfo(options?: CallOptions | Callback<ApiResponse<UserConversationInstance>>): Promise<ApiResponse<UserConversationInstance>>;
    /** Update a specific User Conversation. */
    update(callback?: Callback<UserConversationInstance>): Promise<UserConversationInstance>;
    /** Update a specific User Conversation. */
    update(params: UserConversationUpdateOptions, options?: CallOptions | Callback<UserConversationInstance>): Promise<UserConversationInstance>;
    /** Update a specific User Conversation. */
    updateWithHttpInfo(callback?: Callback<ApiResponse<UserConversationInstance>>): Promise<ApiResponse<UserConversationInstance>>;
    /** Update a specific User Conversation. */
    updateWithHttpInfo(params: UserConversationUpdateOptions, options?: CallOptions | Callback<ApiResponse<UserConversationInstance>>): Promise<ApiResponse<UserConversationInstance>>;
    /** Delete a specific User Conversation. */
    remove(options?: CallOptions | Callback<boolean>): Promise<boolean>;
    /** Delete a specific User Conversation. */
    removeWithHttpInfo(options?: CallOptions | Callback<ApiResponse<boolean>>): Promise<ApiResponse<boolean>>;
    toJSON(): UserConversationFields;
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
    list(callback?: ListCallback<UserConversationInstance[]>): Promise<UserConversationInstance[]>;
    list(params: UserConversationListOptions, options?: CallOptions | ListCallback<UserConversationInstance[]>): Promise<UserConversationInstance[]>;
    listWithHttpInfo(callback?: ListCallback<ApiResponse<UserConversationInstance[]>>): Promise<ApiResponse<UserConversationInstance[]>>;
    listWithHttpInfo(params: UserConversationListOptions, options?: CallOptions | ListCallback<ApiResponse<UserConversationInstance[]>>): Promise<ApiResponse<UserConversationInstance[]>>;
    page(callback?: ListCallback<Page<UserConversationInstance>>): Promise<Page<UserConversationInstance>>;
    page(params: UserConversationListOptions, options?: CallOptions | ListCallback<Page<UserConversationInstance>>): Promise<Page<UserConversationInstance>>;
    pageWithHttpInfo(callback?: ListCallback<ApiResponse<Page<UserConversationInstance>>>): Promise<ApiResponse<Page<UserConversationInstance>>>;
    pageWithHttpInfo(params: UserConversationListOptions, options?: CallOptions | ListCallback<ApiResponse<Page<UserConversationInstance>>>): Promise<ApiResponse<Page<UserConversationInstance>>>;
    getPage(url: string, options?: CallOptions | ListCallback<Page<UserConversationInstance>>): Promise<Page<UserConversationInstance>>;
    getPageWithHttpInfo(url: string, options?: CallOptions | ListCallback<ApiResponse<Page<UserConversationInstance>>>): Promise<ApiResponse<Page<UserConversationInstance>>>;
    each(callback?: (item: UserConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    each(params: UserConversationListOptions & EachOptions<UserConversationInstance>, callback?: (item: UserConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    eachWithHttpInfo(callback?: (item: UserConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Calls back with each item across pages; `done()` stops early. */
    eachWithHttpInfo(params: UserConversationListOptions & EachOptions<UserConversationInstance>, callback?: (item: UserConversationInstance, done: (error?: Error) => void) => void): Promise<void>;
    /** Items across pages for `for await`; a `break` stops fetching further pages. */
    iterate(params?: UserConversationListOptions, options?: CallOptions): AsyncGenerator<UserConversationInstance, void, undefined>;
    toJSON(): Record<string, string>;
}
/** twilio-node's name for this type. */
export type ConfigurationAddressAutoCreationType = ConfigurationAddressEnumAutoCreationType;
/** twilio-node's name for this type. */
export type ConfigurationAddressMethod = ConfigurationAddressEnumMethod;
/** twilio-node's name for this type. */
export type ConfigurationAddressType = ConfigurationAddressEnumType;
/** twilio-node's name for this type. */
export type ConfigurationWebhookMethod = ConfigurationWebhookEnumMethod;
/** twilio-node's name for this type. */
export type ConfigurationWebhookTarget = ConfigurationWebhookEnumTarget;
/** twilio-node's name for this type. */
export type ConversationState = ConversationEnumState;
/** twilio-node's name for this type. */
export type ConversationWebhookEnabledType = ConversationEnumWebhookEnabledType;
/** twilio-node's name for this type. */
export type ConversationMessageOrderType = ConversationMessageEnumOrderType;
/** twilio-node's name for this type. */
export type ConversationMessageWebhookEnabledType = ConversationMessageEnumWebhookEnabledType;
/** twilio-node's name for this type. */
export type ConversationMessageReceiptDeliveryStatus = ConversationMessageReceiptEnumDeliveryStatus;
/** twilio-node's name for this type. */
export type ConversationParticipantWebhookEnabledType = ConversationParticipantEnumWebhookEnabledType;
/** twilio-node's name for this type. */
export type ConversationScopedWebhookMethod = ConversationScopedWebhookEnumMethod;
/** twilio-node's name for this type. */
export type ConversationScopedWebhookTarget = ConversationScopedWebhookEnumTarget;
/** twilio-node's name for this type. */
export type ConversationWebhookMethod = ConversationWebhookEnumMethod;
/** twilio-node's name for this type. */
export type ConversationWebhookTarget = ConversationWebhookEnumTarget;
/** twilio-node's name for this type. */
export type ConversationWithParticipantsState = ConversationWithParticipantsEnumState;
/** twilio-node's name for this type. */
export type ConversationWithParticipantsWebhookEnabledType = ConversationWithParticipantsEnumWebhookEnabledType;
/** twilio-node's name for this type. */
export type CredentialPushType = CredentialEnumPushType;
/** twilio-node's name for this type. */
export type ParticipantConversationState = ParticipantConversationEnumState;
/** twilio-node's name for this type. */
export type RoleRoleType = RoleEnumRoleType;
/** twilio-node's name for this type. */
export type ServiceBindingBindingType = ServiceBindingEnumBindingType;
/** twilio-node's name for this type. */
export type ServiceConversationState = ServiceConversationEnumState;
/** twilio-node's name for this type. */
export type ServiceConversationWebhookEnabledType = ServiceConversationEnumWebhookEnabledType;
/** twilio-node's name for this type. */
export type ServiceConversationMessageOrderType = ServiceConversationMessageEnumOrderType;
/** twilio-node's name for this type. */
export type ServiceConversationMessageWebhookEnabledType = ServiceConversationMessageEnumWebhookEnabledType;
/** twilio-node's name for this type. */
export type ServiceConversationMessageReceiptDeliveryStatus = ServiceConversationMessageReceiptEnumDeliveryStatus;
/** twilio-node's name for this type. */
export type ServiceConversationParticipantWebhookEnabledType = ServiceConversationParticipantEnumWebhookEnabledType;
/** twilio-node's name for this type. */
export type ServiceConversationScopedWebhookMethod = ServiceConversationScopedWebhookEnumMethod;
/** twilio-node's name for this type. */
export type ServiceConversationScopedWebhookTarget = ServiceConversationScopedWebhookEnumTarget;
/** twilio-node's name for this type. */
export type ServiceConversationWithParticipantsState = ServiceConversationWithParticipantsEnumState;
/** twilio-node's name for this type. */
export type ServiceConversationWithParticipantsWebhookEnabledType = ServiceConversationWithParticipantsEnumWebhookEnabledType;
/** twilio-node's name for this type. */
export type ServiceParticipantConversationState = ServiceParticipantConversationEnumState;
/** twilio-node's name for this type. */
export type ServiceRoleRoleType = ServiceRoleEnumRoleType;
/** twilio-node's name for this type. */
export type ServiceStatsConversationsRatelimitingerrorsSource = ServiceStatsConversationsRatelimitingerrorsEnumSource;
/** twilio-node's name for this type. */
export type ServiceUserConversationNotificationLevel = ServiceUserConversationEnumNotificationLevel;
/** twilio-node's name for this type. */
export type ServiceUserConversationState = ServiceUserConversationEnumState;
/** twilio-node's name for this type. */
export type ServiceUserWebhookEnabledType = ServiceUserEnumWebhookEnabledType;
/** twilio-node's name for this type. */
export type ServiceWebhookConfigurationMethod = ServiceWebhookConfigurationEnumMethod;
/** twilio-node's name for this type. */
export type StatsTwilsockRatelimitingerrorsSource = StatsTwilsockRatelimitingerrorsEnumSource;
/** twilio-node's name for this type. */
export type UserConversationNotificationLevel = UserConversationEnumNotificationLevel;
/** twilio-node's name for this type. */
export type UserConversationState = UserConversationEnumState;
/** twilio-node's name for this type. */
export type UserWebhookEnabledType = UserEnumWebhookEnabledType;
/** twilio-node's name for this type. */
export type ConfigurationAddressListInstanceCreateOptions = ConfigurationAddressCreateOptions;
/** twilio-node's name for this type. */
export type ConfigurationAddressContextUpdateOptions = ConfigurationAddressUpdateOptions;
/** twilio-node's name for this type. */
export type ConfigurationAddressListInstanceOptions = ConfigurationAddressListOptions;
/** twilio-node's name for this type. */
export type ConfigurationAddressListInstancePageOptions = ConfigurationAddressListOptions;
/** twilio-node's name for this type. */
export type ConfigurationAddressListInstanceEachOptions = ConfigurationAddressListOptions & EachOptions<ConfigurationAddressInstance>;
/** twilio-node's name for this type. */
export type ConfigurationAddressPage = Page<ConfigurationAddressInstance>;
/** twilio-node's name for this type. */
export type ConfigurationContextUpdateOptions = ConfigurationUpdateOptions;
/** twilio-node's name for this type. */
export type ConfigurationWebhookContextUpdateOptions = ConfigurationWebhookUpdateOptions;
/** twilio-node's name for this type. */
export type ConversationWithParticipantsListInstanceCreateOptions = ConversationWithParticipantsCreateOptions;
/** twilio-node's name for this type. */
export type ConversationListInstanceCreateOptions = ConversationCreateOptions;
/** twilio-node's name for this type. */
export type ConversationContextUpdateOptions = ConversationUpdateOptions;
/** twilio-node's name for this type. */
export type ConversationContextRemoveOptions = ConversationRemoveOptions;
/** twilio-node's name for this type. */
export type ConversationListInstanceOptions = ConversationListOptions;
/** twilio-node's name for this type. */
export type ConversationListInstancePageOptions = ConversationListOptions;
/** twilio-node's name for this type. */
export type ConversationListInstanceEachOptions = ConversationListOptions & EachOptions<ConversationInstance>;
/** twilio-node's name for this type. */
export type ConversationPage = Page<ConversationInstance>;
/** twilio-node's name for this type. */
export type ConversationMessageListInstanceCreateOptions = ConversationMessageCreateOptions;
/** twilio-node's name for this type. */
export type ConversationMessageContextUpdateOptions = ConversationMessageUpdateOptions;
/** twilio-node's name for this type. */
export type ConversationMessageContextRemoveOptions = ConversationMessageRemoveOptions;
/** twilio-node's name for this type. */
export type ConversationMessageListInstanceOptions = ConversationMessageListOptions;
/** twilio-node's name for this type. */
export type ConversationMessageListInstancePageOptions = ConversationMessageListOptions;
/** twilio-node's name for this type. */
export type ConversationMessageListInstanceEachOptions = ConversationMessageListOptions & EachOptions<ConversationMessageInstance>;
/** twilio-node's name for this type. */
export type ConversationMessagePage = Page<ConversationMessageInstance>;
/** twilio-node's name for this type. */
export type ConversationMessageReceiptListInstanceOptions = ConversationMessageReceiptListOptions;
/** twilio-node's name for this type. */
export type ConversationMessageReceiptListInstancePageOptions = ConversationMessageReceiptListOptions;
/** twilio-node's name for this type. */
export type ConversationMessageReceiptListInstanceEachOptions = ConversationMessageReceiptListOptions & EachOptions<ConversationMessageReceiptInstance>;
/** twilio-node's name for this type. */
export type ConversationMessageReceiptPage = Page<ConversationMessageReceiptInstance>;
/** twilio-node's name for this type. */
export type ConversationParticipantListInstanceCreateOptions = ConversationParticipantCreateOptions;
/** twilio-node's name for this type. */
export type ConversationParticipantContextUpdateOptions = ConversationParticipantUpdateOptions;
/** twilio-node's name for this type. */
export type ConversationParticipantContextRemoveOptions = ConversationParticipantRemoveOptions;
/** twilio-node's name for this type. */
export type ConversationParticipantListInstanceOptions = ConversationParticipantListOptions;
/** twilio-node's name for this type. */
export type ConversationParticipantListInstancePageOptions = ConversationParticipantListOptions;
/** twilio-node's name for this type. */
export type ConversationParticipantListInstanceEachOptions = ConversationParticipantListOptions & EachOptions<ConversationParticipantInstance>;
/** twilio-node's name for this type. */
export type ConversationParticipantPage = Page<ConversationParticipantInstance>;
/** twilio-node's name for this type. */
export type ConversationScopedWebhookListInstanceCreateOptions = ConversationScopedWebhookCreateOptions;
/** twilio-node's name for this type. */
export type ConversationScopedWebhookContextUpdateOptions = ConversationScopedWebhookUpdateOptions;
/** twilio-node's name for this type. */
export type ConversationScopedWebhookListInstanceOptions = ConversationScopedWebhookListOptions;
/** twilio-node's name for this type. */
export type ConversationScopedWebhookListInstancePageOptions = ConversationScopedWebhookListOptions;
/** twilio-node's name for this type. */
export type ConversationScopedWebhookListInstanceEachOptions = ConversationScopedWebhookListOptions & EachOptions<ConversationScopedWebhookInstance>;
/** twilio-node's name for this type. */
export type ConversationScopedWebhookPage = Page<ConversationScopedWebhookInstance>;
/** twilio-node's name for this type. */
export type CredentialListInstanceCreateOptions = CredentialCreateOptions;
/** twilio-node's name for this type. */
export type CredentialContextUpdateOptions = CredentialUpdateOptions;
/** twilio-node's name for this type. */
export type CredentialListInstanceOptions = CredentialListOptions;
/** twilio-node's name for this type. */
export type CredentialListInstancePageOptions = CredentialListOptions;
/** twilio-node's name for this type. */
export type CredentialListInstanceEachOptions = CredentialListOptions & EachOptions<CredentialInstance>;
/** twilio-node's name for this type. */
export type CredentialPage = Page<CredentialInstance>;
/** twilio-node's name for this type. */
export type ParticipantConversationListInstanceOptions = ParticipantConversationListOptions;
/** twilio-node's name for this type. */
export type ParticipantConversationListInstancePageOptions = ParticipantConversationListOptions;
/** twilio-node's name for this type. */
export type ParticipantConversationListInstanceEachOptions = ParticipantConversationListOptions & EachOptions<ParticipantConversationInstance>;
/** twilio-node's name for this type. */
export type ParticipantConversationPage = Page<ParticipantConversationInstance>;
/** twilio-node's name for this type. */
export type RoleListInstanceCreateOptions = RoleCreateOptions;
/** twilio-node's name for this type. */
export type RoleContextUpdateOptions = RoleUpdateOptions;
/** twilio-node's name for this type. */
export type RoleListInstanceOptions = RoleListOptions;
/** twilio-node's name for this type. */
export type RoleListInstancePageOptions = RoleListOptions;
/** twilio-node's name for this type. */
export type RoleListInstanceEachOptions = RoleListOptions & EachOptions<RoleInstance>;
/** twilio-node's name for this type. */
export type RolePage = Page<RoleInstance>;
/** twilio-node's name for this type. */
export type ServiceListInstanceCreateOptions = ServiceCreateOptions;
/** twilio-node's name for this type. */
export type ServiceListInstanceOptions = ServiceListOptions;
/** twilio-node's name for this type. */
export type ServiceListInstancePageOptions = ServiceListOptions;
/** twilio-node's name for this type. */
export type ServiceListInstanceEachOptions = ServiceListOptions & EachOptions<ServiceInstance>;
/** twilio-node's name for this type. */
export type ServicePage = Page<ServiceInstance>;
/** twilio-node's name for this type. */
export type ServiceBindingListInstanceOptions = ServiceBindingListOptions;
/** twilio-node's name for this type. */
export type ServiceBindingListInstancePageOptions = ServiceBindingListOptions;
/** twilio-node's name for this type. */
export type ServiceBindingListInstanceEachOptions = ServiceBindingListOptions & EachOptions<ServiceBindingInstance>;
/** twilio-node's name for this type. */
export type ServiceBindingPage = Page<ServiceBindingInstance>;
/** twilio-node's name for this type. */
export type ServiceConfigurationContextUpdateOptions = ServiceConfigurationUpdateOptions;
/** twilio-node's name for this type. */
export type ServiceNotificationContextUpdateOptions = ServiceNotificationUpdateOptions;
/** twilio-node's name for this type. */
export type ServiceWebhookConfigurationContextUpdateOptions = ServiceWebhookConfigurationUpdateOptions;
/** twilio-node's name for this type. */
export type ServiceConversationWithParticipantsListInstanceCreateOptions = ServiceConversationWithParticipantsCreateOptions;
/** twilio-node's name for this type. */
export type ServiceConversationListInstanceCreateOptions = ServiceConversationCreateOptions;
/** twilio-node's name for this type. */
export type ServiceConversationContextUpdateOptions = ServiceConversationUpdateOptions;
/** twilio-node's name for this type. */
export type ServiceConversationContextRemoveOptions = ServiceConversationRemoveOptions;
/** twilio-node's name for this type. */
export type ServiceConversationListInstanceOptions = ServiceConversationListOptions;
/** twilio-node's name for this type. */
export type ServiceConversationListInstancePageOptions = ServiceConversationListOptions;
/** twilio-node's name for this type. */
export type ServiceConversationListInstanceEachOptions = ServiceConversationListOptions & EachOptions<ServiceConversationInstance>;
/** twilio-node's name for this type. */
export type ServiceConversationPage = Page<ServiceConversationInstance>;
/** twilio-node's name for this type. */
export type ServiceConversationMessageListInstanceCreateOptions = ServiceConversationMessageCreateOptions;
/** twilio-node's name for this type. */
export type ServiceConversationMessageContextUpdateOptions = ServiceConversationMessageUpdateOptions;
/** twilio-node's name for this type. */
export type ServiceConversationMessageContextRemoveOptions = ServiceConversationMessageRemoveOptions;
/** twilio-node's name for this type. */
export type ServiceConversationMessageListInstanceOptions = ServiceConversationMessageListOptions;
/** twilio-node's name for this type. */
export type ServiceConversationMessageListInstancePageOptions = ServiceConversationMessageListOptions;
/** twilio-node's name for this type. */
export type ServiceConversationMessageListInstanceEachOptions = ServiceConversationMessageListOptions & EachOptions<ServiceConversationMessageInstance>;
/** twilio-node's name for this type. */
export type ServiceConversationMessagePage = Page<ServiceConversationMessageInstance>;
/** twilio-node's name for this type. */
export type ServiceConversationMessageReceiptListInstanceOptions = ServiceConversationMessageReceiptListOptions;
/** twilio-node's name for this type. */
export type ServiceConversationMessageReceiptListInstancePageOptions = ServiceConversationMessageReceiptListOptions;
/** twilio-node's name for this type. */
export type ServiceConversationMessageReceiptListInstanceEachOptions = ServiceConversationMessageReceiptListOptions & EachOptions<ServiceConversationMessageReceiptInstance>;
/** twilio-node's name for this type. */
export type ServiceConversationMessageReceiptPage = Page<ServiceConversationMessageReceiptInstance>;
/** twilio-node's name for this type. */
export type ServiceConversationParticipantListInstanceCreateOptions = ServiceConversationParticipantCreateOptions;
/** twilio-node's name for this type. */
export type ServiceConversationParticipantContextUpdateOptions = ServiceConversationParticipantUpdateOptions;
/** twilio-node's name for this type. */
export type ServiceConversationParticipantContextRemoveOptions = ServiceConversationParticipantRemoveOptions;
/** twilio-node's name for this type. */
export type ServiceConversationParticipantListInstanceOptions = ServiceConversationParticipantListOptions;
/** twilio-node's name for this type. */
export type ServiceConversationParticipantListInstancePageOptions = ServiceConversationParticipantListOptions;
/** twilio-node's name for this type. */
export type ServiceConversationParticipantListInstanceEachOptions = ServiceConversationParticipantListOptions & EachOptions<ServiceConversationParticipantInstance>;
/** twilio-node's name for this type. */
export type ServiceConversationParticipantPage = Page<ServiceConversationParticipantInstance>;
/** twilio-node's name for this type. */
export type ServiceConversationScopedWebhookListInstanceCreateOptions = ServiceConversationScopedWebhookCreateOptions;
/** twilio-node's name for this type. */
export type ServiceConversationScopedWebhookContextUpdateOptions = ServiceConversationScopedWebhookUpdateOptions;
/** twilio-node's name for this type. */
export type ServiceConversationScopedWebhookListInstanceOptions = ServiceConversationScopedWebhookListOptions;
/** twilio-node's name for this type. */
export type ServiceConversationScopedWebhookListInstancePageOptions = ServiceConversationScopedWebhookListOptions;
/** twilio-node's name for this type. */
export type ServiceConversationScopedWebhookListInstanceEachOptions = ServiceConversationScopedWebhookListOptions & EachOptions<ServiceConversationScopedWebhookInstance>;
/** twilio-node's name for this type. */
export type ServiceConversationScopedWebhookPage = Page<ServiceConversationScopedWebhookInstance>;
/** twilio-node's name for this type. */
export type ServiceParticipantConversationListInstanceOptions = ServiceParticipantConversationListOptions;
/** twilio-node's name for this type. */
export type ServiceParticipantConversationListInstancePageOptions = ServiceParticipantConversationListOptions;
/** twilio-node's name for this type. */
export type ServiceParticipantConversationListInstanceEachOptions = ServiceParticipantConversationListOptions & EachOptions<ServiceParticipantConversationInstance>;
/** twilio-node's name for this type. */
export type ServiceParticipantConversationPage = Page<ServiceParticipantConversationInstance>;
/** twilio-node's name for this type. */
export type ServiceRoleListInstanceCreateOptions = ServiceRoleCreateOptions;
/** twilio-node's name for this type. */
export type ServiceRoleContextUpdateOptions = ServiceRoleUpdateOptions;
/** twilio-node's name for this type. */
export type ServiceRoleListInstanceOptions = ServiceRoleListOptions;
/** twilio-node's name for this type. */
export type ServiceRoleListInstancePageOptions = ServiceRoleListOptions;
/** twilio-node's name for this type. */
export type ServiceRoleListInstanceEachOptions = ServiceRoleListOptions & EachOptions<ServiceRoleInstance>;
/** twilio-node's name for this type. */
export type ServiceRolePage = Page<ServiceRoleInstance>;
/** twilio-node's name for this type. */
export type ServiceUserListInstanceCreateOptions = ServiceUserCreateOptions;
/** twilio-node's name for this type. */
export type ServiceUserContextUpdateOptions = ServiceUserUpdateOptions;
/** twilio-node's name for this type. */
export type ServiceUserContextRemoveOptions = ServiceUserRemoveOptions;
/** twilio-node's name for this type. */
export type ServiceUserListInstanceOptions = ServiceUserListOptions;
/** twilio-node's name for this type. */
export type ServiceUserListInstancePageOptions = ServiceUserListOptions;
/** twilio-node's name for this type. */
export type ServiceUserListInstanceEachOptions = ServiceUserListOptions & EachOptions<ServiceUserInstance>;
/** twilio-node's name for this type. */
export type ServiceUserPage = Page<ServiceUserInstance>;
/** twilio-node's name for this type. */
export type ServiceUserConversationContextUpdateOptions = ServiceUserConversationUpdateOptions;
/** twilio-node's name for this type. */
export type ServiceUserConversationListInstanceOptions = ServiceUserConversationListOptions;
/** twilio-node's name for this type. */
export type ServiceUserConversationListInstancePageOptions = ServiceUserConversationListOptions;
/** twilio-node's name for this type. */
export type ServiceUserConversationListInstanceEachOptions = ServiceUserConversationListOptions & EachOptions<ServiceUserConversationInstance>;
/** twilio-node's name for this type. */
export type ServiceUserConversationPage = Page<ServiceUserConversationInstance>;
/** twilio-node's name for this type. */
export type UserListInstanceCreateOptions = UserCreateOptions;
/** twilio-node's name for this type. */
export type UserContextUpdateOptions = UserUpdateOptions;
/** twilio-node's name for this type. */
export type UserContextRemoveOptions = UserRemoveOptions;
/** twilio-node's name for this type. */
export type UserListInstanceOptions = UserListOptions;
/** twilio-node's name for this type. */
export type UserListInstancePageOptions = UserListOptions;
/** twilio-node's name for this type. */
export type UserListInstanceEachOptions = UserListOptions & EachOptions<UserInstance>;
/** twilio-node's name for this type. */
export type UserPage = Page<UserInstance>;
/** twilio-node's name for this type. */
export type UserConversationContextUpdateOptions = UserConversationUpdateOptions;
/** twilio-node's name for this type. */
export type UserConversationListInstanceOptions = UserConversationListOptions;
/** twilio-node's name for this type. */
export type UserConversationListInstancePageOptions = UserConversationListOptions;
/** twilio-node's name for this type. */
export type UserConversationListInstanceEachOptions = UserConversationListOptions & EachOptions<UserConversationInstance>;
/** twilio-node's name for this type. */
export type UserConversationPage = Page<UserConversationInstance>;

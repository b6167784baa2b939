const BASE_URL = "https://conversations.twilio.com";
const addressConfigurations = {
  name: "addressConfigurations",
  callable: "instance",
  create: {
    method: "POST",
    path: "/v1/Configuration/Addresses",
    form: [
      "Type",
      "Address",
      "FriendlyName",
      ["AutoCreation.Enabled", "boolean"],
      "AutoCreation.Type",
      "AutoCreation.ConversationServiceSid",
      "AutoCreation.WebhookUrl",
      "AutoCreation.WebhookMethod",
      ["AutoCreation.WebhookFilters", "string", 1],
      "AutoCreation.StudioFlowSid",
      ["AutoCreation.StudioRetryCount", "number"],
      "AddressCountry"
    ],
    required: ["type", "address"]
  },
  list: {
    method: "GET",
    path: "/v1/Configuration/Addresses",
    query: ["Type", ["PageSize", "number"], ["Page", "number"], "PageToken"],
    pageKey: "address_configurations",
    maxPageSize: 50
  },
  fetch: { method: "GET", path: "/v1/Configuration/Addresses/{Sid}" },
  update: {
    method: "POST",
    path: "/v1/Configuration/Addresses/{Sid}",
    form: [
      "FriendlyName",
      ["AutoCreation.Enabled", "boolean"],
      "AutoCreation.Type",
      "AutoCreation.ConversationServiceSid",
      "AutoCreation.WebhookUrl",
      "AutoCreation.WebhookMethod",
      ["AutoCreation.WebhookFilters", "string", 1],
      "AutoCreation.StudioFlowSid",
      ["AutoCreation.StudioRetryCount", "number"]
    ]
  },
  remove: { method: "DELETE", path: "/v1/Configuration/Addresses/{Sid}" },
  dates: ["date_created", "date_updated"],
  keys: ["sid"]
};
const configuration = {
  name: "configuration",
  callable: "singleton",
  fetch: { method: "GET", path: "/v1/Configuration" },
  update: {
    method: "POST",
    path: "/v1/Configuration",
    form: ["DefaultChatServiceSid", "DefaultMessagingServiceSid", "DefaultInactiveTimer", "DefaultClosedTimer"]
  },
  children: [
    {
      name: "webhooks",
      callable: "singleton",
      fetch: { method: "GET", path: "/v1/Configuration/Webhooks" },
      update: {
        method: "POST",
        path: "/v1/Configuration/Webhooks",
        form: ["Method", ["Filters", "string", 1], "PreWebhookUrl", "PostWebhookUrl", "Target"]
      }
    }
  ]
};
const conversationWithParticipants = {
  name: "conversationWithParticipants",
  create: {
    method: "POST",
    path: "/v1/ConversationWithParticipants",
    headers: ["X-Twilio-Webhook-Enabled"],
    form: [
      "FriendlyName",
      "UniqueName",
      ["DateCreated", "date-time"],
      ["DateUpdated", "date-time"],
      "MessagingServiceSid",
      "Attributes",
      "State",
      "Timers.Inactive",
      "Timers.Closed",
      "Bindings.Email.Address",
      "Bindings.Email.Name",
      ["Participant", "string", 1]
    ]
  },
  dates: ["date_created", "date_updated"]
};
const conversations = {
  name: "conversations",
  callable: "instance",
  create: {
    method: "POST",
    path: "/v1/Conversations",
    headers: ["X-Twilio-Webhook-Enabled"],
    form: [
      "FriendlyName",
      "UniqueName",
      ["DateCreated", "date-time"],
      ["DateUpdated", "date-time"],
      "MessagingServiceSid",
      "Attributes",
      "State",
      "Timers.Inactive",
      "Timers.Closed",
      "Bindings.Email.Address",
      "Bindings.Email.Name"
    ]
  },
  list: {
    method: "GET",
    path: "/v1/Conversations",
    query: ["StartDate", "EndDate", "State", ["PageSize", "number"], ["Page", "number"], "PageToken"],
    pageKey: "conversations",
    maxPageSize: 100
  },
  fetch: { method: "GET", path: "/v1/Conversations/{Sid}" },
  update: {
    method: "POST",
    path: "/v1/Conversations/{Sid}",
    headers: ["X-Twilio-Webhook-Enabled"],
    form: [
      "FriendlyName",
      ["DateCreated", "date-time"],
      ["DateUpdated", "date-time"],
      "Attributes",
      "MessagingServiceSid",
      "State",
      "Timers.Inactive",
      "Timers.Closed",
      "UniqueName",
      "Bindings.Email.Address",
      "Bindings.Email.Name"
    ]
  },
  remove: { method: "DELETE", path: "/v1/Conversations/{Sid}", headers: ["X-Twilio-Webhook-Enabled"] },
  dates: ["date_created", "date_updated"],
  keys: ["sid"],
  children: [
    {
      name: "messages",
      callable: "instance",
      create: {
        method: "POST",
        path: "/v1/Conversations/{ConversationSid}/Messages",
        headers: ["X-Twilio-Webhook-Enabled"],
        form: [
          "Author",
          "Body",
          ["DateCreated", "date-time"],
          ["DateUpdated", "date-time"],
          "Attributes",
          "MediaSid",
          "ContentSid",
          "ContentVariables",
          "Subject"
        ]
      },
      list: {
        method: "GET",
        path: "/v1/Conversations/{ConversationSid}/Messages",
        query: ["Order", ["PageSize", "number"], ["Page", "number"], "PageToken"],
        pageKey: "messages",
        maxPageSize: 100
      },
      fetch: { method: "GET", path: "/v1/Conversations/{ConversationSid}/Messages/{Sid}" },
      update: {
        method: "POST",
        path: "/v1/Conversations/{ConversationSid}/Messages/{Sid}",
        headers: ["X-Twilio-Webhook-Enabled"],
        form: ["Author", "Body", ["DateCreated", "date-time"], ["DateUpdated", "date-time"], "Attributes", "Subject"]
      },
      remove: {
        method: "DELETE",
        path: "/v1/Conversations/{ConversationSid}/Messages/{Sid}",
        headers: ["X-Twilio-Webhook-Enabled"]
      },
      dates: ["date_created", "date_updated"],
      keys: ["conversation_sid", "sid"],
      children: [
        {
          name: "deliveryReceipts",
          callable: "instance",
          list: {
            method: "GET",
            path: "/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts",
            query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
            pageKey: "delivery_receipts",
            maxPageSize: 50
          },
          fetch: { method: "GET", path: "/v1/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}" },
          dates: ["date_created", "date_updated"],
          keys: ["conversation_sid", "message_sid", "sid"]
        }
      ]
    },
    {
      name: "participants",
      callable: "instance",
      create: {
        method: "POST",
        path: "/v1/Conversations/{ConversationSid}/Participants",
        headers: ["X-Twilio-Webhook-Enabled"],
        form: [
          "Identity",
          "MessagingBinding.Address",
          "MessagingBinding.ProxyAddress",
          ["DateCreated", "date-time"],
          ["DateUpdated", "date-time"],
          "Attributes",
          "MessagingBinding.ProjectedAddress",
          "RoleSid"
        ]
      },
      list: {
        method: "GET",
        path: "/v1/Conversations/{ConversationSid}/Participants",
        query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
        pageKey: "participants",
        maxPageSize: 100
      },
      fetch: { method: "GET", path: "/v1/Conversations/{ConversationSid}/Participants/{Sid}" },
      update: {
        method: "POST",
        path: "/v1/Conversations/{ConversationSid}/Participants/{Sid}",
        headers: ["X-Twilio-Webhook-Enabled"],
        form: [
          ["DateCreated", "date-time"],
          ["DateUpdated", "date-time"],
          "Attributes",
          "RoleSid",
          "MessagingBinding.ProxyAddress",
          "MessagingBinding.ProjectedAddress",
          "Identity",
          ["LastReadMessageIndex", "number"],
          "LastReadTimestamp"
        ]
      },
      remove: {
        method: "DELETE",
        path: "/v1/Conversations/{ConversationSid}/Participants/{Sid}",
        headers: ["X-Twilio-Webhook-Enabled"]
      },
      dates: ["date_created", "date_updated"],
      keys: ["conversation_sid", "sid"]
    },
    {
      name: "webhooks",
      callable: "instance",
      create: {
        method: "POST",
        path: "/v1/Conversations/{ConversationSid}/Webhooks",
        form: [
          "Target",
          "Configuration.Url",
          "Configuration.Method",
          ["Configuration.Filters", "string", 1],
          ["Configuration.Triggers", "string", 1],
          "Configuration.FlowSid",
          ["Configuration.ReplayAfter", "number"]
        ],
        required: ["target"]
      },
      list: {
        method: "GET",
        path: "/v1/Conversations/{ConversationSid}/Webhooks",
        query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
        pageKey: "webhooks",
        maxPageSize: 5
      },
      fetch: { method: "GET", path: "/v1/Conversations/{ConversationSid}/Webhooks/{Sid}" },
      update: {
        method: "POST",
        path: "/v1/Conversations/{ConversationSid}/Webhooks/{Sid}",
        form: [
          "Configuration.Url",
          "Configuration.Method",
          ["Configuration.Filters", "string", 1],
          ["Configuration.Triggers", "string", 1],
          "Configuration.FlowSid"
        ]
      },
      remove: { method: "DELETE", path: "/v1/Conversations/{ConversationSid}/Webhooks/{Sid}" },
      dates: ["date_created", "date_updated"],
      keys: ["conversation_sid", "sid"]
    }
  ]
};
const credentials = {
  name: "credentials",
  callable: "instance",
  create: {
    method: "POST",
    path: "/v1/Credentials",
    form: ["Type", "FriendlyName", "Certificate", "PrivateKey", ["Sandbox", "boolean"], "ApiKey", "Secret"],
    required: ["type"]
  },
  list: {
    method: "GET",
    path: "/v1/Credentials",
    query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
    pageKey: "credentials",
    maxPageSize: 100
  },
  fetch: { method: "GET", path: "/v1/Credentials/{Sid}" },
  update: {
    method: "POST",
    path: "/v1/Credentials/{Sid}",
    form: ["Type", "FriendlyName", "Certificate", "PrivateKey", ["Sandbox", "boolean"], "ApiKey", "Secret"]
  },
  remove: { method: "DELETE", path: "/v1/Credentials/{Sid}" },
  dates: ["date_created", "date_updated"],
  keys: ["sid"]
};
const participantConversations = {
  name: "participantConversations",
  list: {
    method: "GET",
    path: "/v1/ParticipantConversations",
    query: ["Identity", "Address", ["PageSize", "number"], ["Page", "number"], "PageToken"],
    pageKey: "conversations",
    maxPageSize: 50
  },
  dates: ["conversation_date_created", "conversation_date_updated"]
};
const roles = {
  name: "roles",
  callable: "instance",
  create: {
    method: "POST",
    path: "/v1/Roles",
    form: ["FriendlyName", "Type", ["Permission", "string", 1]],
    required: ["friendlyName", "type", "permission"]
  },
  list: {
    method: "GET",
    path: "/v1/Roles",
    query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
    pageKey: "roles",
    maxPageSize: 50
  },
  fetch: { method: "GET", path: "/v1/Roles/{Sid}" },
  update: { method: "POST", path: "/v1/Roles/{Sid}", form: [["Permission", "string", 1]], required: ["permission"] },
  remove: { method: "DELETE", path: "/v1/Roles/{Sid}" },
  dates: ["date_created", "date_updated"],
  keys: ["sid"]
};
const services = {
  name: "services",
  callable: "instance",
  create: { method: "POST", path: "/v1/Services", form: ["FriendlyName"], required: ["friendlyName"] },
  list: {
    method: "GET",
    path: "/v1/Services",
    query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
    pageKey: "services",
    maxPageSize: 100
  },
  fetch: { method: "GET", path: "/v1/Services/{Sid}" },
  remove: { method: "DELETE", path: "/v1/Services/{Sid}" },
  dates: ["date_created", "date_updated"],
  keys: ["sid"],
  children: [
    {
      name: "bindings",
      callable: "instance",
      list: {
        method: "GET",
        path: "/v1/Services/{ChatServiceSid}/Bindings",
        query: [
          ["BindingType", "string", 1],
          ["Identity", "string", 1],
          ["PageSize", "number"],
          ["Page", "number"],
          "PageToken"
        ],
        pageKey: "bindings",
        maxPageSize: 100
      },
      fetch: { method: "GET", path: "/v1/Services/{ChatServiceSid}/Bindings/{Sid}" },
      remove: { method: "DELETE", path: "/v1/Services/{ChatServiceSid}/Bindings/{Sid}" },
      dates: ["date_created", "date_updated"],
      keys: ["chat_service_sid", "sid"]
    },
    {
      name: "configuration",
      callable: "singleton",
      fetch: { method: "GET", path: "/v1/Services/{ChatServiceSid}/Configuration" },
      update: {
        method: "POST",
        path: "/v1/Services/{ChatServiceSid}/Configuration",
        form: [
          "DefaultConversationCreatorRoleSid",
          "DefaultConversationRoleSid",
          "DefaultChatServiceRoleSid",
          ["ReachabilityEnabled", "boolean"]
        ]
      },
      keys: ["chat_service_sid"],
      children: [
        {
          name: "notifications",
          callable: "singleton",
          fetch: { method: "GET", path: "/v1/Services/{ChatServiceSid}/Configuration/Notifications" },
          update: {
            method: "POST",
            path: "/v1/Services/{ChatServiceSid}/Configuration/Notifications",
            form: [
              ["LogEnabled", "boolean"],
              ["NewMessage.Enabled", "boolean"],
              "NewMessage.Template",
              "NewMessage.Sound",
              ["NewMessage.BadgeCountEnabled", "boolean"],
              ["AddedToConversation.Enabled", "boolean"],
              "AddedToConversation.Template",
              "AddedToConversation.Sound",
              ["RemovedFromConversation.Enabled", "boolean"],
              "RemovedFromConversation.Template",
              "RemovedFromConversation.Sound",
              ["NewMessage.WithMedia.Enabled", "boolean"],
              "NewMessage.WithMedia.Template"
            ]
          },
          keys: ["chat_service_sid"]
        },
        {
          name: "webhooks",
          callable: "singleton",
          fetch: { method: "GET", path: "/v1/Services/{ChatServiceSid}/Configuration/Webhooks" },
          update: {
            method: "POST",
            path: "/v1/Services/{ChatServiceSid}/Configuration/Webhooks",
            form: ["PreWebhookUrl", "PostWebhookUrl", ["Filters", "string", 1], "Method"]
          },
          keys: ["chat_service_sid"]
        }
      ]
    },
    {
      name: "conversationWithParticipants",
      create: {
        method: "POST",
        path: "/v1/Services/{ChatServiceSid}/ConversationWithParticipants",
        headers: ["X-Twilio-Webhook-Enabled"],
        form: [
          "FriendlyName",
          "UniqueName",
          ["DateCreated", "date-time"],
          ["DateUpdated", "date-time"],
          "MessagingServiceSid",
          "Attributes",
          "State",
          "Timers.Inactive",
          "Timers.Closed",
          "Bindings.Email.Address",
          "Bindings.Email.Name",
          ["Participant", "string", 1]
        ]
      },
      dates: ["date_created", "date_updated"],
      keys: ["chat_service_sid"]
    },
    {
      name: "conversations",
      callable: "instance",
      create: {
        method: "POST",
        path: "/v1/Services/{ChatServiceSid}/Conversations",
        headers: ["X-Twilio-Webhook-Enabled"],
        form: [
          "FriendlyName",
          "UniqueName",
          "Attributes",
          "MessagingServiceSid",
          ["DateCreated", "date-time"],
          ["DateUpdated", "date-time"],
          "State",
          "Timers.Inactive",
          "Timers.Closed",
          "Bindings.Email.Address",
          "Bindings.Email.Name"
        ]
      },
      list: {
        method: "GET",
        path: "/v1/Services/{ChatServiceSid}/Conversations",
        query: ["StartDate", "EndDate", "State", ["PageSize", "number"], ["Page", "number"], "PageToken"],
        pageKey: "conversations",
        maxPageSize: 100
      },
      fetch: { method: "GET", path: "/v1/Services/{ChatServiceSid}/Conversations/{Sid}" },
      update: {
        method: "POST",
        path: "/v1/Services/{ChatServiceSid}/Conversations/{Sid}",
        headers: ["X-Twilio-Webhook-Enabled"],
        form: [
          "FriendlyName",
          ["DateCreated", "date-time"],
          ["DateUpdated", "date-time"],
          "Attributes",
          "MessagingServiceSid",
          "State",
          "Timers.Inactive",
          "Timers.Closed",
          "UniqueName",
          "Bindings.Email.Address",
          "Bindings.Email.Name"
        ]
      },
      remove: {
        method: "DELETE",
        path: "/v1/Services/{ChatServiceSid}/Conversations/{Sid}",
        headers: ["X-Twilio-Webhook-Enabled"]
      },
      dates: ["date_created", "date_updated"],
      keys: ["chat_service_sid", "sid"],
      children: [
        {
          name: "messages",
          callable: "instance",
          create: {
            method: "POST",
            path: "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages",
            headers: ["X-Twilio-Webhook-Enabled"],
            form: [
              "Author",
              "Body",
              ["DateCreated", "date-time"],
              ["DateUpdated", "date-time"],
              "Attributes",
              "MediaSid",
              "ContentSid",
              "ContentVariables",
              "Subject"
            ]
          },
          list: {
            method: "GET",
            path: "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages",
            query: ["Order", ["PageSize", "number"], ["Page", "number"], "PageToken"],
            pageKey: "messages",
            maxPageSize: 100
          },
          fetch: {
            method: "GET",
            path: "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}"
          },
          update: {
            method: "POST",
            path: "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}",
            headers: ["X-Twilio-Webhook-Enabled"],
            form: [
              "Author",
              "Body",
              ["DateCreated", "date-time"],
              ["DateUpdated", "date-time"],
              "Attributes",
              "Subject"
            ]
          },
          remove: {
            method: "DELETE",
            path: "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{Sid}",
            headers: ["X-Twilio-Webhook-Enabled"]
          },
          dates: ["date_created", "date_updated"],
          keys: ["chat_service_sid", "conversation_sid", "sid"],
          children: [
            {
              name: "deliveryReceipts",
              callable: "instance",
              list: {
                method: "GET",
                path: "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts",
                query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
                pageKey: "delivery_receipts",
                maxPageSize: 50
              },
              fetch: {
                method: "GET",
                path: "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Messages/{MessageSid}/Receipts/{Sid}"
              },
              dates: ["date_created", "date_updated"],
              keys: ["chat_service_sid", "conversation_sid", "message_sid", "sid"]
            }
          ]
        },
        {
          name: "participants",
          callable: "instance",
          create: {
            method: "POST",
            path: "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants",
            headers: ["X-Twilio-Webhook-Enabled"],
            form: [
              "Identity",
              "MessagingBinding.Address",
              "MessagingBinding.ProxyAddress",
              ["DateCreated", "date-time"],
              ["DateUpdated", "date-time"],
              "Attributes",
              "MessagingBinding.ProjectedAddress",
              "RoleSid"
            ]
          },
          list: {
            method: "GET",
            path: "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants",
            query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
            pageKey: "participants",
            maxPageSize: 100
          },
          fetch: {
            method: "GET",
            path: "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants/{Sid}"
          },
          update: {
            method: "POST",
            path: "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants/{Sid}",
            headers: ["X-Twilio-Webhook-Enabled"],
            form: [
              ["DateCreated", "date-time"],
              ["DateUpdated", "date-time"],
              "Identity",
              "Attributes",
              "RoleSid",
              "MessagingBinding.ProxyAddress",
              "MessagingBinding.ProjectedAddress",
              ["LastReadMessageIndex", "number"],
              "LastReadTimestamp"
            ]
          },
          remove: {
            method: "DELETE",
            path: "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants/{Sid}",
            headers: ["X-Twilio-Webhook-Enabled"]
          },
          dates: ["date_created", "date_updated"],
          keys: ["chat_service_sid", "conversation_sid", "sid"]
        },
        {
          name: "webhooks",
          callable: "instance",
          create: {
            method: "POST",
            path: "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks",
            form: [
              "Target",
              "Configuration.Url",
              "Configuration.Method",
              ["Configuration.Filters", "string", 1],
              ["Configuration.Triggers", "string", 1],
              "Configuration.FlowSid",
              ["Configuration.ReplayAfter", "number"]
            ],
            required: ["target"]
          },
          list: {
            method: "GET",
            path: "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks",
            query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
            pageKey: "webhooks",
            maxPageSize: 5
          },
          fetch: {
            method: "GET",
            path: "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks/{Sid}"
          },
          update: {
            method: "POST",
            path: "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks/{Sid}",
            form: [
              "Configuration.Url",
              "Configuration.Method",
              ["Configuration.Filters", "string", 1],
              ["Configuration.Triggers", "string", 1],
              "Configuration.FlowSid"
            ]
          },
          remove: {
            method: "DELETE",
            path: "/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Webhooks/{Sid}"
          },
          dates: ["date_created", "date_updated"],
          keys: ["chat_service_sid", "conversation_sid", "sid"]
        }
      ]
    },
    {
      name: "participantConversations",
      list: {
        method: "GET",
        path: "/v1/Services/{ChatServiceSid}/ParticipantConversations",
        query: ["Identity", "Address", ["PageSize", "number"], ["Page", "number"], "PageToken"],
        pageKey: "conversations",
        maxPageSize: 50
      },
      dates: ["conversation_date_created", "conversation_date_updated"],
      keys: ["chat_service_sid"]
    },
    {
      name: "roles",
      callable: "instance",
      create: {
        method: "POST",
        path: "/v1/Services/{ChatServiceSid}/Roles",
        form: ["FriendlyName", "Type", ["Permission", "string", 1]],
        required: ["friendlyName", "type", "permission"]
      },
      list: {
        method: "GET",
        path: "/v1/Services/{ChatServiceSid}/Roles",
        query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
        pageKey: "roles",
        maxPageSize: 50
      },
      fetch: { method: "GET", path: "/v1/Services/{ChatServiceSid}/Roles/{Sid}" },
      update: {
        method: "POST",
        path: "/v1/Services/{ChatServiceSid}/Roles/{Sid}",
        form: [["Permission", "string", 1]],
        required: ["permission"]
      },
      remove: { method: "DELETE", path: "/v1/Services/{ChatServiceSid}/Roles/{Sid}" },
      dates: ["date_created", "date_updated"],
      keys: ["chat_service_sid", "sid"]
    },
    {
      name: "users",
      callable: "instance",
      create: {
        method: "POST",
        path: "/v1/Services/{ChatServiceSid}/Users",
        headers: ["X-Twilio-Webhook-Enabled"],
        form: ["Identity", "FriendlyName", "Attributes", "RoleSid"],
        required: ["identity"]
      },
      list: {
        method: "GET",
        path: "/v1/Services/{ChatServiceSid}/Users",
        query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
        pageKey: "users",
        maxPageSize: 50
      },
      fetch: { method: "GET", path: "/v1/Services/{ChatServiceSid}/Users/{Sid}" },
      update: {
        method: "POST",
        path: "/v1/Services/{ChatServiceSid}/Users/{Sid}",
        headers: ["X-Twilio-Webhook-Enabled"],
        form: ["FriendlyName", "Attributes", "RoleSid"]
      },
      remove: {
        method: "DELETE",
        path: "/v1/Services/{ChatServiceSid}/Users/{Sid}",
        headers: ["X-Twilio-Webhook-Enabled"]
      },
      dates: ["date_created", "date_updated"],
      keys: ["chat_service_sid", "sid"],
      children: [
        {
          name: "userConversations",
          callable: "instance",
          list: {
            method: "GET",
            path: "/v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations",
            query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
            pageKey: "conversations",
            maxPageSize: 50
          },
          fetch: {
            method: "GET",
            path: "/v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations/{ConversationSid}"
          },
          update: {
            method: "POST",
            path: "/v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations/{ConversationSid}",
            form: ["NotificationLevel", ["LastReadTimestamp", "date-time"], ["LastReadMessageIndex", "number"]]
          },
          remove: {
            method: "DELETE",
            path: "/v1/Services/{ChatServiceSid}/Users/{UserSid}/Conversations/{ConversationSid}"
          },
          dates: ["date_created", "date_updated"],
          keys: ["chat_service_sid", "user_sid", "conversation_sid"]
        }
      ]
    }
  ]
};
const users = {
  name: "users",
  callable: "instance",
  create: {
    method: "POST",
    path: "/v1/Users",
    headers: ["X-Twilio-Webhook-Enabled"],
    form: ["Identity", "FriendlyName", "Attributes", "RoleSid"],
    required: ["identity"]
  },
  list: {
    method: "GET",
    path: "/v1/Users",
    query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
    pageKey: "users",
    maxPageSize: 50
  },
  fetch: { method: "GET", path: "/v1/Users/{Sid}" },
  update: {
    method: "POST",
    path: "/v1/Users/{Sid}",
    headers: ["X-Twilio-Webhook-Enabled"],
    form: ["FriendlyName", "Attributes", "RoleSid"]
  },
  remove: { method: "DELETE", path: "/v1/Users/{Sid}", headers: ["X-Twilio-Webhook-Enabled"] },
  dates: ["date_created", "date_updated"],
  keys: ["sid"],
  children: [
    {
      name: "userConversations",
      callable: "instance",
      list: {
        method: "GET",
        path: "/v1/Users/{UserSid}/Conversations",
        query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
        pageKey: "conversations",
        maxPageSize: 50
      },
      fetch: { method: "GET", path: "/v1/Users/{UserSid}/Conversations/{ConversationSid}" },
      update: {
        method: "POST",
        path: "/v1/Users/{UserSid}/Conversations/{ConversationSid}",
        form: ["NotificationLevel", ["LastReadTimestamp", "date-time"], ["LastReadMessageIndex", "number"]]
      },
      remove: { method: "DELETE", path: "/v1/Users/{UserSid}/Conversations/{ConversationSid}" },
      dates: ["date_created", "date_updated"],
      keys: ["user_sid", "conversation_sid"]
    }
  ]
};
const API = {
  baseUrl: BASE_URL,
  resources: [
    addressConfigurations,
    configuration,
    conversationWithParticipants,
    conversations,
    credentials,
    participantConversations,
    roles,
    services,
    users
  ]
};
export {
  API,
  BASE_URL,
  addressConfigurations,
  configuration,
  conversationWithParticipants,
  conversations,
  credentials,
  participantConversations,
  roles,
  services,
  users
};

const BASE_URL = "https://flex-api.twilio.com";
const assessments = {
  name: "assessments",
  callable: "instance",
  create: {
    method: "POST",
    path: "/v1/Insights/QualityManagement/Assessments",
    headers: ["Authorization"],
    form: [
      "CategorySid",
      "CategoryName",
      "SegmentId",
      "AgentId",
      ["Offset", "number"],
      "MetricId",
      "MetricName",
      "AnswerText",
      "AnswerId",
      "QuestionnaireSid"
    ],
    required: [
      "categorySid",
      "categoryName",
      "segmentId",
      "agentId",
      "offset",
      "metricId",
      "metricName",
      "answerText",
      "answerId",
      "questionnaireSid"
    ]
  },
  list: {
    method: "GET",
    path: "/v1/Insights/QualityManagement/Assessments",
    query: ["SegmentId", ["PageSize", "number"], ["Page", "number"], "PageToken"],
    headers: ["Authorization"],
    pageKey: "assessments",
    maxPageSize: 1e3
  },
  update: {
    method: "POST",
    path: "/v1/Insights/QualityManagement/Assessments/{AssessmentSid}",
    headers: ["Authorization"],
    form: [["Offset", "number"], "AnswerText", "AnswerId"],
    required: ["offset", "answerText", "answerId"]
  },
  keys: ["assessment_sid"]
};
const channel = {
  name: "channel",
  callable: "instance",
  create: {
    method: "POST",
    path: "/v1/Channels",
    form: [
      "FlexFlowSid",
      "Identity",
      "ChatUserFriendlyName",
      "ChatFriendlyName",
      "Target",
      "ChatUniqueName",
      "PreEngagementData",
      "TaskSid",
      "TaskAttributes",
      ["LongLived", "boolean"]
    ],
    required: ["flexFlowSid", "identity", "chatUserFriendlyName", "chatFriendlyName"]
  },
  list: {
    method: "GET",
    path: "/v1/Channels",
    query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
    pageKey: "flex_chat_channels",
    maxPageSize: 1e3
  },
  fetch: { method: "GET", path: "/v1/Channels/{Sid}" },
  remove: { method: "DELETE", path: "/v1/Channels/{Sid}" },
  dates: ["date_created", "date_updated"],
  keys: ["sid"]
};
const configuration = {
  name: "configuration",
  callable: "singleton",
  fetch: { method: "GET", path: "/v1/Configuration", query: ["UiVersion"] },
  update: { method: "POST", path: "/v1/Configuration", json: true },
  dates: ["date_created", "date_updated"]
};
const flexFlow = {
  name: "flexFlow",
  callable: "instance",
  create: {
    method: "POST",
    path: "/v1/FlexFlows",
    form: [
      "FriendlyName",
      "ChatServiceSid",
      "ChannelType",
      "ContactIdentity",
      ["Enabled", "boolean"],
      "IntegrationType",
      "Integration.FlowSid",
      "Integration.Url",
      "Integration.WorkspaceSid",
      "Integration.WorkflowSid",
      "Integration.Channel",
      ["Integration.Timeout", "number"],
      ["Integration.Priority", "number"],
      ["Integration.CreationOnMessage", "boolean"],
      ["LongLived", "boolean"],
      ["JanitorEnabled", "boolean"],
      ["Integration.RetryCount", "number"]
    ],
    required: ["friendlyName", "chatServiceSid", "channelType"]
  },
  list: {
    method: "GET",
    path: "/v1/FlexFlows",
    query: ["FriendlyName", ["PageSize", "number"], ["Page", "number"], "PageToken"],
    pageKey: "flex_flows",
    maxPageSize: 1e3
  },
  fetch: { method: "GET", path: "/v1/FlexFlows/{Sid}" },
  update: {
    method: "POST",
    path: "/v1/FlexFlows/{Sid}",
    form: [
      "FriendlyName",
      "ChatServiceSid",
      "ChannelType",
      "ContactIdentity",
      ["Enabled", "boolean"],
      "IntegrationType",
      "Integration.FlowSid",
      "Integration.Url",
      "Integration.WorkspaceSid",
      "Integration.WorkflowSid",
      "Integration.Channel",
      ["Integration.Timeout", "number"],
      ["Integration.Priority", "number"],
      ["Integration.CreationOnMessage", "boolean"],
      ["LongLived", "boolean"],
      ["JanitorEnabled", "boolean"],
      ["Integration.RetryCount", "number"]
    ]
  },
  remove: { method: "DELETE", path: "/v1/FlexFlows/{Sid}" },
  dates: ["date_created", "date_updated"],
  keys: ["sid"]
};
const insightsAssessmentsComment = {
  name: "insightsAssessmentsComment",
  create: {
    method: "POST",
    path: "/v1/Insights/QualityManagement/Assessments/Comments",
    headers: ["Authorization"],
    form: ["CategoryId", "CategoryName", "Comment", "SegmentId", "AgentId", ["Offset", "number"]],
    required: ["categoryId", "categoryName", "comment", "segmentId", "agentId", "offset"]
  },
  list: {
    method: "GET",
    path: "/v1/Insights/QualityManagement/Assessments/Comments",
    query: ["SegmentId", "AgentId", ["PageSize", "number"], ["Page", "number"], "PageToken"],
    headers: ["Authorization"],
    pageKey: "comments",
    maxPageSize: 1e3
  }
};
const insightsConversations = {
  name: "insightsConversations",
  list: {
    method: "GET",
    path: "/v1/Insights/Conversations",
    query: ["SegmentId", ["PageSize", "number"], ["Page", "number"], "PageToken"],
    headers: ["Authorization"],
    pageKey: "conversations",
    maxPageSize: 1e3
  }
};
const insightsQuestionnaires = {
  name: "insightsQuestionnaires",
  callable: "instance",
  create: {
    method: "POST",
    path: "/v1/Insights/QualityManagement/Questionnaires",
    headers: ["Authorization"],
    form: ["Name", "Description", ["Active", "boolean"], ["QuestionSids", "string", 1]],
    required: ["name"]
  },
  list: {
    method: "GET",
    path: "/v1/Insights/QualityManagement/Questionnaires",
    query: [["IncludeInactive", "boolean"], ["PageSize", "number"], ["Page", "number"], "PageToken"],
    headers: ["Authorization"],
    pageKey: "questionnaires",
    maxPageSize: 1e3
  },
  fetch: {
    method: "GET",
    path: "/v1/Insights/QualityManagement/Questionnaires/{QuestionnaireSid}",
    headers: ["Authorization"]
  },
  update: {
    method: "POST",
    path: "/v1/Insights/QualityManagement/Questionnaires/{QuestionnaireSid}",
    headers: ["Authorization"],
    form: [["Active", "boolean"], "Name", "Description", ["QuestionSids", "string", 1]],
    required: ["active"]
  },
  remove: {
    method: "DELETE",
    path: "/v1/Insights/QualityManagement/Questionnaires/{QuestionnaireSid}",
    headers: ["Authorization"]
  },
  keys: ["questionnaire_sid"]
};
const insightsQuestionnairesCategory = {
  name: "insightsQuestionnairesCategory",
  callable: "instance",
  create: {
    method: "POST",
    path: "/v1/Insights/QualityManagement/Categories",
    headers: ["Authorization"],
    form: ["Name"],
    required: ["name"]
  },
  list: {
    method: "GET",
    path: "/v1/Insights/QualityManagement/Categories",
    query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
    headers: ["Authorization"],
    pageKey: "categories",
    maxPageSize: 1e3
  },
  update: {
    method: "POST",
    path: "/v1/Insights/QualityManagement/Categories/{CategorySid}",
    headers: ["Authorization"],
    form: ["Name"],
    required: ["name"]
  },
  remove: {
    method: "DELETE",
    path: "/v1/Insights/QualityManagement/Categories/{CategorySid}",
    headers: ["Authorization"]
  },
  keys: ["category_sid"]
};
const insightsQuestionnairesQuestion = {
  name: "insightsQuestionnairesQuestion",
  callable: "instance",
  create: {
    method: "POST",
    path: "/v1/Insights/QualityManagement/Questions",
    headers: ["Authorization"],
    form: ["CategorySid", "Question", "AnswerSetId", ["AllowNa", "boolean"], "Description"],
    required: ["categorySid", "question", "answerSetId", "allowNa"]
  },
  list: {
    method: "GET",
    path: "/v1/Insights/QualityManagement/Questions",
    query: [["CategorySid", "string", 1], ["PageSize", "number"], ["Page", "number"], "PageToken"],
    headers: ["Authorization"],
    pageKey: "questions",
    maxPageSize: 1e3
  },
  update: {
    method: "POST",
    path: "/v1/Insights/QualityManagement/Questions/{QuestionSid}",
    headers: ["Authorization"],
    form: [["AllowNa", "boolean"], "CategorySid", "Question", "Description", "AnswerSetId"],
    required: ["allowNa"]
  },
  remove: {
    method: "DELETE",
    path: "/v1/Insights/QualityManagement/Questions/{QuestionSid}",
    headers: ["Authorization"]
  },
  keys: ["question_sid"]
};
const insightsSegments = {
  name: "insightsSegments",
  list: {
    method: "GET",
    path: "/v1/Insights/Segments",
    query: ["SegmentId", ["ReservationId", "string", 1], ["PageSize", "number"], ["Page", "number"], "PageToken"],
    headers: ["Authorization"],
    pageKey: "segments",
    maxPageSize: 1e3
  }
};
const insightsSession = {
  name: "insightsSession",
  callable: "singleton",
  create: { method: "POST", path: "/v1/Insights/Session", headers: ["Authorization"], on: "instance" }
};
const insightsSettingsAnswerSets = {
  name: "insightsSettingsAnswerSets",
  fetch: {
    method: "GET",
    path: "/v1/Insights/QualityManagement/Settings/AnswerSets",
    headers: ["Authorization"],
    on: "list"
  }
};
const insightsSettingsComment = {
  name: "insightsSettingsComment",
  fetch: {
    method: "GET",
    path: "/v1/Insights/QualityManagement/Settings/CommentTags",
    headers: ["Authorization"],
    on: "list"
  }
};
const insightsUserRoles = {
  name: "insightsUserRoles",
  callable: "singleton",
  fetch: { method: "GET", path: "/v1/Insights/UserRoles", headers: ["Authorization"] }
};
const interaction = {
  name: "interaction",
  callable: "instance",
  create: {
    method: "POST",
    path: "/v1/Interactions",
    form: [["Channel", "json"], ["Routing", "json"], "InteractionContextSid", "WebhookTtid"],
    required: ["channel"]
  },
  fetch: { method: "GET", path: "/v1/Interactions/{Sid}" },
  update: { method: "POST", path: "/v1/Interactions/{Sid}", form: ["WebhookTtid"] },
  keys: ["sid"],
  children: [
    {
      name: "channels",
      callable: "instance",
      list: {
        method: "GET",
        path: "/v1/Interactions/{InteractionSid}/Channels",
        query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
        pageKey: "channels",
        maxPageSize: 1e3
      },
      fetch: { method: "GET", path: "/v1/Interactions/{InteractionSid}/Channels/{Sid}" },
      update: {
        method: "POST",
        path: "/v1/Interactions/{InteractionSid}/Channels/{Sid}",
        form: ["Status", ["Routing", "json"]],
        required: ["status"]
      },
      keys: ["interaction_sid", "sid"],
      children: [
        {
          name: "invites",
          create: {
            method: "POST",
            path: "/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites",
            form: [["Routing", "json"]],
            required: ["routing"]
          },
          list: {
            method: "GET",
            path: "/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Invites",
            query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
            pageKey: "invites",
            maxPageSize: 1e3
          },
          keys: ["interaction_sid", "channel_sid"]
        },
        {
          name: "participants",
          callable: "instance",
          create: {
            method: "POST",
            path: "/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants",
            form: ["Type", ["MediaProperties", "json"], ["RoutingProperties", "json"]],
            required: ["type", "mediaProperties"]
          },
          list: {
            method: "GET",
            path: "/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants",
            query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
            pageKey: "participants",
            maxPageSize: 1e3
          },
          update: {
            method: "POST",
            path: "/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Participants/{Sid}",
            form: ["Status"],
            required: ["status"]
          },
          keys: ["interaction_sid", "channel_sid", "sid"]
        },
        {
          name: "transfers",
          callable: "instance",
          create: {
            method: "POST",
            path: "/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers",
            json: true
          },
          fetch: { method: "GET", path: "/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers/{Sid}" },
          update: {
            method: "POST",
            path: "/v1/Interactions/{InteractionSid}/Channels/{ChannelSid}/Transfers/{Sid}",
            json: true
          },
          dates: ["date_created", "date_updated"],
          keys: ["interaction_sid", "channel_sid", "sid"]
        }
      ]
    }
  ]
};
const pluginConfigurations = {
  name: "pluginConfigurations",
  callable: "instance",
  create: {
    method: "POST",
    path: "/v1/PluginService/Configurations",
    headers: ["Flex-Metadata"],
    form: ["Name", ["Plugins", "json", 1], "Description"],
    required: ["name"]
  },
  list: {
    method: "GET",
    path: "/v1/PluginService/Configurations",
    query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
    headers: ["Flex-Metadata"],
    pageKey: "configurations",
    maxPageSize: 1e3
  },
  fetch: { method: "GET", path: "/v1/PluginService/Configurations/{Sid}", headers: ["Flex-Metadata"] },
  dates: ["date_created"],
  keys: ["sid"],
  children: [
    {
      name: "pluginConfigurationArchive",
      callable: "singleton",
      update: { method: "POST", path: "/v1/PluginService/Configurations/{Sid}/Archive", headers: ["Flex-Metadata"] },
      dates: ["date_created"],
      keys: ["sid"]
    },
    {
      name: "plugins",
      callable: "instance",
      list: {
        method: "GET",
        path: "/v1/PluginService/Configurations/{ConfigurationSid}/Plugins",
        query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
        headers: ["Flex-Metadata"],
        pageKey: "plugins",
        maxPageSize: 1e3
      },
      fetch: {
        method: "GET",
        path: "/v1/PluginService/Configurations/{ConfigurationSid}/Plugins/{PluginSid}",
        headers: ["Flex-Metadata"]
      },
      renamed: { private: "_private" },
      dates: ["date_created"],
      keys: ["configuration_sid", "plugin_sid"]
    }
  ]
};
const pluginReleases = {
  name: "pluginReleases",
  callable: "instance",
  create: {
    method: "POST",
    path: "/v1/PluginService/Releases",
    headers: ["Flex-Metadata"],
    form: ["ConfigurationId"],
    required: ["configurationId"]
  },
  list: {
    method: "GET",
    path: "/v1/PluginService/Releases",
    query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
    headers: ["Flex-Metadata"],
    pageKey: "releases",
    maxPageSize: 1e3
  },
  fetch: { method: "GET", path: "/v1/PluginService/Releases/{Sid}", headers: ["Flex-Metadata"] },
  dates: ["date_created"],
  keys: ["sid"]
};
const plugins = {
  name: "plugins",
  callable: "instance",
  create: {
    method: "POST",
    path: "/v1/PluginService/Plugins",
    headers: ["Flex-Metadata"],
    form: ["UniqueName", "FriendlyName", "Description"],
    required: ["uniqueName"]
  },
  list: {
    method: "GET",
    path: "/v1/PluginService/Plugins",
    query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
    headers: ["Flex-Metadata"],
    pageKey: "plugins",
    maxPageSize: 1e3
  },
  fetch: { method: "GET", path: "/v1/PluginService/Plugins/{Sid}", headers: ["Flex-Metadata"] },
  update: {
    method: "POST",
    path: "/v1/PluginService/Plugins/{Sid}",
    headers: ["Flex-Metadata"],
    form: ["FriendlyName", "Description"]
  },
  dates: ["date_created", "date_updated"],
  keys: ["sid"],
  children: [
    {
      name: "pluginArchive",
      callable: "singleton",
      update: { method: "POST", path: "/v1/PluginService/Plugins/{Sid}/Archive", headers: ["Flex-Metadata"] },
      dates: ["date_created", "date_updated"],
      keys: ["sid"]
    },
    {
      name: "pluginVersions",
      callable: "instance",
      create: {
        method: "POST",
        path: "/v1/PluginService/Plugins/{PluginSid}/Versions",
        headers: ["Flex-Metadata"],
        form: ["Version", "PluginUrl", "Changelog", ["Private", "boolean"], "CliVersion", "ValidateStatus"],
        required: ["versionParam", "pluginUrl"]
      },
      list: {
        method: "GET",
        path: "/v1/PluginService/Plugins/{PluginSid}/Versions",
        query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
        headers: ["Flex-Metadata"],
        pageKey: "plugin_versions",
        maxPageSize: 1e3
      },
      fetch: {
        method: "GET",
        path: "/v1/PluginService/Plugins/{PluginSid}/Versions/{Sid}",
        headers: ["Flex-Metadata"]
      },
      renamed: { private: "_private" },
      dates: ["date_created"],
      keys: ["plugin_sid", "sid"],
      children: [
        {
          name: "pluginVersionArchive",
          callable: "singleton",
          update: {
            method: "POST",
            path: "/v1/PluginService/Plugins/{PluginSid}/Versions/{Sid}/Archive",
            headers: ["Flex-Metadata"]
          },
          renamed: { private: "_private" },
          dates: ["date_created"],
          keys: ["plugin_sid", "sid"]
        }
      ]
    }
  ]
};
const provisioningStatus = {
  name: "provisioningStatus",
  callable: "singleton",
  fetch: { method: "GET", path: "/v1/account/provision/status" }
};
const webChannel = {
  name: "webChannel",
  callable: "instance",
  create: {
    method: "POST",
    path: "/v1/WebChannels",
    form: [
      "FlexFlowSid",
      "Identity",
      "CustomerFriendlyName",
      "ChatFriendlyName",
      "ChatUniqueName",
      "PreEngagementData"
    ],
    required: ["flexFlowSid", "identity", "customerFriendlyName", "chatFriendlyName"]
  },
  list: {
    method: "GET",
    path: "/v1/WebChannels",
    query: [["PageSize", "number"], ["Page", "number"], "PageToken"],
    pageKey: "flex_chat_channels",
    maxPageSize: 1e3
  },
  fetch: { method: "GET", path: "/v1/WebChannels/{Sid}" },
  update: { method: "POST", path: "/v1/WebChannels/{Sid}", form: ["ChatStatus", "PostEngagementData"] },
  remove: { method: "DELETE", path: "/v1/WebChannels/{Sid}" },
  dates: ["date_created", "date_updated"],
  keys: ["sid"]
};
const pluginConfigurationArchive = {
  name: "pluginConfigurationArchive",
  callable: "instance",
  update: { method: "POST", path: "/v1/PluginService/Configurations/{Sid}/Archive", headers: ["Flex-Metadata"] },
  dates: ["date_created"],
  keys: ["sid"]
};
const pluginArchive = {
  name: "pluginArchive",
  callable: "instance",
  update: { method: "POST", path: "/v1/PluginService/Plugins/{Sid}/Archive", headers: ["Flex-Metadata"] },
  dates: ["date_created", "date_updated"],
  keys: ["sid"]
};
const pluginVersionArchive = {
  name: "pluginVersionArchive",
  callable: "instance",
  arity: 2,
  update: {
    method: "POST",
    path: "/v1/PluginService/Plugins/{PluginSid}/Versions/{Sid}/Archive",
    headers: ["Flex-Metadata"]
  },
  renamed: { private: "_private" },
  dates: ["date_created"],
  keys: ["plugin_sid", "sid"]
};
const API = {
  baseUrl: BASE_URL,
  resources: [
    assessments,
    channel,
    configuration,
    flexFlow,
    insightsAssessmentsComment,
    insightsConversations,
    insightsQuestionnaires,
    insightsQuestionnairesCategory,
    insightsQuestionnairesQuestion,
    insightsSegments,
    insightsSession,
    insightsSettingsAnswerSets,
    insightsSettingsComment,
    insightsUserRoles,
    interaction,
    pluginConfigurations,
    pluginReleases,
    plugins,
    provisioningStatus,
    webChannel,
    pluginConfigurationArchive,
    pluginArchive,
    pluginVersionArchive
  ]
};
export {
  API,
  BASE_URL,
  assessments,
  channel,
  configuration,
  flexFlow,
  insightsAssessmentsComment,
  insightsConversations,
  insightsQuestionnaires,
  insightsQuestionnairesCategory,
  insightsQuestionnairesQuestion,
  insightsSegments,
  insightsSession,
  insightsSettingsAnswerSets,
  insightsSettingsComment,
  insightsUserRoles,
  interaction,
  pluginArchive,
  pluginConfigurationArchive,
  pluginConfigurations,
  pluginReleases,
  pluginVersionArchive,
  plugins,
  provisioningStatus,
  webChannel
};

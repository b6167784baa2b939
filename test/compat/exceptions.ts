/**
 * Probes that may fail against our client, and only because the spec and
 * twilio 6.2.0 disagree. Each names the place in the spec document that
 * proves it; the compatibility test checks that the document says so there,
 * at that line, and that each exception still matches a failing probe.
 */
export interface CompatException {
  name: string;
  /** The probes it covers: the probe file's resource and the probe's label. */
  resource: RegExp;
  label: RegExp;
  spec: { document: string; pointer: string; line: number };
  /** Holds for the value at the pointer when the document disagrees as described. */
  proves: (value: unknown) => boolean;
  /** An enum value twilio has and the document lacks: the probes' full calls use another value. */
  value?: string;
}

const CONVERSATIONS = "twilio_conversations_v1.json";
const FLEX = "twilio_flex_v1.json";

const lacks = (value: string) => (found: unknown) => Array.isArray(found) && !found.includes(value);
const isNumber = (found: unknown) => found === "number";

function stateException(schema: string, resource: RegExp, line: number): CompatException {
  return {
    name: `twilio's ${schema} has "initializing"; the document's enum does not`,
    resource,
    label: /\.state="initializing"$/,
    spec: { document: CONVERSATIONS, pointer: `/components/schemas/${schema}/enum`, line },
    proves: lacks("initializing"),
    value: '"initializing"',
  };
}

function numberField(schema: string, field: string, resource: RegExp, line: number): CompatException {
  return {
    name: `twilio types ${schema}.${field} as string; the document says number`,
    resource,
    label: new RegExp(`^instance\\.${field}$`),
    spec: { document: FLEX, pointer: `/components/schemas/${schema}/properties/${field}/type`, line },
    proves: isNumber,
  };
}

export const EXCEPTIONS: CompatException[] = [
  stateException("conversation_enum_state", /^conversations\.v1\.conversations$/, 331),
  stateException("conversation_with_participants_enum_state", /^conversations\.v1\.conversationWithParticipants$/, 870),
  stateException("service_conversation_enum_state", /^conversations\.v1\.services\.conversations$/, 1479),
  stateException("service_conversation_with_participants_enum_state", /^conversations\.v1\.services\.conversationWithParticipants$/, 2034),
  {
    name: `twilio's service binding type has "twilsock"; the document's enum does not`,
    resource: /^conversations\.v1\.services\.bindings$/,
    label: /\.bindingType="twilsock"$/,
    spec: { document: CONVERSATIONS, pointer: "/components/schemas/service_binding_enum_binding_type/enum", line: 1305 },
    proves: lacks("twilsock"),
    value: '"twilsock"',
  },
  numberField("flex.v1.insights_assessments", "offset", /^flexApi\.v1\.assessments$/, 799),
  numberField("flex.v1.insights_assessments", "weight", /^flexApi\.v1\.assessments$/, 809),
  numberField("flex.v1.insights_assessments", "timestamp", /^flexApi\.v1\.assessments$/, 848),
  numberField("flex.v1.insights_assessments_comment", "offset", /^flexApi\.v1\.insightsAssessmentsComment$/, 882),
  numberField("flex.v1.insights_assessments_comment", "weight", /^flexApi\.v1\.insightsAssessmentsComment$/, 892),
  numberField("flex.v1.insights_assessments_comment", "timestamp", /^flexApi\.v1\.insightsAssessmentsComment$/, 917),
];

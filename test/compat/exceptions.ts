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

/**
 * None today. With @twilio/cli-core 9.0.0's documents (the manifest's), every
 * disagreement that @twilio-alpha/mcp 0.7.0's had with twilio 6.2.0 is gone:
 * Conversations' `initializing` state and `twilsock` binding type, and Flex
 * insights assessments' `offset`, `weight` and `timestamp`, now strings in both.
 * A spec update that brings one back fails the compile test until it is listed
 * here with the line that proves it.
 */
export const EXCEPTIONS: CompatException[] = [];

import { describe, expect, it } from "vitest";
import { fixedPatternLength, restatesName, shortDescription } from "../../generator/emit/json-schema.ts";

describe("schema compaction", () => {
  it.each([
    ["^MG[0-9a-fA-F]{32}$", 34],
    ["^KD[0-9a-fA-F]{32}$", 34],
    ["^ab$", 2],
    ["^MG[0-9a-fA-F]+$", undefined],
    ["MG[0-9a-fA-F]{32}", undefined],
    ["^\\d{3}$", undefined],
    ["^(a|b)$", undefined],
  ])("the one length %s allows is %s", (pattern, length) => {
    expect(fixedPatternLength(pattern)).toBe(length);
  });

  it.each([
    ["X-Twilio-Webhook-Enabled", "The X-Twilio-Webhook-Enabled HTTP request header", true],
    ["ChannelType", "ChannelType parameter", true],
    ["PageToken", "The page token.", true],
    ["Page", "The page index.", false],
    ["Sid", "A 34 character string that uniquely identifies this resource.", false],
  ])("%s: %j restates the name: %s", (name, description, restates) => {
    expect(restatesName(name, description)).toBe(restates);
  });

  it("drops markdown link targets but keeps their text", () => {
    expect(shortDescription("The SID of the [Conversation Service](https://www.twilio.com/docs/x) it belongs to. More.")).toBe("The SID of the Conversation Service it belongs to.");
  });
});

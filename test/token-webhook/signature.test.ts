import fc from "fast-check";
import twilio from "twilio";
import { describe, expect, it } from "vitest";
import * as ours from "../../templates/helpers/index.ts";

const TOKEN = "12345678901234567890123456789012";

/** POST parameters as body parsers leave them, names and values in any script, repeats as arrays. */
const params = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 12, unit: "grapheme" }),
  fc.oneof(fc.string({ maxLength: 20, unit: "grapheme" }), fc.array(fc.constantFrom("b", "a", "b", "é", "10", "9", ""), { maxLength: 5 })),
  { maxKeys: 6 },
);

const pathSegment = fc.constantFrom("sms", "voice", "a b", "it's", "%27", "caf%C3%A9", "café", "x+y", "(1)", "~u", "[v]");
const queryPiece = fc.constantFrom("a=1", "b=2", "q=it's", "q=it%27s", "s=x+y", "s=x%20y", "e=%C3%A9", "e=é", "bare", "k=", "bodySHA256=abc", "u=%zz", "m=%FF");

/** A URL as Twilio might have signed it: scheme, host, maybe a port, a path and a query. */
const signedUrl = fc
  .record({
    scheme: fc.constantFrom("https", "http", "HTTPS"),
    host: fc.constantFrom("example.com", "Example.COM", "user:pw@example.com", "[::1]", "127.0.0.1"),
    port: fc.constantFrom("", ":443", ":80", ":8080", ":"),
    path: fc.array(pathSegment, { maxLength: 3 }),
    query: fc.array(queryPiece, { maxLength: 4 }),
  })
  .map(({ scheme, host, port, path, query }) => `${scheme}://${host}${port}/${path.join("/")}${query.length > 0 ? `?${query.join("&")}` : ""}`);

/** What the server might see instead: the port added or dropped, the query re-ordered or re-escaped. */
const transforms: ReadonlyArray<[string, (url: string) => string]> = [
  ["as signed", (url) => url],
  ["port dropped", (url) => url.replace(/^(\w+:\/\/[^/]*?)(:\d*)(?=\/)/, "$1")],
  ["default port added", (url) => url.replace(/^(https?:\/\/[^/:]*)(?=\/)/i, (match, prefix: string) => `${prefix}${/^https/i.test(prefix) ? ":443" : ":80"}`)],
  ["query reversed", (url) => (url.includes("?") ? `${url.slice(0, url.indexOf("?"))}?${url.slice(url.indexOf("?") + 1).split("&").reverse().join("&")}` : url)],
  ["quote escaped", (url) => url.replace(/'/g, "%27")],
  ["quote unescaped", (url) => url.replace(/%27/g, "'")],
  ["plus as %20", (url) => url.replace(/\+/g, "%20")],
  ["%20 as plus", (url) => url.replace(/%20/g, "+")],
  ["host lower-cased", (url) => url.replace(/^(\w+:\/\/)([^/]*)/, (_, scheme: string, host: string) => scheme + host.toLowerCase())],
  ["trailing slash", (url) => (url.includes("?") ? url.replace("?", "/?") : `${url}/`)],
];

/** twilio-node throws where a URL does not parse; this package answers false. */
function twilioValidates(signature: string, url: string, fields: object): boolean {
  try {
    return twilio.validateRequest(TOKEN, signature, url, fields);
  } catch {
    return false;
  }
}

describe("signatures, against twilio-node 6.2.0", () => {
  it("computes the same expected signature for any URL and parameters", () => {
    fc.assert(
      fc.property(signedUrl, params, (url, fields) => {
        expect(ours.getExpectedTwilioSignature(TOKEN, url, fields)).toBe(twilio.getExpectedTwilioSignature(TOKEN, url, fields));
      }),
      { numRuns: 300 },
    );
  });

  it("accepts and refuses exactly the URL variants twilio-node does (ports, query order, escaping)", () => {
    const outcomes = new Map<string, Set<boolean>>();
    fc.assert(
      fc.property(signedUrl, params, fc.constantFrom(...transforms), (url, fields, [name, transform]) => {
        const received = transform(url);
        const signature = twilio.getExpectedTwilioSignature(TOKEN, url, fields);
        const expected = twilioValidates(signature, received, fields);
        expect(ours.validateRequest(TOKEN, signature, received, fields), `${name}: signed ${url}, received ${received}`).toBe(expected);
        outcomes.set(name, (outcomes.get(name) ?? new Set()).add(expected));
      }),
      { numRuns: 600 },
    );
    // Both answers occur, so the agreement above is not agreement on a constant.
    expect([...outcomes.values()].some((seen) => seen.has(true))).toBe(true);
    expect([...outcomes.values()].some((seen) => seen.has(false))).toBe(true);
  });

  it("signs so that twilio-node validates, and validates what twilio-node signs", () => {
    fc.assert(
      fc.property(signedUrl, params, (url, fields) => {
        expect(twilioValidates(ours.getExpectedTwilioSignature(TOKEN, url, fields), url, fields)).toBe(true);
        expect(ours.validateRequest(TOKEN, twilio.getExpectedTwilioSignature(TOKEN, url, fields), url, fields)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ["https://example.com/sms?a=1", "https://example.com:443/sms?a=1", true],
    ["https://example.com:443/sms?a=1", "https://example.com/sms?a=1", true],
    ["http://example.com/sms", "http://example.com:80/sms", true],
    ["https://example.com:8443/sms", "https://example.com:8443/sms", true],
    ["https://example.com:8443/sms", "https://example.com/sms", false],
    ["https://example.com/sms?a=1&b=2", "https://example.com/sms?b=2&a=1", false],
    ["https://example.com/sms?q=it%27s", "https://example.com/sms?q=it's", true],
    ["https://example.com/sms?s=x%20y", "https://example.com/sms?s=x+y", true],
    ["https://example.com/sms", "https://example.com/SMS", false],
  ])("signed %s, received %s: %s, as twilio-node says", (signed, received, valid) => {
    const fields = { Body: "héllo 👋", From: "+15005550006" };
    const signature = twilio.getExpectedTwilioSignature(TOKEN, signed, fields);
    expect(twilioValidates(signature, received, fields)).toBe(valid);
    expect(ours.validateRequest(TOKEN, signature, received, fields)).toBe(valid);
  });

  it("refuses every tampered signature, wrong token, changed parameter and missing header", () => {
    const url = "https://example.com/sms?x=1";
    const fields = { Body: "hi", To: ["+1", "+2"] };
    const signature = ours.getExpectedTwilioSignature(TOKEN, url, fields);
    const tampered = [...signature].map((character, index) => signature.slice(0, index) + (character === "A" ? "B" : "A") + signature.slice(index + 1));
    const forgeries: Array<[string | undefined, string, object]> = [
      ...tampered.map((candidate): [string, string, object] => [candidate, TOKEN, fields]),
      [signature.slice(0, -1), TOKEN, fields],
      [`${signature}=`, TOKEN, fields],
      ["", TOKEN, fields],
      [undefined, TOKEN, fields],
      [signature, `${TOKEN.slice(1)}x`, fields],
      [signature, TOKEN, { ...fields, Body: "hi!" }],
      [signature, TOKEN, { ...fields, Extra: "1" }],
      [signature, TOKEN, { Body: "hi", To: ["+1"] }],
    ];
    for (const [candidate, token, changed] of forgeries) {
      expect(ours.validateRequest(token, candidate, url, changed)).toBe(false);
      expect(twilio.validateRequest(token, candidate as string, url, changed)).toBe(false);
    }
    expect(ours.validateRequest(TOKEN, signature, url, fields)).toBe(true);
  });

  it("answers false for a URL that does not parse, where twilio-node throws", () => {
    expect(() => twilio.validateRequest(TOKEN, "x", "not a url", {})).toThrow(TypeError);
    expect(ours.validateRequest(TOKEN, "x", "not a url", {})).toBe(false);
    expect(ours.validateRequestWithBody(TOKEN, "x", "/relative?bodySHA256=1", "{}")).toBe(false);
  });
});

describe("body hashes, against twilio-node 6.2.0", () => {
  const anyText = fc.string({ maxLength: 200, unit: "binary" });

  it("hashes any text, non-ASCII included, as twilio-node does", () => {
    fc.assert(
      fc.property(anyText, (body) => {
        expect(ours.getExpectedBodyHash(body)).toBe(twilio.getExpectedBodyHash(body));
        expect(ours.validateBody(body, twilio.getExpectedBodyHash(body))).toBe(true);
      }),
      { numRuns: 300 },
    );
    // A lone surrogate becomes U+FFFD in UTF-8 on both sides.
    expect(ours.getExpectedBodyHash("a\ud800b")).toBe(twilio.getExpectedBodyHash("a\ud800b"));
  });

  it("accepts the hash as text, Buffer or byte array, as twilio-node's validateBody does", () => {
    const body = '{"Body":"Grüße 🎉"}';
    const hash = twilio.getExpectedBodyHash(body);
    for (const form of [hash, Buffer.from(hash), [...Buffer.from(hash)]]) {
      expect(ours.validateBody(body, form)).toBe(twilio.validateBody(body, form));
      expect(ours.validateBody(body, form)).toBe(true);
    }
    expect(ours.validateBody(body, hash.toUpperCase())).toBe(twilio.validateBody(body, hash.toUpperCase()));
    expect(ours.validateBody(`${body} `, hash)).toBe(false);
  });

  it("validates JSON webhooks (bodySHA256 in the URL) as twilio-node does, and refuses tampering", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom("https://example.com/hook", "https://example.com:443/hook?x=1"), (text, base) => {
        const body = JSON.stringify({ EventType: "onMessageAdded", Body: text });
        const url = `${base}${base.includes("?") ? "&" : "?"}bodySHA256=${twilio.getExpectedBodyHash(body)}`;
        const signature = twilio.getExpectedTwilioSignature(TOKEN, url, {});
        expect(ours.validateRequestWithBody(TOKEN, signature, url, body)).toBe(true);
        expect(ours.validateRequestWithBody(TOKEN, signature, url, Buffer.from(body))).toBe(true);
        expect(twilio.validateRequestWithBody(TOKEN, ours.getExpectedTwilioSignature(TOKEN, url, null), url, body)).toBe(true);
        expect(ours.validateRequestWithBody(TOKEN, signature, url, `${body} `)).toBe(false);
        expect(twilio.validateRequestWithBody(TOKEN, signature, url, `${body} `)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

describe("the Web Crypto variants", () => {
  it("give the same answers as the synchronous helpers", async () => {
    await fc.assert(
      fc.asyncProperty(signedUrl, params, fc.constantFrom(...transforms), async (url, fields, [, transform]) => {
        const signature = ours.getExpectedTwilioSignature(TOKEN, url, fields);
        expect(await ours.getExpectedTwilioSignatureAsync(TOKEN, url, fields)).toBe(signature);
        expect(await ours.validateRequestAsync(TOKEN, signature, transform(url), fields)).toBe(ours.validateRequest(TOKEN, signature, transform(url), fields));
        const body = JSON.stringify(fields);
        const bodyUrl = `https://example.com/j?bodySHA256=${ours.getExpectedBodyHash(body)}`;
        expect(await ours.getExpectedBodyHashAsync(body)).toBe(ours.getExpectedBodyHash(body));
        expect(await ours.validateBodyAsync(body, ours.getExpectedBodyHash(body))).toBe(true);
        expect(await ours.validateRequestWithBodyAsync(TOKEN, ours.getExpectedTwilioSignature(TOKEN, bodyUrl, {}), bodyUrl, body)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

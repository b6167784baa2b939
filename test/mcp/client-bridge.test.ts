import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { BridgeError, parseClientRequest, replay } from "../../templates/server/mcp/client-bridge.ts";
import { projectRoot } from "../helpers/project.ts";

type Factory = (sid: string, token: string, options: object) => object;

async function client(fetchSpy: typeof fetch): Promise<object> {
  const module = (await import(pathToFileURL(join(projectRoot, "generated/conversations-v1/dist/index.js")).href)) as { default: Factory };
  return module.default(`AC${"a".repeat(32)}`, "token", { fetch: fetchSpy, baseUrl: "http://127.0.0.1:9" });
}

describe("the host side of the code-mode client", () => {
  it.each([
    ["a method that is not a client method", { steps: [{ name: "conversations" }, { name: "v1" }, { name: "users" }], method: "getPage", options: {} }, /not a client method/],
    ["a step out of the client", { steps: [{ name: "constructor" }], method: "fetch", options: {} }, /malformed call chain/],
    ["a prototype key", { steps: [{ name: "__proto__" }], method: "fetch", options: {} }, /malformed call chain/],
    ["a path value that is not text", { steps: [{ name: "conversations" }, { name: "v1" }, { name: "users", args: [{}] }], method: "fetch", options: {} }, /path values must be strings/],
  ])("refuses %s before anything runs", (_, request, message) => {
    expect(() => parseClientRequest(request)).toThrow(message);
  });

  it("refuses a property the client does not define (toString, hasOwnProperty) and sends nothing", async () => {
    let sent = 0;
    const root = await client(async () => {
      sent += 1;
      return new Response("{}");
    });
    for (const name of ["hasOwnProperty", "isPrototypeOf", "noSuchResource"]) {
      await expect(replay(root, parseClientRequest({ steps: [{ name: "conversations" }, { name: "v1" }, { name }], method: "fetch", options: {} }))).rejects.toBeInstanceOf(BridgeError);
    }
    expect(sent).toBe(0);
  });

  it("replays a chain on the real client and returns plain data; list() is capped", async () => {
    const urls: string[] = [];
    const root = await client(async (input) => {
      urls.push(String(input));
      return new Response(JSON.stringify({ users: [{ sid: "US1", identity: "ada" }], meta: { key: "users", next_page_url: null, page_size: 1 } }), { headers: { "content-type": "application/json" } });
    });
    const listed = await replay(root, parseClientRequest({ steps: [{ name: "conversations" }, { name: "v1" }, { name: "users" }], method: "list", options: { limit: 100_000 } }));
    expect(listed).toEqual([{ sid: "US1", identity: "ada" }]);
    expect(new URL(urls[0]!).searchParams.get("PageSize")).not.toBe("100000");
  });
});

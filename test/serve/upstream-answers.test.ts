import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTarget } from "../../templates/server/shared/target.ts";
import { HttpStub, json } from "../helpers/http-stub.ts";
import { projectRoot } from "../helpers/project.ts";
import { MCP_HEADERS, startMcp, startRest, toolCall, type RunningServer } from "../helpers/servers.ts";

/** How each server answers what an upstream may send besides Twilio's JSON. */
const target = loadTarget(join(projectRoot, "generated"), "conversations-users");
const fetchRoute = target.routes.find((route) => route.operation.operationId === "FetchUser")!;
const fetchTool = Object.entries(target.bindings).find(([, binding]) => binding.operationId === "FetchUser")![0];
const listRoute = target.routes.find((route) => route.operation.operationId === "ListUser")!;
const USER = "USaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

const upstream = new HttpStub();
let rest: RunningServer;
let mcp: RunningServer;

beforeAll(async () => {
  const upstreamUrl = await upstream.start();
  rest = await startRest({ upstreamUrl });
  mcp = await startMcp({ upstreamUrl });
});
afterAll(async () => {
  await rest.close();
  await mcp.close();
  await upstream.stop();
});

async function viaRest(): Promise<{ status: number; detail: string }> {
  const response = await fetch(`${rest.url}${fetchRoute.path.replace("{sid}", USER)}`);
  const body = (await response.json()) as { detail?: string };
  return { status: response.status, detail: body.detail ?? "" };
}

async function viaMcp(): Promise<{ isError?: boolean; text: string }> {
  const response = await fetch(mcp.url, { method: "POST", headers: MCP_HEADERS, body: toolCall(fetchTool, { Sid: USER }) });
  const message = (await response.json()) as { result: { isError?: boolean; content: Array<{ text: string }> } };
  return { isError: message.result.isError, text: message.result.content.map((part) => part.text).join("\n") };
}

describe.each([
  ["a redirect", (response: import("node:http").ServerResponse) => response.writeHead(302, { Location: "https://elsewhere.example/v1/Users" }).end(), /redirect \(HTTP 302\), which is not followed/],
  ["a 200 whose body is not JSON", (response: import("node:http").ServerResponse) => response.writeHead(200, { "Content-Type": "text/html" }).end("<html>maintenance</html>"), /not JSON.*<html>maintenance/],
  ["a 500 whose body is not JSON", (response: import("node:http").ServerResponse) => response.writeHead(500, { "Content-Type": "text/html" }).end("<html>boom</html>"), /HTTP 500 with a body that is not JSON.*<html>boom/],
])("an upstream that answers with %s", (_, answer, says) => {
  beforeAll(() => {
    upstream.handler = (_request, response) => answer(response);
  });

  it("is a 502 from the REST adapter that says what happened", async () => {
    const { status, detail } = await viaRest();
    expect(status).toBe(502);
    expect(detail).toMatch(says);
  });

  it("is an isError from the MCP server that says what happened", async () => {
    const result = await viaMcp();
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(says);
  });
});

describe("paging through the REST adapter", () => {
  it("follows the rewritten next-page link back through the adapter to the upstream's next page", async () => {
    upstream.requests.length = 0;
    upstream.handler = (request, response) => {
      const token = new URL(request.url, "http://upstream").searchParams.get("PageToken");
      const next = token === null ? "https://conversations.twilio.com/v1/Users?PageSize=1&Page=1&PageToken=PT2" : null;
      json(response, 200, { users: [{ sid: token === null ? "US1" : "US2" }], meta: { key: "users", page: token === null ? 0 : 1, page_size: 1, next_page_url: next, url: "https://conversations.twilio.com/v1/Users?PageSize=1&Page=0" } });
    };
    const first = (await (await fetch(`${rest.url}${listRoute.path}?PageSize=1`)).json()) as { meta: { next_page_url: string } };
    expect(first.meta.next_page_url).toBe(`${rest.url}${listRoute.path}?PageSize=1&Page=1&PageToken=PT2`);
    const second = (await (await fetch(first.meta.next_page_url)).json()) as { users: Array<{ sid: string }>; meta: { next_page_url: string | null } };
    expect(second.users.map((user) => user.sid)).toEqual(["US2"]);
    expect(second.meta.next_page_url).toBeNull();
    expect(new URL(upstream.requests[1]!.url, "http://upstream").searchParams.get("PageToken")).toBe("PT2");
  });
});

import type { ServerResponse } from "node:http";
import { HttpStub, json, type RecordedRequest } from "../helpers/http-stub.ts";

/** What the recording upstream serves; the tests derive their expectations from it. */
export const UPSTREAM = {
  user: `US${"1".repeat(32)}`,
  missing: `US${"4".repeat(32)}`,
  slow: `US${"5".repeat(32)}`,
  /** Identities on the three list pages, in order. */
  pages: [["p0-a", "p0-b"], ["p1-a", "p1-b"], ["p2-a", "p2-b"]],
  roles: ["admin"],
  notFound: { code: 20404, status: 404, message: "The requested resource was not found", more_info: "https://www.twilio.com/docs/errors/20404" },
  /** Longer than every timeout and abort the suite uses, shorter than the runner's limit. */
  slowMs: 3000,
};

/**
 * A local Conversations upstream on 127.0.0.1 that records every request. The
 * first request of each pair to Roles is refused with 429 and `Retry-After: 0`,
 * so each client's retry sees one refusal and then the answer.
 */
export class RecordingUpstream extends HttpStub {
  private rolesSeen = 0;

  constructor() {
    super();
    this.handler = (request, response) => this.answer(request, response);
  }

  private answer(request: RecordedRequest, response: ServerResponse): void {
    const url = new URL(request.url, "http://upstream");
    const form = new URLSearchParams(request.body);
    const route = `${request.method} ${url.pathname}`;
    const user = { sid: UPSTREAM.user, account_sid: `AC${"a".repeat(32)}`, identity: "ada", friendly_name: null, date_created: "2019-12-16T22:18:37Z" };
    if (route === "POST /v1/Users") return json(response, 201, { ...user, identity: form.get("Identity") });
    if (route === `GET /v1/Users/${UPSTREAM.user}`) return json(response, 200, user);
    if (route === `POST /v1/Users/${UPSTREAM.user}`) return json(response, 200, { ...user, friendly_name: form.get("FriendlyName") });
    if (route === `DELETE /v1/Users/${UPSTREAM.user}`) return void response.writeHead(204).end();
    if (route === `GET /v1/Users/${UPSTREAM.missing}`) return json(response, 404, UPSTREAM.notFound);
    if (route === `GET /v1/Users/${UPSTREAM.slow}`) {
      const timer = setTimeout(() => json(response, 200, user), UPSTREAM.slowMs);
      response.on("close", () => clearTimeout(timer));
      return;
    }
    if (route === "GET /v1/Users") return this.page(url, response);
    if (route === "GET /v1/Roles") {
      this.rolesSeen++;
      if (this.rolesSeen % 2 === 1) return json(response, 429, { code: 20429, message: "Too Many Requests", status: 429 }, { "Retry-After": "0" });
      return json(response, 200, { roles: UPSTREAM.roles.map((name) => ({ friendly_name: name })), meta: { key: "roles", next_page_url: null } });
    }
    json(response, 404, { code: 20404, message: `no route ${route}`, status: 404 });
  }

  private page(url: URL, response: ServerResponse): void {
    const number = Number(url.searchParams.get("Page") ?? "0");
    const items = UPSTREAM.pages[number] ?? [];
    const next = number + 1 < UPSTREAM.pages.length ? `https://conversations.twilio.com/v1/Users?PageSize=2&Page=${number + 1}&PageToken=PT${number + 1}` : null;
    json(response, 200, { users: items.map((identity) => ({ sid: UPSTREAM.user, identity })), meta: { key: "users", page: number, page_size: items.length, next_page_url: next } });
  }
}

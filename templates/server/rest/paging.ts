import { optionKey } from "../../runtime/option-keys.js";
import { PAGING_PARAMETERS } from "../shared/strict-request.js";
import type { RouteEntry } from "../shared/tables.js";

export type PagingReader = (requestUrl: string) => Record<string, unknown> | string;

/**
 * Reads the paging position a caller passes back from a rewritten link, as
 * client options, for the paging parameters the route's table does not
 * declare (those it declares are validated and fed like any input). Worked
 * out once per route; the reader returns a complaint when a value is unusable.
 */
export function pagingReader(route: RouteEntry): PagingReader {
  const declared = new Set(route.parameters.map((parameter) => parameter.name.toLowerCase()));
  // The client takes each under its option key (`Page` → `pageNumber`).
  const undeclared = PAGING_PARAMETERS.filter((wire) => !declared.has(wire.toLowerCase()));
  return (requestUrl) => {
    const query = new URL(requestUrl).searchParams;
    const options: Record<string, unknown> = {};
    for (const wire of undeclared) {
      const value = query.get(wire);
      if (value === null) continue;
      if (wire === "PageToken") options[optionKey(wire)] = value;
      else if (/^\d{1,9}$/.test(value)) options[optionKey(wire)] = Number(value);
      else return `${wire} must be a whole number`;
    }
    return options;
  };
}

const LINK_KEYS = /^(first|next|previous|last)_page_ur[il]$|^ur[il]$/;

/**
 * Points Twilio's paging links (`meta.next_page_url`, v2010's `next_page_uri`,
 * …) at this adapter: same route, the upstream's query string, so a REST
 * client can page through the adapter without ever calling Twilio directly.
 */
export function rewritePagingLinks(body: unknown, requestUrl: string): unknown {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return body;
  const request = new URL(requestUrl);
  const rewritten: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  const meta = rewritten["meta"];
  if (typeof meta === "object" && meta !== null && !Array.isArray(meta)) rewritten["meta"] = rewriteLinks(meta as Record<string, unknown>, request);
  return rewriteLinks(rewritten, request);
}

function rewriteLinks(record: Record<string, unknown>, request: URL): Record<string, unknown> {
  const result = { ...record };
  for (const [key, value] of Object.entries(record)) {
    if (!LINK_KEYS.test(key) || typeof value !== "string" || value === "") continue;
    const upstream = new URL(value, "https://upstream.invalid");
    const local = `${request.pathname}${upstream.search}`;
    result[key] = key.endsWith("uri") ? local : `${request.origin}${local}`;
  }
  return result;
}

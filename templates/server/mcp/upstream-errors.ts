/** The parts of an upstream error an agent can act on: Twilio's code, message and link, and any field-level list. */
export interface ErrorDetails {
  status: number;
  code?: number;
  message: string;
  moreInfo?: string;
  /** Field-level problems: Twilio's `details`, or a mock's `validation` list, kept as sent (at most 20). */
  fields?: unknown[];
}

const MAX_FIELDS = 20;

/**
 * Reads Twilio's error body (`code`, `message`, `more_info`, `details`) and the
 * problem+json a mock such as Prism sends (`title`, `detail`, `validation`).
 */
export function errorDetails(status: number, body: unknown, fallback: { code?: number; message: string; moreInfo?: string }): ErrorDetails {
  const record = isRecord(body) ? body : {};
  const details: ErrorDetails = { status, message: text(record["message"]) ?? text(record["detail"]) ?? text(record["title"]) ?? fallback.message };
  const code = typeof record["code"] === "number" ? record["code"] : fallback.code;
  if (code !== undefined) details.code = code;
  const moreInfo = text(record["more_info"]) ?? fallback.moreInfo;
  if (moreInfo !== undefined) details.moreInfo = moreInfo;
  const fields = fieldList(record);
  if (fields.length > 0) details.fields = fields.slice(0, MAX_FIELDS);
  return details;
}

/** `Twilio error 20001 (HTTP 400): Missing Identity — https://… Fields: [{…}]` */
export function describeError(details: ErrorDetails): string {
  const code = details.code === undefined ? "" : ` ${details.code}`;
  const link = details.moreInfo === undefined ? "" : ` — ${details.moreInfo}`;
  const fields = details.fields === undefined ? "" : ` Fields: ${JSON.stringify(details.fields)}`;
  return `Twilio error${code} (HTTP ${details.status}): ${details.message}${link}${fields}`;
}

function fieldList(record: Record<string, unknown>): unknown[] {
  for (const key of ["validation", "details", "errors", "fields"]) {
    const value = record[key];
    if (Array.isArray(value)) return value;
    if (isRecord(value)) return Object.entries(value).map(([field, problem]) => ({ field, problem }));
  }
  return [];
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

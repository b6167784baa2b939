/** An error answer from the Twilio API, always delivered as a rejected promise. */
export class RestException extends Error {
  readonly status: number;
  readonly code: number | undefined;
  readonly moreInfo: string | undefined;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(status: number, body: unknown, fallbackText: string) {
    const fields = isRecord(body) ? body : {};
    // Twilio says `message`; proxies and mock servers often answer RFC 7807 `detail`/`title`.
    const text = [fields["message"], fields["detail"], fields["title"]].find(
      (candidate): candidate is string => typeof candidate === "string" && candidate !== "",
    );
    const message = text ?? (fallbackText === "" ? `HTTP ${status}` : fallbackText.slice(0, 500));
    super(message);
    this.name = "RestException";
    this.status = status;
    this.code = typeof fields["code"] === "number" ? fields["code"] : undefined;
    this.moreInfo = typeof fields["more_info"] === "string" ? fields["more_info"] : undefined;
    this.details = isRecord(fields["details"]) ? fields["details"] : undefined;
  }
}

/** A call the client refuses before sending anything, such as a path value of `..`. */
export class RequestValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RequestValidationError";
  }
}

/** A 2xx answer whose body is not the JSON the API promises. */
export class ResponseParseError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = "ResponseParseError";
    this.status = status;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

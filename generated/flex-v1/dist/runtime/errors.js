class RestException extends Error {
  status;
  code;
  moreInfo;
  details;
  constructor(status, body, fallbackText) {
    const fields = isRecord(body) ? body : {};
    const text = [fields["message"], fields["detail"], fields["title"]].find(
      (candidate) => typeof candidate === "string" && candidate !== ""
    );
    const message = text ?? (fallbackText === "" ? `HTTP ${status}` : fallbackText.slice(0, 500));
    super(message);
    this.name = "RestException";
    this.status = status;
    this.code = typeof fields["code"] === "number" ? fields["code"] : void 0;
    this.moreInfo = typeof fields["more_info"] === "string" ? fields["more_info"] : void 0;
    this.details = isRecord(fields["details"]) ? fields["details"] : void 0;
  }
}
class RequestValidationError extends Error {
  constructor(message) {
    super(message);
    this.name = "RequestValidationError";
  }
}
class ResponseParseError extends Error {
  status;
  constructor(status, message) {
    super(message);
    this.name = "ResponseParseError";
    this.status = status;
  }
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
export {
  RequestValidationError,
  ResponseParseError,
  RestException,
  isRecord
};

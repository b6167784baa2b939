import * as jwt from "./jwt/index.js";
import {
  getExpectedBodyHash,
  getExpectedBodyHashAsync,
  getExpectedTwilioSignature,
  getExpectedTwilioSignatureAsync,
  validateBody,
  validateBodyAsync,
  validateRequest,
  validateRequestAsync,
  validateRequestWithBody,
  validateRequestWithBodyAsync
} from "./webhooks/signature.js";
import {
  validateExpressRequest,
  validateIncomingRequest
} from "./webhooks/incoming.js";
import { webhook } from "./webhooks/middleware.js";
export {
  getExpectedBodyHash,
  getExpectedBodyHashAsync,
  getExpectedTwilioSignature,
  getExpectedTwilioSignatureAsync,
  jwt,
  validateBody,
  validateBodyAsync,
  validateExpressRequest,
  validateIncomingRequest,
  validateRequest,
  validateRequestAsync,
  validateRequestWithBody,
  validateRequestWithBodyAsync,
  webhook
};

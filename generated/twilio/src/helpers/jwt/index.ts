/** `jwt` as twilio-node exports it: `jwt.AccessToken`, with the grants as its static members. */
export { AccessToken } from "./access-token.js";

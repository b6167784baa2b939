// Declarations of the runtime source with sha256 08728751ea4f6987ceaeee8f779e57b5461830d49b5ba214b35c196f58bf0a8e, by typescript@5.9.3. Refresh: node generator/launch.mjs generator/emit/client/refresh-runtime-declarations.ts
/** `jwt` as twilio-node exports it: `jwt.AccessToken`, with the grants as its static members. */
export { AccessToken } from "./access-token.js";

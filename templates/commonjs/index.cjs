"use strict";
// The CommonJS entry: twilio-node's `const twilio = require(…); twilio(sid, token)`.
// It loads the package's one ES module (require(esm), Node 20.19+), so `require`
// and `import` share a single copy of the code: no dual-package hazard.
const esm = require("./index.js");

function twilio(accountSid, authToken, options) {
  return esm.default(accountSid, authToken, options);
}
for (const source of [esm.default, esm]) {
  for (const name of Object.keys(source)) if (name !== "default" && name !== "__esModule" && !Object.hasOwn(twilio, name)) twilio[name] = source[name];
}
twilio.default = twilio;
module.exports = twilio;

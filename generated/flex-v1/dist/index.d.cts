// Types of the CommonJS entry: the callable `twilio` with the ES module's named exports on it.
type Esm = typeof import("./index.js");
declare const twilio: Esm["default"] & Omit<Esm, "default"> & { readonly default: Esm["default"] };
export = twilio;

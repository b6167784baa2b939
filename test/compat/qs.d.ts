// qs is twilio-node's form encoder; the compatibility stub encodes twilio's requests with it, as twilio's RequestClient does.
declare module "qs" {
  const qs: { stringify(value: unknown, options?: { arrayFormat?: "repeat" | "indices" | "brackets" | "comma" }): string };
  export default qs;
}

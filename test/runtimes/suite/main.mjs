// Node, Bun and Deno: the upstream's URL is the first argument; the report goes to stdout as JSON.
import * as single from "@twilio-codegen/conversations-v1";
import * as aggregate from "@twilio-codegen/twilio";
import { runSuite } from "./suite.mjs";

const baseUrl = globalThis.Deno ? globalThis.Deno.args[0] : globalThis.process.argv[2];
const report = { single: await runSuite(single, baseUrl), aggregate: await runSuite(aggregate, baseUrl) };
console.log(JSON.stringify(report));

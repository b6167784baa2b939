// workerd: the same suite inside a Worker's fetch handler; the upstream's URL is a binding.
import * as single from "@twilio-codegen/conversations-v1";
import * as aggregate from "@twilio-codegen/twilio";
import { runSuite } from "./suite.mjs";

export default {
  async fetch(_request, env) {
    const report = { single: await runSuite(single, env.BASE_URL), aggregate: await runSuite(aggregate, env.BASE_URL) };
    return Response.json(report);
  },
};

// The same check as a Cloudflare Worker (workerd has no stdout to print to): it answers with the results.
import { helperResults, type HelperInputs } from "./check.ts";

declare const HELPER_INPUTS: HelperInputs;

export default {
  async fetch(): Promise<Response> {
    return Response.json(await helperResults(HELPER_INPUTS));
  },
};

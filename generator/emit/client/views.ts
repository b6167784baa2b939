import type { GenerationModel } from "../../model/types.ts";
import { callTable, type CallTable } from "./calls.ts";
import { planClient, type ClientPlan } from "./plan.ts";

/** An API's client surface as the emitters see it: names decided, and how each operation is reached. */
export interface ClientView {
  plan: ClientPlan;
  calls: CallTable;
}

/** Works out each API's client surface once per run, for every emitter that shows or calls it. */
export function clientViews(model: GenerationModel): Map<string, ClientView> {
  return new Map(model.apis.map((api) => {
    const plan = planClient(api);
    return [api.id, { plan, calls: callTable(plan) }];
  }));
}

import type { GenerationModel } from "../../model/types.ts";
import type { ClientView } from "../client/views.ts";
import { outputPaths, type OutputSink } from "../sink.ts";
import { resourcePages } from "./resources.ts";
import { apiSkill, capabilitySkill } from "./skill.ts";

/** SKILL.md per API and per capability, and a reference page per resource. Reads only the model. */
export function emitDocs(model: GenerationModel, sink: OutputSink, views: Map<string, ClientView>): void {
  for (const api of model.apis) {
    const { plan, calls } = views.get(api.id)!;
    sink.add(outputPaths.api(api.id, "SKILL.md"), apiSkill(api, plan, calls));
    for (const page of resourcePages(plan, calls)) sink.add(outputPaths.api(api.id, page.file), page.content);
  }
  for (const capability of model.capabilities) sink.add(outputPaths.capability(capability.id, "SKILL.md"), capabilitySkill(model, capability, views));
}

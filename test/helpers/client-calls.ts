import { callTable, type CallTable } from "../../generator/emit/client/calls.ts";
import type { ClientPlan } from "../../generator/emit/client/plan.ts";
import { invokeRoute } from "../../templates/server/shared/upstream.ts";

/**
 * Calls one operation the way a user writes it, e.g.
 * `client.conversations.v1.services(sid).conversations(sid).messages.create(params)`,
 * following the same call table as the MCP server and REST adapter.
 */
export class OperationCaller {
  private readonly table: CallTable;

  constructor(private readonly client: unknown, plan: ClientPlan) {
    this.table = callTable(plan);
  }

  call(operationId: string, pathValues: string[], params: Record<string, unknown>): Promise<unknown> {
    const route = this.table.operations[operationId];
    if (route === undefined) throw new Error(`no call route for ${operationId}`);
    const version = (this.client as Record<string, Record<string, Record<string, unknown>>>)[this.table.domain]![this.table.version]!;
    return invokeRoute(version, route, pathValues, params);
  }
}

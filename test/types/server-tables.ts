// The generator writes the tables the servers read: its types must fit the servers' view of them.
import type { CallTable as EmittedCallTable } from "../../generator/emit/client/calls.ts";
import type { McpTool as EmittedTool, ToolBinding as EmittedBinding } from "../../generator/emit/mcp.ts";
import type { McpServerSettings } from "../../generator/emit/mcp.ts";
import type { CapabilityRouteTable, RouteEntry as EmittedRoute } from "../../generator/emit/routes.ts";
import type { BindingsFile, CallTable, McpTool, RouteEntry, RoutesFile, ToolBinding } from "../../templates/server/shared/tables.ts";

type Fits<Written, Read> = Written extends Read ? true : never;

export const toolsFit: Fits<EmittedTool, McpTool> = true;
export const bindingsFit: Fits<EmittedBinding, ToolBinding> = true;
export const routesFit: Fits<EmittedRoute, RouteEntry> = true;
export const callsFit: Fits<EmittedCallTable, CallTable> = true;
export const bindingsFileFits: Fits<McpServerSettings & { tools: Record<string, EmittedBinding> }, BindingsFile> = true;
export const routesFileFits: Fits<CapabilityRouteTable, RoutesFile> = true;

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { unknownRequestFields, type DeclaredRequestInput } from "../../templates/server/shared/strict-request.ts";
import { projectRoot } from "../helpers/project.ts";

const routes = (path: string) => (JSON.parse(readFileSync(join(projectRoot, "generated", path, "routes.json"), "utf8")) as { routes: Array<{ method: string; path: string; parameters: DeclaredRequestInput[] }> }).routes;

describe("strict REST requests", () => {
  it("refuses undeclared query keys and form fields of an API route, naming the closest, but lets paging keys through", () => {
    const create = routes("conversations-v1").find((route) => route.method === "POST" && route.path === "/v1/Conversations")!;
    expect(unknownRequestFields(create.parameters, [], { FriendlyName: "x" })).toEqual([]);
    expect(unknownRequestFields(create.parameters, [], { friendlyName: "x" })).toEqual([{ field: "friendlyName", in: "body", message: 'is not a parameter of this route (did you mean "FriendlyName"?)' }]);
    const list = routes("conversations-v1").find((route) => route.method === "GET" && route.path === "/v1/Conversations")!;
    expect(unknownRequestFields(list.parameters, ["PageToken", "PageSize"], undefined)).toEqual([]);
    expect(unknownRequestFields(list.parameters, ["stat"], undefined)[0]).toMatchObject({ field: "stat", in: "query" });
  });

  it("checks a capability route's whole body against its closed schema", () => {
    const create = routes("capabilities/conversations-users").find((route) => route.method === "POST")!;
    expect(unknownRequestFields(create.parameters, [], { Identity: "ada" })).toEqual([]);
    expect(unknownRequestFields(create.parameters, [], { identity: "ada" })).toEqual([{ field: "identity", in: "body", message: 'is not a field of this request (did you mean "Identity"?)' }]);
  });
});

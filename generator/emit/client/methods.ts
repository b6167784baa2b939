import type { MethodSignatureStructure, OptionalKind } from "ts-morph";
import type { Operation } from "../../model/types.ts";
import { jsDoc } from "../ts.ts";
import type { ResourcePlan } from "./plan.ts";

export type Method = OptionalKind<MethodSignatureStructure>;

type SingleKind = "create" | "fetch" | "update" | "patch" | "remove";
const SINGLE_KINDS: readonly SingleKind[] = ["create", "fetch", "update", "patch", "remove"];

/** The option type names of a resource, by kind: ours (`UserCreateOptions`); twilio-node's names are aliases of these. */
export function optionsTypeName(resource: ResourcePlan, kind: string): string {
  return `${resource.typeBase}${kind.charAt(0).toUpperCase()}${kind.slice(1)}Options`;
}

/** Whether a call takes an options object: any non-path parameter or a JSON body. */
export function takesParams(operation: Operation): boolean {
  return operation.jsonBody !== undefined || operation.parameters.some((parameter) => parameter.location !== "path");
}

function paramsRequired(operation: Operation): boolean {
  return operation.parameters.some((parameter) => parameter.location !== "path" && parameter.required) || operation.jsonBody?.required === true;
}

/**
 * twilio-node's overloads for one operation, and the same again as
 * `*WithHttpInfo` resolving `ApiResponse<T>`: `fetch(callback?)`,
 * `update(callback?)` and `update(params, callback?)` (only the latter when a
 * parameter is required). Ours also take `CallOptions` where the callback goes.
 */
function overloads(name: string, operation: Operation, optionsType: string, result: string, docs: string[]): Method[] {
  const forResult = (type: string, method: string): Method[] => {
    const last = { name: "options", hasQuestionToken: true, type: `CallOptions | Callback<${type}>` };
    const returnType = `Promise<${type}>`;
    if (!takesParams(operation)) return [{ name: method, parameters: [last], returnType, docs }];
    const withParams: Method[] = [{ name: method, parameters: [{ name: "params", type: optionsType }, last], returnType, docs }];
    // twilio-node's JSON-body methods take extra request headers second.
    if (operation.jsonBody) withParams.push({ name: method, parameters: [{ name: "params", type: optionsType }, { name: "headers", type: "Record<string, string> | undefined" }, { name: "callback", hasQuestionToken: true, type: `Callback<${type}>` }], returnType, docs });
    if (paramsRequired(operation)) return withParams;
    return [{ name: method, parameters: [{ name: "callback", hasQuestionToken: true, type: `Callback<${type}>` }], returnType, docs }, ...withParams];
  };
  return [...forResult(result, name), ...forResult(`ApiResponse<${result}>`, `${name}WithHttpInfo`)];
}

/** create/fetch/update/remove on one side (list accessor or instance context), as the plan placed them. */
export function singleMethods(resource: ResourcePlan, side: "list" | "instance"): Method[] {
  const methods: Method[] = [];
  for (const kind of SINGLE_KINDS) {
    const operation = resource.operations[kind];
    if (operation === undefined || resource.placement[kind] !== side) continue;
    const result = kind === "remove" ? "boolean" : `${resource.typeBase}Instance`;
    methods.push(...overloads(kind, operation, optionsTypeName(resource, kind), result, jsDoc(operation.description ?? operation.summary)));
  }
  return methods;
}

/** list/page/each/getPage with twilio-node's overloads and `*WithHttpInfo` forms, and our `iterate`. */
export function listMethods(resource: ResourcePlan): Method[] {
  const options = optionsTypeName(resource, "list");
  const instance = `${resource.typeBase}Instance`;
  const page = `Page<${instance}>`;
  const itemCallback = `(item: ${instance}, done: (error?: Error) => void) => void`;
  const paged = (name: string, result: string): Method[] => [
    { name, parameters: [{ name: "callback", hasQuestionToken: true, type: `ListCallback<${result}>` }], returnType: `Promise<${result}>` },
    { name, parameters: [{ name: "params", type: options }, { name: "options", hasQuestionToken: true, type: `CallOptions | ListCallback<${result}>` }], returnType: `Promise<${result}>` },
  ];
  const each = (name: string): Method[] => [
    { name, parameters: [{ name: "callback", hasQuestionToken: true, type: itemCallback }], returnType: "Promise<void>" },
    {
      name,
      parameters: [{ name: "params", type: `${options} & EachOptions<${instance}>` }, { name: "callback", hasQuestionToken: true, type: itemCallback }],
      returnType: "Promise<void>",
      docs: ["Calls back with each item across pages; `done()` stops early."],
    },
  ];
  const getPage = (name: string, result: string): Method => ({
    name,
    parameters: [{ name: "url", type: "string" }, { name: "options", hasQuestionToken: true, type: `CallOptions | ListCallback<${result}>` }],
    returnType: `Promise<${result}>`,
  });
  return [
    ...paged("list", `${instance}[]`),
    ...paged("listWithHttpInfo", `ApiResponse<${instance}[]>`),
    ...paged("page", page),
    ...paged("pageWithHttpInfo", `ApiResponse<${page}>`),
    getPage("getPage", page),
    getPage("getPageWithHttpInfo", `ApiResponse<${page}>`),
    ...each("each"),
    ...each("eachWithHttpInfo"),
    {
      name: "iterate",
      parameters: [{ name: "params", hasQuestionToken: true, type: options }, { name: "options", hasQuestionToken: true, type: "CallOptions" }],
      returnType: `AsyncGenerator<${instance}, void, undefined>`,
      docs: ["Items across pages for `for await`; a `break` stops fetching further pages."],
    },
  ];
}

/** `toJSON()`: an instance gives its fields; a context or list accessor its path values, as twilio-node's do. */
export function toJsonMethod(returnType: string): Method {
  return { name: "toJSON", returnType };
}

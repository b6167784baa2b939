import { relative } from "node:path";
import ts from "typescript";
import { enumValues, probeValue, typeText, type Checker } from "./probe-types.ts";

/**
 * Writes compatibility probes from twilio-node's own declarations: one file
 * per resource that twilio's version classes reach. Each probe calls every
 * list, context and instance method in every overload (full options object,
 * callback form, `*WithHttpInfo`), reads every instance property into a
 * variable of twilio's declared type, calls every child accessor and every
 * `toJSON`. Only the import line names the client package, so the same file
 * compiles against twilio and against ours.
 *
 * Members twilio-node marks internal by name (`_version`, `_solution`, `_uri`)
 * and `[inspect.custom]` are not part of the surface a program uses, so no
 * probe reads them.
 */
export interface ProbeFile {
  /** e.g. `conversations.v1.conversations.messages`. */
  resource: string;
  domain: string;
  text: string;
  /** 1-based line → the probe on it, e.g. `list.create#1`. */
  labels: Map<number, string>;
}

export interface ProbeOptions {
  /** twilio's package folder. */
  twilioRoot: string;
  /** Domains to probe: `conversations`, `flexApi`. */
  domains: string[];
  /** The import line's module for each domain, and the harness module, as the probe files will see them. */
  clientModule: (domain: string) => string;
  harnessModule: string;
  /** Enum values known to be missing from the spec: full calls use other values, and each is probed on its own line. */
  disputed: ReadonlySet<string>;
}

interface ProbeContext {
  checker: Checker;
  disputed: ReadonlySet<string>;
}

interface Resource {
  name: string;
  listExpression: string;
  listType: ts.Type;
  /** Path values for a callable list: `("CH-probe")`. */
  selectArguments?: string;
  contextType?: ts.Type;
}

export function generateProbes(options: ProbeOptions): ProbeFile[] {
  const roots = options.domains.map((domain) => `${options.twilioRoot}/lib/rest/${domain}/V1.d.ts`);
  const program = ts.createProgram(roots, { strict: true, skipLibCheck: true, types: ["node"], target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const files: ProbeFile[] = [];
  options.domains.forEach((domain, index) => {
    const source = program.getSourceFile(roots[index]!);
    if (source === undefined) throw new Error(`twilio declarations not found: ${relative(process.cwd(), roots[index]!)}`);
    for (const resource of resourcesOf(checker, source, domain)) files.push(probeFile({ checker, disputed: options.disputed }, resource, domain, options));
  });
  return files;
}

function isListInstance(type: ts.Type): boolean {
  return (type.aliasSymbol ?? type.getSymbol())?.getName().endsWith("ListInstance") === true;
}

/**
 * The members a program uses, in declaration order: not protected or
 * private, not symbol-keyed, and not twilio's internals (`_version`,
 * `_solution`, `_uri`, and `_x` caches of a member `x`). `_private` is a field.
 */
function publicMembers(checker: Checker, type: ts.Type): ts.Symbol[] {
  const members = checker.getPropertiesOfType(type);
  const names = new Set(members.map((member) => member.getName()));
  return members.filter((member) => {
    const name = member.getName();
    if (name.startsWith("__@") || TWILIO_INTERNALS.has(name) || (name.startsWith("_") && names.has(name.slice(1)))) return false;
    const modifiers = ts.getCombinedModifierFlags(member.valueDeclaration ?? member.declarations![0]!);
    return (modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) === 0;
  });
}

const TWILIO_INTERNALS = new Set(["_version", "_solution", "_uri"]);

function memberType(checker: Checker, member: ts.Symbol): ts.Type {
  const declaration = member.valueDeclaration ?? member.declarations?.[0];
  return declaration === undefined ? checker.getTypeOfSymbol(member) : checker.getTypeOfSymbolAtLocation(member, declaration);
}

/** Every resource the version class reaches, depth first: `users`, `users(sid).userConversations`, `configuration.webhooks`. */
function resourcesOf(checker: Checker, source: ts.SourceFile, domain: string): Resource[] {
  const version = source.statements.find((statement): statement is ts.ClassDeclaration => ts.isClassDeclaration(statement) && statement.name?.text === "V1");
  if (version === undefined) throw new Error(`${source.fileName}: no class V1`);
  const resources: Resource[] = [];
  const visit = (name: string, expression: string, type: ts.Type, depth: number) => {
    if (depth > 6) return;
    const resource: Resource = { name, listExpression: expression, listType: type };
    resources.push(resource);
    const [select] = type.getCallSignatures();
    if (select) {
      resource.selectArguments = `(${select.getParameters().map((parameter) => JSON.stringify(`${parameter.getName()}-probe`)).join(", ")})`;
      resource.contextType = select.getReturnType();
      for (const member of publicMembers(checker, resource.contextType)) {
        const child = memberType(checker, member);
        if (isListInstance(child)) visit(`${name}.${member.getName()}`, `${expression}${resource.selectArguments}.${member.getName()}`, child, depth + 1);
      }
    }
    for (const member of publicMembers(checker, type)) {
      const child = memberType(checker, member);
      if (isListInstance(child)) visit(`${name}.${member.getName()}`, `${expression}.${member.getName()}`, child, depth + 1);
    }
  };
  const versionType = checker.getTypeAtLocation(version);
  for (const member of publicMembers(checker, versionType)) {
    const type = memberType(checker, member);
    if (isListInstance(type)) visit(`${domain}.v1.${member.getName()}`, `client.${domain}.v1.${member.getName()}`, type, 0);
  }
  return resources;
}

/** Lines of one probe function, each tagged with its label. */
class Lines {
  readonly lines: Array<[string, string | undefined]> = [];

  add(text: string, label?: string): void {
    this.lines.push([text, label]);
  }
}

function probeFile(ctx: ProbeContext, resource: Resource, domain: string, options: ProbeOptions): ProbeFile {
  const checker = ctx.checker;
  const out = new Lines();
  out.add(`// Generated by test/compat/probes.ts from twilio-node's declarations (${resource.name}). Do not edit.`);
  out.add(`import type twilio from ${JSON.stringify(options.clientModule(domain))};`);
  out.add(`import type { Harness } from ${JSON.stringify(options.harnessModule)};`);
  out.add("type Client = ReturnType<typeof twilio>;");
  out.add("export async function probe(client: Client, h: Harness): Promise<void> {");
  out.add(`  const list = ${resource.listExpression};`, "list");
  methodCalls(ctx, out, "list", resource.listType);
  out.add(`  h.json("list.toJSON", list.toJSON());`, "list.toJSON");
  if (resource.contextType && resource.selectArguments) {
    out.add(`  const context = list${resource.selectArguments};`, "context");
    out.add(`  h.json("get.toJSON", list.get${resource.selectArguments}.toJSON());`, "list.get");
    methodCalls(ctx, out, "context", resource.contextType);
    out.add(`  h.json("context.toJSON", context.toJSON());`, "context.toJSON");
  }
  pageProbes(ctx, out, resource);
  instanceProbes(ctx, out, resource);
  out.add("}");
  const labels = new Map<number, string>();
  out.lines.forEach(([, label], index) => label !== undefined && labels.set(index + 1, label));
  return { resource: resource.name, domain, text: `${out.lines.map(([text]) => text).join("\n")}\n`, labels };
}

/** Every overload of every method, called with all its parameters: full options, callbacks that report to the harness. */
function methodCalls(ctx: ProbeContext, out: Lines, target: string, type: ts.Type, skip: (name: string) => boolean = () => false): void {
  const checker = ctx.checker;
  for (const member of publicMembers(checker, type)) {
    const name = member.getName();
    const memberTypeOf = memberType(checker, member);
    if (name === "toJSON" || name === "get" || isListInstance(memberTypeOf) || skip(name)) continue;
    const signatures = memberTypeOf.getCallSignatures();
    signatures.forEach((signature, index) => {
      const label = `${target}.${name}#${index}`;
      const args = signature.getParameters().map((parameter) => probeValue(checker, checker.getTypeOfSymbol(parameter), parameter.getName(), label, ctx.disputed));
      out.add(`  await h.call(${JSON.stringify(label)}, () => ${target}.${name}(${args.join(", ")}));`, label);
    });
    const last = signatures.at(-1);
    if (last) enumProbes(ctx, out, `${target}.${name}`, last);
  }
}

/**
 * Every value of every enum option, each on a line of its own, typed by the
 * method's options parameter (its last overload's first parameter).
 */
function enumProbes(ctx: ProbeContext, out: Lines, method: string, signature: ts.Signature): void {
  const checker = ctx.checker;
  const [first] = signature.getParameters();
  if (first === undefined) return;
  const options = checker.getNonNullableType(checker.getTypeOfSymbol(first));
  if (options.getCallSignatures().length > 0) return;
  for (const property of checker.getPropertiesOfType(options)) {
    for (const { value, text } of enumValues(checker, checker.getTypeOfSymbol(property))) {
      const label = `${method}.${property.getName()}=${value}`;
      out.add(`  h.read(${JSON.stringify(label)}, ((value: NonNullable<Parameters<typeof ${method}>[0]>[${JSON.stringify(property.getName())}]) => value)(${text}));`, label);
    }
  }
}

/**
 * A page's members that programs use. twilio's Page also declares the
 * machinery its subclasses build themselves with (getInstance, loadInstances,
 * processResponse, loadPage, forOwn), which no program calls.
 */
const PAGE_MEMBERS = new Set(["instances", "nextPageUrl", "previousPageUrl", "getNextPageUrl", "getPreviousPageUrl", "nextPage", "previousPage", "toJSON"]);

function pageProbes(ctx: ProbeContext, out: Lines, resource: Resource): void {
  const checker = ctx.checker;
  const page = resource.listType.getProperty("page");
  if (page === undefined) return;
  const pageType = checker.getAwaitedType(memberType(checker, page).getCallSignatures()[0]!.getReturnType())!;
  out.add("  const page = await h.instance(() => list.page());", "page");
  out.add("  if (page !== undefined) {");
  let count = 0;
  for (const member of publicMembers(checker, pageType).filter((candidate) => PAGE_MEMBERS.has(candidate.getName()))) {
    const name = member.getName();
    const type = memberType(checker, member);
    if (type.getCallSignatures().length > 0) out.add(`    await h.call(${JSON.stringify(`page.${name}`)}, () => page.${name}());`, `page.${name}()`);
    else if (name !== "instances") out.add(`    const pageField${count++}: ${typeText(checker, type)} = page.${name};`, `page.${name}`);
    else out.add(`    h.read("page.instances", page.instances.length);`, "page.instances");
  }
  out.add("  }");
}

/** The methods that give an instance, in the order the probe tries them. */
const INSTANCE_SOURCES: Array<["list" | "context", string]> = [["context", "fetch"], ["list", "create"], ["context", "update"], ["list", "list"]];

function instanceProbes(ctx: ProbeContext, out: Lines, resource: Resource): void {
  const checker = ctx.checker;
  const source = INSTANCE_SOURCES.find(([side, method]) => {
    const type = side === "list" ? resource.listType : resource.contextType;
    return type !== undefined && type.getProperty(method) !== undefined;
  });
  if (source === undefined) return;
  const [side, method] = source;
  const sideType = side === "list" ? resource.listType : resource.contextType!;
  const signatures = memberType(checker, sideType.getProperty(method)!).getCallSignatures();
  const signature = signatures[signatures.length - 1]!;
  const args = signature.getParameters().filter((parameter) => !isCallback(checker, parameter));
  const call = `${side}.${method}(${args.map((parameter) => probeValue(checker, checker.getTypeOfSymbol(parameter), parameter.getName(), "instance", ctx.disputed)).join(", ")})`;
  out.add(`  const instance = await h.instance(() => ${method === "list" ? `${call}.then((items) => items[0])` : call});`, "instance");
  out.add("  if (instance === undefined) return;");
  let instanceType = checker.getAwaitedType(signature.getReturnType())!;
  if (method === "list") instanceType = checker.getIndexTypeOfType(instanceType, ts.IndexKind.Number)!;
  let count = 0;
  for (const member of publicMembers(checker, instanceType)) {
    const type = memberType(checker, member);
    const name = member.getName();
    if (type.getCallSignatures().length > 0) continue;
    out.add(`  const field${count}: ${typeText(checker, type)} = instance.${name};`, `instance.${name}`);
    out.add(`  h.read(${JSON.stringify(name)}, field${count++});`);
  }
  for (const member of publicMembers(checker, instanceType)) {
    const type = memberType(checker, member);
    const [signature] = type.getCallSignatures();
    if (signature && signature.getParameters().length === 0 && isListInstance(signature.getReturnType())) {
      out.add(`  h.json(${JSON.stringify(`instance.${member.getName()}`)}, instance.${member.getName()}().toJSON());`, `instance.${member.getName()}()`);
    }
  }
  methodCalls(ctx, out, "instance", instanceType, (name) => {
    const [signature] = memberType(checker, instanceType.getProperty(name)!).getCallSignatures();
    return signature !== undefined && isListInstance(signature.getReturnType());
  });
  out.add(`  h.json("instance.toJSON", instance.toJSON());`, "instance.toJSON");
}

function isCallback(checker: Checker, parameter: ts.Symbol): boolean {
  const type = checker.getNonNullableType(checker.getTypeOfSymbol(parameter));
  return (type.isUnion() ? type.types : [type]).some((member) => member.getCallSignatures().length > 0);
}

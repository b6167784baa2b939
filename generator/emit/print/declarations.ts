import type { Doc } from "prettier";
import type { Declaration, InterfaceDeclaration } from "../ts.ts";
import type { DocBuilders } from "./layout.ts";
import { isIdentifierName, quoteString, requoteStrings, valueDoc } from "./literals.ts";

type Interface = InterfaceDeclaration;
type Property = NonNullable<Interface["properties"]>[number];
type Method = NonNullable<Interface["methods"]>[number];
type CallSignature = NonNullable<Interface["callSignatures"]>[number];
type IndexSignature = NonNullable<Interface["indexSignatures"]>[number];
type Parameter = NonNullable<Method["parameters"]>[number];

/**
 * Declarations as prettier prints them. Statements are separated as ts-morph
 * separated them (a blank line around each interface, and before a `const`
 * that asks for one); members and type text
 * break the way prettier breaks them. Type text is otherwise kept as written.
 */
export function declarationsDoc(b: DocBuilders, declarations: Declaration[]): Doc {
  const parts: Doc[] = [];
  declarations.forEach((declaration, index) => {
    const previous = declarations[index - 1];
    const blank = previous?.kind === "interface" || declaration.kind === "interface" || (declaration.kind === "const" && declaration.blankLineBefore === true);
    if (previous !== undefined) parts.push(blank ? [b.hardline, b.hardline] : b.hardline);
    parts.push(statementDoc(b, declaration));
  });
  return [parts, b.hardline];
}

function statementDoc(b: DocBuilders, declaration: Declaration): Doc {
  switch (declaration.kind) {
    case "import":
      return importDoc(b, declaration);
    case "type":
      supported(declaration, TYPE_ALIAS_FIELDS);
      return [docsDoc(b, declaration.docs), exported(declaration), "type ", declaration.name, typeParameters(declaration.typeParameters), " =", aliasedType(b, text(declaration.type)), ";"];
    case "interface":
      return interfaceDoc(b, declaration);
    case "const": {
      const { name, type, initializer } = declaration.declaration;
      const head = [exported(declaration), "const ", name, type === undefined ? "" : `: ${requoteStrings(text(type))}`, " ="];
      if (declaration.value === undefined) return [head, " ", text(initializer), ";"];
      const value = valueDoc(b, declaration.value);
      const suffix = declaration.suffix ?? "";
      if (typeof declaration.value === "string" && suffix === "") return b.group([head, b.group(b.indent([b.line, value])), ";"]);
      return [head, " ", value, suffix, ";"];
    }
  }
}

function importDoc(b: DocBuilders, declaration: Extract<Declaration, { kind: "import" }>): Doc {
  supported(declaration, IMPORT_FIELDS);
  const names = (Array.isArray(declaration.namedImports) ? declaration.namedImports : []).map((entry) => {
    if (typeof entry === "string") return entry;
    if (typeof entry === "object" && entry !== null && "name" in entry) return entry.alias === undefined ? entry.name : `${entry.name} as ${entry.alias}`;
    throw new Error("the TypeScript printer takes named imports as names");
  });
  const specifiers = b.group(["{", b.indent([b.line, b.join([",", b.line], names)]), b.ifBreak(","), b.line, "}"]);
  return ["import ", declaration.isTypeOnly ? "type " : "", specifiers, " from ", quoteString(JSON.stringify(declaration.moduleSpecifier)), ";"];
}

function interfaceDoc(b: DocBuilders, declaration: Interface): Doc {
  supported(declaration, INTERFACE_FIELDS);
  const heritage = (Array.isArray(declaration.extends) ? declaration.extends : []).map((entry) => text(entry));
  const name = `${exported(declaration)}interface ${declaration.name}${typeParameters(declaration.typeParameters)}`;
  // One base stays on the line; several move to their own line when the header does not fit, then one a line.
  const extendsDoc = heritage.length === 0 ? "" : heritage.length === 1 ? ` extends ${heritage[0]}` : b.indent([b.line, "extends", b.group(b.indent([b.line, b.join([",", b.line], heritage)]))]);
  const header = [b.group([name, extendsDoc]), " {"];
  const members: Doc[] = [
    ...(declaration.callSignatures ?? []).map((signature) => callSignatureDoc(b, signature)),
    ...(declaration.indexSignatures ?? []).map((signature) => indexSignatureDoc(signature)),
    ...(declaration.properties ?? []).map((property) => propertyDoc(b, property)),
    ...(declaration.methods ?? []).map((method) => methodDoc(b, method)),
  ];
  if (members.length === 0) return [docsDoc(b, declaration.docs), header, "}"];
  return [docsDoc(b, declaration.docs), header, b.indent([b.hardline, b.join(b.hardline, members)]), b.hardline, "}"];
}

function propertyDoc(b: DocBuilders, property: Property): Doc {
  supported(property, PROPERTY_FIELDS);
  return [docsDoc(b, property.docs), property.isReadonly ? "readonly " : "", memberName(property.name), property.hasQuestionToken ? "?" : "", ":", annotation(b, text(property.type), " "), ";"];
}

function methodDoc(b: DocBuilders, method: Method): Doc {
  supported(method, METHOD_FIELDS);
  return [docsDoc(b, method.docs), memberName(method.name), method.hasQuestionToken ? "?" : "", typeParameters(method.typeParameters), signatureDoc(b, method.parameters ?? [], method.returnType)];
}

function callSignatureDoc(b: DocBuilders, signature: CallSignature): Doc {
  supported(signature, CALL_SIGNATURE_FIELDS);
  return [docsDoc(b, signature.docs), typeParameters(signature.typeParameters), signatureDoc(b, signature.parameters ?? [], signature.returnType)];
}

function indexSignatureDoc(signature: IndexSignature): Doc {
  supported(signature, INDEX_SIGNATURE_FIELDS);
  return [signature.isReadonly ? "readonly " : "", "[", signature.keyName ?? "key", ": ", text(signature.keyType ?? "string"), "]: ", requoteStrings(text(signature.returnType)), ";"];
}

/** `(a: A, b?: B): R;`, or one parameter a line with a trailing comma when that does not fit. */
function signatureDoc(b: DocBuilders, parameters: Parameter[], returnType: unknown): Doc {
  const result = `: ${requoteStrings(text(returnType))};`;
  if (parameters.length === 0) return ["()", result];
  const printed = parameters.map((parameter) => {
    supported(parameter, PARAMETER_FIELDS);
    const type = requoteStrings(text(parameter.type));
    if (parameter.isRestParameter) b.unsure("a rest parameter");
    if (parameters.length === 1 && (type.startsWith("{") || /^\{/.test(text(returnType)))) b.unsure("a lone object-typed parameter (prettier hugs it)");
    return [`${parameter.isRestParameter ? "..." : ""}${parameter.name}${parameter.hasQuestionToken ? "?" : ""}: `, intersectionDoc(b, type)];
  });
  return b.group(["(", b.indent([b.softline, b.join([",", b.line], printed)]), b.ifBreak(","), b.softline, ")", result]);
}

/**
 * After `type X =`, a lone type name that does not fit moves to the next line.
 * An intersection takes prettier's fluid layout: it stays after the `=` while
 * its first member and `&` fit there, and otherwise moves to the next line
 * whole, breaking further only if it must. Anything else is an annotation.
 */
function aliasedType(b: DocBuilders, type: string): Doc {
  if (/^[\w$.]+$/.test(type)) return b.group(b.indent([b.line, type]));
  const members = splitTopLevel(type, "&");
  if (members.length < 2 || members.some((member) => member.startsWith("{") || member === "")) return annotation(b, type, " ");
  const afterOperator = Symbol("after the operator");
  return [b.group(b.indent(b.line), { id: afterOperator }), b.prettierDoc.builders.indentIfBreak(intersectionDoc(b, requoteStrings(type)), { groupId: afterOperator })];
}

/**
 * A type after `:` or `=`. A union of simple members (or of object types)
 * that does not fit moves to the next line, and breaks one `| member` a line
 * if it still does not fit. Other type text stays on the line as it is.
 */
function annotation(b: DocBuilders, type: string, space: string): Doc {
  const members = unionMembers(type).map(requoteStrings);
  if (members.length < 2) return [space, intersectionDoc(b, requoteStrings(type))];
  // A string literal is one token, whatever it holds.
  const compound = members.filter((member) => !/^"(?:[^"\\]|\\.)*"$/.test(member) && /[<({[&]/.test(member));
  // Generics beside null hug in prettier; kept on the line, an overflow makes the writer hand the file to prettier.
  if (compound.length > 0 && !(compound.length > 1 && compound.every((member) => member.startsWith("{") && member.endsWith("}")))) return [space, members.join(" | ")];
  return b.group(b.indent([b.line, b.group([b.ifBreak("| "), b.join([b.line, "| "], members)])]));
}

/** `A & B`: past the first, each member of an intersection of non-object types moves to its own indented line when it does not fit. */
function intersectionDoc(b: DocBuilders, type: string): Doc {
  const members = splitTopLevel(type, "&");
  if (members.length < 2) return objectTypeDoc(b, type);
  if (members.some((member) => member.startsWith("{") || member === "")) return type;
  return b.group([members[0]!, ...members.slice(1).map((member) => b.indent([" &", b.line, member]))]);
}

/** An object type literal breaks one member a line when it does not fit; other type text stays as it is. */
function objectTypeDoc(b: DocBuilders, type: string): Doc {
  if (!type.startsWith("{ ") || !type.endsWith(" }") || closingBrace(type) !== type.length - 1) return type;
  const members = splitTopLevel(type.slice(1, -1), ";").filter((member) => member !== "");
  if (members.length === 0) return type;
  return b.group(["{", b.indent([b.line, b.join([";", b.line], members)]), b.ifBreak(";"), b.line, "}"]);
}

function closingBrace(type: string): number {
  let depth = 0;
  for (let index = 0; index < type.length; index++) {
    const character = type[index]!;
    if (character === '"' || character === "'") index = closingQuote(type, index);
    else if (character === "{") depth++;
    else if (character === "}" && --depth === 0) return index;
  }
  return -1;
}

/** The members of a top-level union, splitting only outside brackets and strings. */
export function unionMembers(type: string): string[] {
  return splitTopLevel(type, "|").filter((member, index) => member !== "" || index > 0);
}

function splitTopLevel(type: string, separator: string): string[] {
  const members: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < type.length; index++) {
    const character = type[index]!;
    if (character === '"' || character === "'") {
      index = closingQuote(type, index);
      continue;
    }
    if ("<({[".includes(character)) depth++;
    else if (">)}]".includes(character) && type[index - 1] !== "=") depth--;
    else if (character === separator && depth === 0) {
      members.push(type.slice(start, index).trim());
      start = index + 1;
    }
  }
  members.push(type.slice(start).trim());
  return members;
}

function closingQuote(text: string, open: number): number {
  for (let index = open + 1; index < text.length; index++) {
    if (text[index] === "\\") index++;
    else if (text[index] === text[open]) return index;
  }
  return text.length;
}

/** `/** text *\/` on one line, or a block with one ` * ` line per line of text. */
function docsDoc(b: DocBuilders, docs: unknown): Doc {
  const texts = (Array.isArray(docs) ? docs : []).map((doc) => (typeof doc === "string" ? doc : text((doc as { description?: unknown }).description)));
  return texts.filter((doc) => doc !== "").map((doc) => {
    const lines = doc.split("\n");
    if (lines.length === 1) return [`/** ${doc} */`, b.hardline];
    return [b.join(b.hardline, ["/**", ...lines.map((line) => ` * ${line}`.trimEnd()), " */"]), b.hardline];
  });
}

/** A member name as prettier writes it: quotes only where an identifier name will not do. */
function memberName(name: string): string {
  if (!name.startsWith('"')) return name;
  return isIdentifierName(JSON.parse(name) as string) ? (JSON.parse(name) as string) : quoteString(name);
}

function typeParameters(parameters: unknown): string {
  if (!Array.isArray(parameters) || parameters.length === 0) return "";
  return `<${parameters.map((parameter) => (typeof parameter === "string" ? parameter : text((parameter as { name: unknown }).name))).join(", ")}>`;
}

function exported(declaration: { isExported?: boolean }): string {
  return declaration.isExported ? "export " : "";
}

function text(value: unknown): string {
  if (typeof value === "string") return value;
  throw new Error("the TypeScript printer takes type text and initializers as strings");
}

/** The fields the printer reads of each structure; a set each, made once (the check runs for every structure printed). */
const TYPE_ALIAS_FIELDS: ReadonlySet<string> = new Set(["kind", "isExported", "name", "type", "docs", "typeParameters"]);
const IMPORT_FIELDS: ReadonlySet<string> = new Set(["kind", "isTypeOnly", "moduleSpecifier", "namedImports"]);
const INTERFACE_FIELDS: ReadonlySet<string> = new Set(["kind", "isExported", "name", "docs", "extends", "typeParameters", "properties", "methods", "callSignatures", "indexSignatures"]);
const PROPERTY_FIELDS: ReadonlySet<string> = new Set(["name", "isReadonly", "hasQuestionToken", "type", "docs"]);
const METHOD_FIELDS: ReadonlySet<string> = new Set(["name", "hasQuestionToken", "parameters", "returnType", "docs", "typeParameters"]);
const CALL_SIGNATURE_FIELDS: ReadonlySet<string> = new Set(["parameters", "returnType", "docs", "typeParameters"]);
const INDEX_SIGNATURE_FIELDS: ReadonlySet<string> = new Set(["keyName", "keyType", "returnType", "isReadonly"]);
const PARAMETER_FIELDS: ReadonlySet<string> = new Set(["name", "hasQuestionToken", "type", "isRestParameter"]);

/** A structure field the printer does not know is a bug to report, not text to drop. */
function supported(structure: object, fields: ReadonlySet<string>): void {
  for (const field of Object.keys(structure)) {
    if (!fields.has(field) && (structure as Record<string, unknown>)[field] !== undefined) throw new Error(`the TypeScript printer does not support \`${field}\` here`);
  }
}

import ts from "typescript";

export type Checker = ts.TypeChecker;

const PROBE_DATE = 'new Date("2024-05-06T07:08:09.123Z")';

function symbolName(type: ts.Type): string | undefined {
  return (type.aliasSymbol ?? type.getSymbol())?.getName();
}

function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

/**
 * twilio's declared type as text the probe can write without importing
 * twilio: named enums become their literal unions, unexported payload
 * interfaces their structure.
 */
export function typeText(checker: Checker, type: ts.Type, depth = 0): string {
  const flags = type.flags;
  if (flags & ts.TypeFlags.Any) return "any";
  if (flags & ts.TypeFlags.Unknown) return "unknown";
  if (flags & (ts.TypeFlags.String | ts.TypeFlags.Number | ts.TypeFlags.Boolean | ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Literal)) return checker.typeToString(type);
  if (type.isUnion()) {
    const parts = [...new Set(type.types.map((member) => typeText(checker, member, depth)))];
    const withBoolean = parts.includes("true") && parts.includes("false") ? [...parts.filter((part) => part !== "true" && part !== "false"), "boolean"] : parts;
    return withBoolean.join(" | ");
  }
  if (checker.isArrayType(type)) return `Array<${typeText(checker, checker.getTypeArguments(type as ts.TypeReference)[0]!, depth + 1)}>`;
  const name = symbolName(type);
  if (name === "Date") return "Date";
  if (name === "Record" && type.aliasTypeArguments) return `Record<${type.aliasTypeArguments.map((argument) => typeText(checker, argument, depth + 1)).join(", ")}>`;
  if (type.getCallSignatures().length > 0) return "Function";
  if (depth > 3) return "object";
  const properties = checker.getPropertiesOfType(type);
  const index = checker.getIndexTypeOfType(type, ts.IndexKind.String);
  const members = properties.map((property) => `${propertyKey(property.getName())}${property.flags & ts.SymbolFlags.Optional ? "?" : ""}: ${typeText(checker, checker.getNonNullableType(checker.getTypeOfSymbol(property)), depth + 1)}`);
  if (index) members.push(`[key: string]: ${typeText(checker, index, depth + 1)}`);
  return `{ ${members.join("; ")} }`;
}

/**
 * A value of twilio's declared type for one parameter or option: every
 * option of an options object, each enum's first value, Dates with
 * milliseconds, and callbacks that report to the harness under `label`.
 */
export function probeValue(checker: Checker, declared: ts.Type, name: string, label: string, disputed: ReadonlySet<string> = new Set()): string {
  const value = (next: ts.Type, nextName: string) => probeValue(checker, next, nextName, label, disputed);
  const type = checker.getNonNullableType(declared);
  const flags = type.flags;
  if (flags & ts.TypeFlags.Any) return '{ probe: "value" }';
  if (flags & ts.TypeFlags.StringLiteral || flags & ts.TypeFlags.NumberLiteral || flags & ts.TypeFlags.BooleanLiteral) return checker.typeToString(type);
  if (flags & ts.TypeFlags.String) return name === "targetUrl" ? "h.pageUrl" : JSON.stringify(`${name}-probe`);
  if (flags & ts.TypeFlags.Number) return "2";
  if (flags & ts.TypeFlags.Boolean) return "true";
  if (type.isUnion()) {
    // Each value also gets a line of its own (see `enumValues`); a full call uses one the spec is not known to lack, so that value does not hide the rest of the call.
    const literal = type.types.filter((member) => member.flags & (ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLiteral)).find((member) => !disputed.has(checker.typeToString(member)));
    return literal ? checker.typeToString(literal) : value(type.types[0]!, name);
  }
  if (checker.isArrayType(type)) return `[${value(checker.getTypeArguments(type as ts.TypeReference)[0]!, name)}]`;
  const symbol = symbolName(type);
  if (symbol === "Date") return PROBE_DATE;
  if (symbol === "Function") return `h.done(${JSON.stringify(`${label}.done`)})`;
  const [signature] = type.getCallSignatures();
  if (signature) {
    const first = signature.getParameters()[0]?.getName();
    return first === "item" ? `h.item(${JSON.stringify(`${label}.item`)})` : `h.callback(${JSON.stringify(label)})`;
  }
  const properties = checker.getPropertiesOfType(type);
  if (properties.length === 0) return "{}";
  const entries = properties.map((property) => `${propertyKey(property.getName())}: ${value(checker.getTypeOfSymbol(property), property.getName())}`);
  return `{ ${entries.join(", ")} }`;
}

/** Each value of an enum-typed option (`"initializing" | "active"`, or an array of them) as probe text, or none. */
export function enumValues(checker: Checker, declared: ts.Type): Array<{ value: string; text: string }> {
  let type = checker.getNonNullableType(declared);
  const array = checker.isArrayType(type);
  if (array) type = checker.getTypeArguments(type as ts.TypeReference)[0]!;
  if (!type.isUnion()) return [];
  const literals = type.types.filter((member) => member.flags & ts.TypeFlags.StringLiteral);
  if (literals.length !== type.types.length) return [];
  return literals.map((member) => {
    const value = checker.typeToString(member);
    return { value, text: array ? `[${value}]` : value };
  });
}

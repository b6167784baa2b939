import { isMap, isPair, isScalar, isSeq, Pair, Scalar, YAMLMap, type Node, type YAMLSeq } from "yaml";

/** Small, comment-keeping edits on a parsed YAML document: the one place that touches the yaml library's node types. */

export function mapAt(node: unknown, key: string): YAMLMap | undefined {
  const value = isMap(node) ? node.get(key, true) : undefined;
  return isMap(value) ? value : undefined;
}

export function seqAt(node: unknown, key: string): YAMLSeq | undefined {
  const value = isMap(node) ? node.get(key, true) : undefined;
  return isSeq(value) ? value : undefined;
}

export function stringAt(node: unknown, key: string): string | undefined {
  const value: unknown = isMap(node) ? node.get(key, true) : undefined;
  if (typeof value === "string") return value;
  return isScalar(value) && (typeof value.value === "string" || typeof value.value === "number") ? String(value.value) : undefined;
}

export function maps(seq: YAMLSeq | undefined): YAMLMap[] {
  return (seq?.items ?? []).filter((item): item is YAMLMap => isMap(item));
}

/** Renames a key in place; its comments and position stay. */
export function renameKey(map: YAMLMap, from: string, to: string): void {
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === from);
  if (pair === undefined || !isScalar(pair.key)) return;
  const key = new Scalar(to);
  key.commentBefore = pair.key.commentBefore;
  key.comment = pair.key.comment;
  key.spaceBefore = pair.key.spaceBefore;
  pair.key = key;
}

export function setString(map: YAMLMap, key: string, value: string): void {
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
  if (pair && isScalar(pair.value)) pair.value.value = value;
  else map.set(key, value);
}

/**
 * A list of mappings with `name` becomes a mapping keyed by that name (what
 * the Ikanos betas write). An item without a name gets `fallback(item, index)`.
 */
export function keyByName(parent: YAMLMap, key: string, fallback: (item: YAMLMap, index: number) => string = () => ""): YAMLMap | undefined {
  const seq = seqAt(parent, key);
  if (seq === undefined) return mapAt(parent, key);
  const keyed = new YAMLMap();
  const taken = new Set<string>();
  for (const [index, item] of seq.items.entries()) {
    if (!isMap(item)) continue;
    let name = stringAt(item, "name") ?? fallback(item, index);
    while (taken.has(name)) name = `${name}-${index}`;
    taken.add(name);
    item.delete("name");
    const pairKey = new Scalar(name);
    pairKey.commentBefore = item.commentBefore;
    item.commentBefore = undefined;
    keyed.items.push(new Pair(pairKey, item));
  }
  keyed.commentBefore = seq.commentBefore;
  keyed.comment = seq.comment;
  const pair = parent.items.find((entry) => isPair(entry) && isScalar(entry.key) && entry.key.value === key);
  if (pair) pair.value = keyed;
  return keyed;
}

export function entriesOf(map: YAMLMap | undefined): Array<[string, YAMLMap]> {
  return (map?.items ?? []).flatMap((pair) => (isScalar(pair.key) && isMap(pair.value) ? [[String(pair.key.value), pair.value] as [string, YAMLMap]] : []));
}

export function scalarEntries(map: YAMLMap | undefined): Array<[string, Scalar]> {
  return (map?.items ?? []).flatMap((pair) => (isScalar(pair.key) && isScalar(pair.value) ? [[String(pair.key.value), pair.value] as [string, Scalar]] : []));
}

export type { Node };

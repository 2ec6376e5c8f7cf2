/**
 * Append a value to the list a map holds under a key, creating the list.
 * Grouping by copying the list on every insert (`[...(m.get(k) ?? []), v]`)
 * made grouping n values under one key cost n²/2 copies.
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

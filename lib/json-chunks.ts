/**
 * `JSON.stringify(value, null, space)` in pieces. Arrays and plain objects
 * down to `depth` levels are opened here and their members stringified one
 * at a time, so no single string holds the whole: the national corpus as
 * one string took hundreds of megabytes at the peak of a build, and is
 * close to the longest string V8 can make. Joined, the pieces are exactly
 * what JSON.stringify gives (a test compares them).
 */
export function* jsonChunks(value: unknown, space = 0, depth = 2): Generator<string> {
  const gap = space > 0 ? ' '.repeat(Math.min(space, 10)) : '';
  if (depth > 0 && isContainer(value)) return yield* containerChunks(value, gap, depth, '');
  const text = JSON.stringify(value, null, gap);
  if (text === undefined) throw new Error('jsonChunks: the value has no JSON form');
  yield text;
}

function* containerChunks(value: object, gap: string, depth: number, indent: string): Generator<string> {
  const inner = indent + gap;
  const isArray = Array.isArray(value);
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  yield open;
  let first = true;
  for (const key of isArray ? value.keys() : Object.keys(value)) {
    const member = (value as Record<string | number, unknown>)[key];
    const opened = depth > 1 && isContainer(member);
    const text = opened ? '' : JSON.stringify(member, null, gap);
    // What JSON.stringify leaves out (undefined, a function) is null in an array and skipped, key and all, in an object.
    if (text === undefined && !isArray) continue;
    yield (first ? '' : ',') + (gap ? '\n' + inner : '') + (isArray ? '' : JSON.stringify(key) + (gap ? ': ' : ':'));
    first = false;
    if (opened) yield* containerChunks(member as object, gap, depth - 1, inner);
    // Strings in JSON hold no raw line break, so every line break is the layout's and takes the indent.
    else yield text === undefined ? 'null' : gap ? text.replaceAll('\n', '\n' + inner) : text;
  }
  yield first ? close : (gap ? '\n' + indent : '') + close;
}

/** An array or a plain object without toJSON: what is opened rather than stringified whole (a Date, a boxed string, a class instance is not). */
function isContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  const proto = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}

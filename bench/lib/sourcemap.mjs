// A small source map (v3) reader: enough to say which original file a position or a byte range
// of a generated file came from. Used to attribute the single-file dist/ bundle (and bundles
// built from it) back to src/ and to the packages tsup inlined.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) DIGIT[B64.charCodeAt(i)] = i;

/**
 * Decodes `map` into `{ sources, lines }`, where `lines[n]` lists the segments of generated line
 * n as `[column, sourceIndex, sourceLine]` (0-based), sorted by column; sourceIndex is -1 when a
 * segment has no source.
 */
export function decodeSourceMap(map) {
  const lines = [];
  let source = 0;
  let sourceLine = 0;
  let line = [];
  const fields = [0, 0, 0, 0, 0];
  const { mappings } = map;
  let column = 0;
  for (let i = 0; i < mappings.length; ) {
    const char = mappings[i];
    if (char === ';') {
      lines.push(line);
      line = [];
      column = 0;
      i++;
      continue;
    }
    if (char === ',') {
      i++;
      continue;
    }
    let n = 0;
    while (i < mappings.length && mappings[i] !== ',' && mappings[i] !== ';') {
      let value = 0;
      let shift = 0;
      let digit;
      do {
        digit = DIGIT[mappings.charCodeAt(i++)];
        value += (digit & 31) << shift;
        shift += 5;
      } while (digit & 32);
      fields[n++] = value & 1 ? -(value >>> 1) : value >>> 1;
    }
    column += fields[0];
    if (n >= 4) {
      source += fields[1];
      sourceLine += fields[2];
    }
    line.push(n >= 4 ? [column, source, sourceLine] : [column, -1, -1]);
  }
  lines.push(line);
  return { sources: map.sources, lines };
}

/**
 * The original `{ source, line }` (line 1-based) of a generated position (0-based line and
 * column), or undefined when nothing maps there.
 */
export function originalAt(decoded, line, column) {
  const segments = decoded.lines[line];
  if (!segments || segments.length === 0) return undefined;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid][0] <= column) lo = mid;
    else hi = mid - 1;
  }
  const [, index, sourceLine] = segments[lo];
  const source = sourceName(decoded, index);
  return source === undefined ? undefined : { source, line: sourceLine + 1 };
}

function sourceName(decoded, index) {
  return index < 0 ? undefined : decoded.sources[index];
}

/** Bytes of `code` per source file: each segment owns the text up to the next segment. */
export function bytesBySource(code, decoded) {
  const totals = new Map();
  const lines = code.split('\n');
  for (let l = 0; l < lines.length; l++) {
    const segments = decoded.lines[l] ?? [];
    const text = lines[l];
    for (let s = 0; s < segments.length; s++) {
      const [column, index] = segments[s];
      const end = s + 1 < segments.length ? segments[s + 1][0] : text.length;
      const name = sourceName(decoded, index) ?? '(unmapped)';
      totals.set(name, (totals.get(name) ?? 0) + Buffer.byteLength(text.slice(column, end)));
    }
  }
  return totals;
}

/** `../node_modules/zod/v4/core/api.js` → `zod`; other paths lose their leading `../`. */
export function groupOf(source) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (pkg) return `${pkg} (package)`;
  return source.replace(/^(\.\.\/)+/, '');
}

// openapi.divergences.json: the accepted differences. Each entry is
// { id, why, differences: [pattern] }. In a pattern, `*` matches any run of characters and
// `{a|b|c}` any one of the listed alternatives (not nested); a pattern with alternatives stands
// for each of its expansions. Other braces are literal, as in the regex quantifiers (`{8}`,
// `{2,30}`) of the `pattern`s that difference keys quote. A difference no pattern matches is
// not accepted; an expansion that matches nothing is stale, so a list of alternatives cannot
// hide one that no longer applies.
import { readFileSync } from 'node:fs';

export function loadDivergences(file) {
  const entries = JSON.parse(readFileSync(file, 'utf8'));
  const problems = [];
  if (!Array.isArray(entries)) return { entries: [], problems: [`${file}: not an array`] };
  const ids = new Set();
  for (const [i, e] of entries.entries()) {
    const name = `entry ${i} (${e?.id ?? 'no id'})`;
    if (typeof e?.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)) {
      problems.push(`${name}: id must be short kebab-case`);
    } else if (ids.has(e.id)) problems.push(`${name}: duplicate id`);
    else ids.add(e.id);
    if (typeof e?.why !== 'string' || e.why.trim() === '') problems.push(`${name}: why is empty`);
    const diffs = e?.differences;
    if (!Array.isArray(diffs) || diffs.length === 0 || diffs.some((d) => typeof d !== 'string')) {
      problems.push(`${name}: differences must be a non-empty array of strings`);
    }
  }
  return { entries: problems.length ? [] : entries, problems };
}

// An alternation: braces holding at least one `|` and no other brace.
const ALTERNATION = /\{([^{}|]*(?:\|[^{}|]*)+)\}/;

/** `a{b|c}d{e|f}` → `abde`, `abdf`, `acde`, `acdf`. */
export function expandBraces(pattern) {
  const found = ALTERNATION.exec(pattern);
  if (found === null) return [pattern];
  const head = pattern.slice(0, found.index);
  const rest = expandBraces(pattern.slice(found.index + found[0].length));
  return found[1].split('|').flatMap((choice) => rest.map((tail) => head + choice + tail));
}

export function globToRegExp(pattern) {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`);
}

/** Matches differences against entries: which are accepted, by whom, and which patterns are stale. */
export function evaluate(differences, entries) {
  const matchers = entries.flatMap((e) =>
    e.differences.flatMap((written) =>
      expandBraces(written).map((pattern) => ({
        id: e.id,
        pattern,
        re: globToRegExp(pattern),
        hits: 0,
      })),
    ),
  );
  const results = differences.map((key) => {
    const by = matchers.filter((m) => m.re.test(key));
    for (const m of by) m.hits++;
    return { key, acceptedBy: [...new Set(by.map((m) => m.id))] };
  });
  const counts = entries.map((e) => ({
    id: e.id,
    matched: results.filter((r) => r.acceptedBy.includes(e.id)).length,
  }));
  return {
    results,
    unaccepted: results.filter((r) => r.acceptedBy.length === 0).map((r) => r.key),
    stale: matchers.filter((m) => m.hits === 0).map(({ id, pattern }) => ({ id, pattern })),
    counts,
  };
}

// The comparison itself: operations matched by METHOD + path, then per operation the
// operationId, the path/query/header parameters, the request body and the responses: which
// statuses each document declares, and for 2xx answers the JSON body field by field. Types and
// required-ness are compared everywhere; the rules a value must keep (enum, pattern, lengths,
// bounds, closed objects) where they decide what a call may send (parameters and request
// bodies) and, for enums, what it may get back. Every difference is one line,
// `<operationId>: <what>: <how>`, stable enough to be listed in openapi.divergences.json.
import { operationsOf } from '../generate/spec.mjs';
import { flatten, RULES, resolveIn, typeName } from './shape.mjs';

/** Rules compared on what a call sends: all of them. */
const REQUEST_RULES = RULES;
/** Rules compared on what comes back: the values a field may take (waiters read these). */
const RESPONSE_RULES = ['enum'];

/** All differences between the published spec and ours, as keys. */
export function diffSpecs(published, ours) {
  const pubOps = operations(published);
  const ourOps = operations(ours);
  const out = [];
  for (const [key, pub] of pubOps) {
    const our = ourOps.get(key);
    if (!our) out.push(`${key}: operation only in published`);
    else out.push(...diffOperation({ published, ours }, pub, our));
  }
  for (const key of ourOps.keys()) {
    if (!pubOps.has(key)) out.push(`${key}: operation only in ours`);
  }
  return out;
}

/** Map of `METHOD /path` to { key, op, params } for one document. */
export function operations(spec) {
  const ops = new Map();
  for (const { method, path, operation, parameters } of operationsOf(spec)) {
    const key = `${method} ${path}`;
    const params = new Map();
    for (const { value: p } of parameters) {
      if (PARAM_PLACES.includes(p.in)) params.set(paramId(p), p);
    }
    ops.set(key, { key, op: operation, params });
  }
  return ops;
}

const PARAM_PLACES = ['path', 'query', 'header'];
// Header names are case-insensitive; everything else is compared as written.
const paramId = (p) => `${p.in} ${p.in === 'header' ? p.name.toLowerCase() : p.name}`;

function diffOperation(roots, pub, our) {
  const label = our.op.operationId ?? pub.op.operationId ?? pub.key;
  const out = [];
  if (pub.op.operationId !== our.op.operationId) {
    out.push(
      `${pub.key}: operationId ${pub.op.operationId} in published, ${our.op.operationId} in ours`,
    );
  }
  out.push(...diffParams(roots, label, pub.params, our.params));
  out.push(...diffBody(roots, label, pub.op.requestBody, our.op.requestBody));
  out.push(...diffResponses(roots, label, pub.op.responses, our.op.responses));
  return out;
}

function diffParams(roots, label, pubParams, ourParams) {
  const out = [];
  for (const id of new Set([...pubParams.keys(), ...ourParams.keys()])) {
    const pub = pubParams.get(id);
    const our = ourParams.get(id);
    const where = `${label}: ${(pub ?? our).in} ${(pub ?? our).name}`;
    if (!our) out.push(`${where}: only in published`);
    else if (!pub) out.push(`${where}: only in ours`);
    else {
      out.push(...requiredness(where, pub.required === true, our.required === true));
      const pubFlat = flatten(roots.published, pub.schema);
      const ourFlat = flatten(roots.ours, our.schema);
      if (typeName(pubFlat) !== typeName(ourFlat))
        out.push(`${where}: type ${typeName(pubFlat)} in published, ${typeName(ourFlat)} in ours`);
      out.push(...diffRules(where, pubFlat.rules, ourFlat.rules, REQUEST_RULES));
    }
  }
  return out;
}

function diffBody(roots, label, rawPub, rawOur) {
  const pub = resolveIn(roots.published, rawPub);
  const our = resolveIn(roots.ours, rawOur);
  const where = `${label}: request body`;
  if (!pub && !our) return [];
  if (!our) return [`${where}: only in published`];
  if (!pub) return [`${where}: only in ours`];
  return [
    ...requiredness(where, pub.required === true, our.required === true),
    ...diffContent(roots, where, pub, our, REQUEST_RULES),
  ];
}

const isSuccess = (code) => /^2(\d\d|XX)$/i.test(code);

function diffResponses(roots, label, rawPub = {}, rawOur = {}) {
  const out = [];
  // Statuses other than 2xx: which failures each document says the call may answer.
  const pubOthers = Object.keys(rawPub).filter((code) => !isSuccess(code));
  const ourOthers = Object.keys(rawOur).filter((code) => !isSuccess(code));
  for (const c of pubOthers)
    if (!ourOthers.includes(c)) out.push(`${label}: response ${c}: only in published`);
  for (const c of ourOthers)
    if (!pubOthers.includes(c)) out.push(`${label}: response ${c}: only in ours`);

  const pubCodes = Object.keys(rawPub).filter(isSuccess);
  const ourCodes = Object.keys(rawOur).filter(isSuccess);
  const shared = pubCodes.filter((c) => ourCodes.includes(c));
  const pairs = shared.map((c) => [c, c, `${label}: response ${c}`]);
  if (shared.length === 0 && pubCodes.length && ourCodes.length) {
    out.push(
      `${label}: response status ${pubCodes.join('/')} in published, ${ourCodes.join('/')} in ours`,
    );
    pairs.push([pubCodes[0], ourCodes[0], `${label}: response 2xx`]);
  } else {
    for (const c of pubCodes)
      if (!ourCodes.includes(c)) out.push(`${label}: response ${c}: only in published`);
    for (const c of ourCodes)
      if (!pubCodes.includes(c)) out.push(`${label}: response ${c}: only in ours`);
  }
  for (const [pubCode, ourCode, where] of pairs) {
    const pub = resolveIn(roots.published, rawPub[pubCode]);
    const our = resolveIn(roots.ours, rawOur[ourCode]);
    out.push(...diffContent(roots, where, pub, our, RESPONSE_RULES));
  }
  return out;
}

/** Compares the JSON schemas of a request body or response (either may have none). */
function diffContent(roots, where, pub, our, rules) {
  const pubSchema = jsonSchema(pub);
  const ourSchema = jsonSchema(our);
  if (!pubSchema && !ourSchema) return [];
  if (!ourSchema) return [`${where}: JSON body only in published`];
  if (!pubSchema) return [`${where}: JSON body only in ours`];
  return diffSchema({ ...roots, rules }, where, '', pubSchema, ourSchema, 0);
}

function jsonSchema(bodyOrResponse) {
  const content = bodyOrResponse?.content ?? {};
  const type = Object.keys(content).find((t) => /^application\/(.+\+)?json\b/i.test(t));
  return type ? (content[type].schema ?? {}) : null;
}

const MAX_DEPTH = 12;

/** Field by field, into objects (`a.b`) and array items (`a[].b`). */
function diffSchema(ctx, where, path, rawPub, rawOur, depth) {
  const pub = flatten(ctx.published, rawPub);
  const our = flatten(ctx.ours, rawOur);
  const at = path ? `${where} field ${path}` : where;
  const out = [];
  if (typeName(pub) !== typeName(our)) {
    out.push(`${at}: type ${typeName(pub)} in published, ${typeName(our)} in ours`);
  }
  out.push(...diffRules(at, pub.rules, our.rules, ctx.rules));
  if (depth >= MAX_DEPTH) return out;
  for (const name of new Set([...Object.keys(pub.props), ...Object.keys(our.props)])) {
    const child = path ? `${path}.${name}` : name;
    const field = `${where} field ${child}`;
    if (!(name in our.props)) out.push(`${field}: only in published`);
    else if (!(name in pub.props)) out.push(`${field}: only in ours`);
    else {
      out.push(...requiredness(field, pub.required.has(name), our.required.has(name)));
      out.push(...diffSchema(ctx, where, child, pub.props[name], our.props[name], depth + 1));
    }
  }
  if (pub.items && our.items) {
    out.push(...diffSchema(ctx, where, `${path}[]`, pub.items, our.items, depth + 1));
  }
  return out;
}

/**
 * The rules one side sets and the other does not, or sets otherwise. An enum difference is
 * named value by value, so that a divergence entry can accept one added value and not another.
 */
function diffRules(at, pub, our, keys) {
  const out = [];
  for (const key of keys) {
    const a = pub[key];
    const b = our[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (key === 'enum') {
      if (!a) out.push(`${at}: enum only in ours`);
      else if (!b) out.push(`${at}: enum only in published`);
      else {
        for (const v of b.filter((v) => !a.includes(v)))
          out.push(`${at}: enum value ${JSON.stringify(v)} only in ours`);
        for (const v of a.filter((v) => !b.includes(v)))
          out.push(`${at}: enum value ${JSON.stringify(v)} only in published`);
      }
    } else if (key === 'closed') {
      out.push(
        b
          ? `${at}: additional properties refused in ours, allowed in published`
          : `${at}: additional properties refused in published, allowed in ours`,
      );
    } else out.push(`${at}: ${key} ${show(a)} in published, ${show(b)} in ours`);
  }
  return out;
}

const show = (value) => (value === undefined ? 'none' : String(value));

function requiredness(where, inPublished, inOurs) {
  if (inPublished === inOurs) return [];
  return [
    inPublished
      ? `${where}: required in published, optional in ours`
      : `${where}: required in ours, optional in published`,
  ];
}

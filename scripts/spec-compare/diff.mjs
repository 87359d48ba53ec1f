// The comparison itself: operations matched by METHOD + path, then per operation the
// operationId, the path/query/header parameters, the request body and the 2xx responses.
// Every difference is one line, `<operationId>: <what>: <how>`, stable enough to be listed in
// openapi.divergences.json.
import { deref, flatten, typeName } from './load.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];
const PARAM_PLACES = ['path', 'query', 'header'];

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
  for (const [path, rawItem] of Object.entries(spec.paths ?? {})) {
    const item = deref(spec, rawItem);
    for (const method of METHODS) {
      if (!item[method]) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const op = deref(spec, item[method]);
      const params = new Map();
      for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
        const p = deref(spec, raw);
        if (PARAM_PLACES.includes(p.in)) params.set(paramId(p), p);
      }
      ops.set(key, { key, op, params });
    }
  }
  return ops;
}

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
      const pubType = typeName(flatten(roots.published, pub.schema));
      const ourType = typeName(flatten(roots.ours, our.schema));
      if (pubType !== ourType)
        out.push(`${where}: type ${pubType} in published, ${ourType} in ours`);
    }
  }
  return out;
}

function diffBody(roots, label, rawPub, rawOur) {
  const pub = deref(roots.published, rawPub);
  const our = deref(roots.ours, rawOur);
  const where = `${label}: request body`;
  if (!pub && !our) return [];
  if (!our) return [`${where}: only in published`];
  if (!pub) return [`${where}: only in ours`];
  return [
    ...requiredness(where, pub.required === true, our.required === true),
    ...diffContent(roots, where, pub, our),
  ];
}

function diffResponses(roots, label, rawPub = {}, rawOur = {}) {
  const success = (rs) => Object.keys(rs).filter((code) => /^2(\d\d|XX)$/i.test(code));
  const pubCodes = success(rawPub);
  const ourCodes = success(rawOur);
  const shared = pubCodes.filter((c) => ourCodes.includes(c));
  const out = [];
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
    const pub = deref(roots.published, rawPub[pubCode]);
    const our = deref(roots.ours, rawOur[ourCode]);
    out.push(...diffContent(roots, where, pub, our));
  }
  return out;
}

/** Compares the JSON schemas of a request body or response (either may have none). */
function diffContent(roots, where, pub, our) {
  const pubSchema = jsonSchema(pub);
  const ourSchema = jsonSchema(our);
  if (!pubSchema && !ourSchema) return [];
  if (!ourSchema) return [`${where}: JSON body only in published`];
  if (!pubSchema) return [`${where}: JSON body only in ours`];
  return diffSchema(roots, where, '', pubSchema, ourSchema, 0);
}

function jsonSchema(bodyOrResponse) {
  const content = bodyOrResponse?.content ?? {};
  const type = Object.keys(content).find((t) => /^application\/(.+\+)?json\b/i.test(t));
  return type ? (content[type].schema ?? {}) : null;
}

const MAX_DEPTH = 12;

/** Field by field, into objects (`a.b`) and array items (`a[].b`). */
function diffSchema(roots, where, path, rawPub, rawOur, depth) {
  const pub = flatten(roots.published, rawPub);
  const our = flatten(roots.ours, rawOur);
  const at = path ? `${where} field ${path}` : where;
  const out = [];
  if (typeName(pub) !== typeName(our)) {
    out.push(`${at}: type ${typeName(pub)} in published, ${typeName(our)} in ours`);
  }
  if (depth >= MAX_DEPTH) return out;
  for (const name of new Set([...Object.keys(pub.props), ...Object.keys(our.props)])) {
    const child = path ? `${path}.${name}` : name;
    const field = `${where} field ${child}`;
    if (!(name in our.props)) out.push(`${field}: only in published`);
    else if (!(name in pub.props)) out.push(`${field}: only in ours`);
    else {
      out.push(...requiredness(field, pub.required.has(name), our.required.has(name)));
      out.push(...diffSchema(roots, where, child, pub.props[name], our.props[name], depth + 1));
    }
  }
  if (pub.items && our.items) {
    out.push(...diffSchema(roots, where, `${path}[]`, pub.items, our.items, depth + 1));
  }
  return out;
}

function requiredness(where, inPublished, inOurs) {
  if (inPublished === inOurs) return [];
  return [
    inPublished
      ? `${where}: required in published, optional in ours`
      : `${where}: required in ours, optional in published`,
  ];
}

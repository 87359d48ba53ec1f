// Reads V8 CPU profiles (.cpuprofile, as `node --cpu-prof` writes them) and says where the time
// went, with frames in dist/index.js mapped back to src/ and the inlined packages.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { distDir } from './dist.mjs';
import { decodeSourceMap, groupOf, originalAt } from './sourcemap.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const distUrl = `${pathToFileURL(distDir()).href}/`;
const maps = new Map();
/** The decoded source map of one file of the measured build (undefined if it has none). */
function mapOf(url) {
  if (!maps.has(url)) {
    let decoded;
    try {
      decoded = decodeSourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8')));
    } catch {
      decoded = undefined;
    }
    maps.set(url, decoded);
  }
  return maps.get(url);
}

/** Where a frame's code lives: `{ group, where }`, e.g. `src/core/transport.ts`, `:88`. */
function locate({ url, functionName, lineNumber, columnNumber }) {
  if (url === '') {
    return functionName.startsWith('(')
      ? { group: functionName, where: '' }
      : { group: '(V8 builtins and natives)', where: '' };
  }
  if (url.startsWith(distUrl)) {
    const map = mapOf(url);
    const original = map && originalAt(map, lineNumber, columnNumber);
    if (!original) return { group: `dist/${url.slice(distUrl.length)} (unmapped)`, where: '' };
    const file = relative(root, fileURLToPath(new URL(original.source, url)));
    return { group: groupOf(file), where: `${file}:${original.line}` };
  }
  if (url.startsWith('node:')) {
    const group = url.includes('undici') ? 'node: undici (fetch)' : `node: ${url.slice(5)}`;
    return { group, where: `${url}:${lineNumber + 1}` };
  }
  const file = url.startsWith('file:') ? relative(root, fileURLToPath(url)) : url;
  return { group: groupOf(file), where: `${file}:${lineNumber + 1}` };
}

/** Is this frame library or harness code (as opposed to Node internals and V8)? */
const isUserCode = ({ url }) => url.startsWith('file:');

/**
 * Summarises `profile` per call: self time by code group, time by the innermost library frame
 * on the stack (so Node work a library triggers is charged to it), and the top functions.
 */
export function analyzeProfile(profile, calls, limit = 25) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const located = new Map(profile.nodes.map((n) => [n.id, locate(n.callFrame)]));
  const owner = new Map();
  const ownerOf = (id) => {
    if (owner.has(id)) return owner.get(id);
    let at = id;
    while (at !== undefined && !isUserCode(nodes.get(at).callFrame)) at = parent.get(at);
    const name = at === undefined ? located.get(id).group : located.get(at).group;
    owner.set(id, name);
    return name;
  };

  const self = new Map();
  const charged = new Map();
  const functions = new Map();
  let total = 0;
  const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
  for (let i = 0; i < profile.samples.length; i++) {
    const us = profile.timeDeltas[i + 1] ?? 0;
    const id = profile.samples[i];
    const { group, where } = located.get(id);
    total += us;
    add(self, group, us);
    add(charged, ownerOf(id), us);
    const name = nodes.get(id).callFrame.functionName || '(anonymous)';
    add(functions, `${name} ${where || group}`, us);
  }
  const perCall = (map, limit) =>
    [...map.entries()]
      .map(([name, us]) => ({ name, usPerCall: us / calls, share: us / total }))
      .sort((a, b) => b.usPerCall - a.usPerCall)
      .slice(0, limit);
  return {
    calls,
    sampledUsPerCall: total / calls,
    selfByGroup: perCall(self, limit),
    chargedToLibrary: perCall(charged, limit),
    topFunctions: perCall(functions, limit),
  };
}

/** Adds up several profiles of the same thing (e.g. repeated cold imports) by code group. */
export function analyzeImportProfiles(profiles) {
  const self = new Map();
  const charged = new Map();
  let total = 0;
  for (const profile of profiles) {
    const { selfByGroup, chargedToLibrary, sampledUsPerCall } = analyzeProfile(
      profile,
      1,
      Number.POSITIVE_INFINITY,
    );
    total += sampledUsPerCall;
    for (const { name, usPerCall } of selfByGroup)
      self.set(name, (self.get(name) ?? 0) + usPerCall);
    for (const { name, usPerCall } of chargedToLibrary) {
      charged.set(name, (charged.get(name) ?? 0) + usPerCall);
    }
  }
  const n = profiles.length;
  const rows = (map) =>
    [...map.entries()]
      .map(([name, us]) => ({ name, msPerRun: us / n / 1000, share: us / total }))
      .sort((a, b) => b.msPerRun - a.msPerRun);
  return {
    runs: n,
    sampledMsPerRun: total / n / 1000,
    selfByGroup: rows(self),
    chargedToLibrary: rows(charged),
  };
}

/**
 * Summarises a sampling heap profile (every allocation sampled, collected objects included) per
 * call: bytes allocated by code group, and by the innermost library frame on the stack.
 */
export function analyzeAllocations(profile, calls) {
  const self = new Map();
  const charged = new Map();
  let total = 0;
  const add = (map, key, bytes) => map.set(key, (map.get(key) ?? 0) + bytes);
  const visit = (node, owner) => {
    const { group } = locate(node.callFrame);
    const here = isUserCode(node.callFrame) ? group : owner;
    if (node.selfSize > 0) {
      total += node.selfSize;
      add(self, group, node.selfSize);
      add(charged, here ?? group, node.selfSize);
    }
    for (const child of node.children) visit(child, here);
  };
  visit(profile.head, undefined);
  const rows = (map) =>
    [...map.entries()]
      .map(([name, bytes]) => ({ name, bytesPerCall: bytes / calls, share: bytes / total }))
      .sort((a, b) => b.bytesPerCall - a.bytesPerCall)
      .slice(0, 20);
  return {
    calls,
    bytesPerCall: total / calls,
    selfByGroup: rows(self),
    chargedToLibrary: rows(charged),
  };
}

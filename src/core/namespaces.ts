import { type NamespaceInfo, namespaceTable } from '../internal/operation-table.js';
import type { ClientContext } from './context.js';
import { APIResource } from './resource.js';

/** A namespace's base class: a hand-written one (src/resources/custom/), or the plain one. */
export type NamespaceBase = abstract new (context: ClientContext, namespace: string) => APIResource;

/** The namespace of every path without hand-written methods. */
class Namespace extends APIResource {}

// One constructor per namespace path, named for its type (`VmTags`, what inspect shows), made once.
const constructors = new Map<string, () => void>();

// The namespaces directly below each parent (`''` = the client), in table order, made once: a
// client is built often (every test builds several), and a scan of the whole table per namespace
// cost a millisecond a client.
let children: ReadonlyMap<string, readonly NamespaceInfo[]> | undefined;

function childrenOf(parent: string): readonly NamespaceInfo[] {
  if (children === undefined) {
    const byParent = new Map<string, NamespaceInfo[]>();
    for (const info of namespaceTable()) {
      const at = info.path.lastIndexOf('.');
      const above = at < 0 ? '' : info.path.slice(0, at);
      const siblings = byParent.get(above);
      if (siblings === undefined) byParent.set(above, [info]);
      else siblings.push(info);
    }
    children = byParent;
  }
  return children.get(parent) ?? [];
}

/**
 * Mounts the namespaces below `parent` (`''` = the client's own) on `target`, each built on first
 * use with its sub-namespaces: an object whose prototype carries the methods of its operations
 * (made from the operation table by {@link APIResource}), on top of its hand-written base when it
 * has one. Until then a namespace is an enumerable getter, so a client that calls one namespace
 * (a Lambda's `apiKeys`) never builds the other forty or makes their methods: about 0.4 MB of
 * heap and part of a cold start. No namespace costs more than its name in a bundle: their types
 * are declarations only.
 *
 * @internal
 */
export function mountNamespaces(
  target: object,
  context: ClientContext,
  bases: Readonly<Record<string, NamespaceBase>>,
  parent = '',
): void {
  for (const info of childrenOf(parent)) {
    const name = info.path.slice(info.path.lastIndexOf('.') + 1);
    Object.defineProperty(target, name, {
      get: () => {
        const instance = build(info, context, bases);
        // From now on a plain property, as fixed as it would have been if built eagerly.
        Object.defineProperty(target, name, {
          value: instance,
          enumerable: true,
          writable: false,
          configurable: false,
        });
        return instance;
      },
      enumerable: true,
      configurable: true,
    });
  }
}

function build(
  { path, className }: NamespaceInfo,
  context: ClientContext,
  bases: Readonly<Record<string, NamespaceBase>>,
): APIResource {
  const Base: NamespaceBase = bases[path] ?? Namespace;
  const instance = Reflect.construct(
    Base,
    [context, path],
    constructorFor(path, className, Base),
  ) as APIResource;
  mountNamespaces(instance, context, bases, path);
  return instance;
}

function constructorFor(path: string, className: string, Base: NamespaceBase): () => void {
  let made = constructors.get(path);
  if (made === undefined) {
    const named = function namespace() {};
    Object.defineProperty(named, 'name', { value: className });
    named.prototype = Object.create(Base.prototype, {
      constructor: { value: named, writable: true, configurable: true },
    });
    made = named;
    constructors.set(path, named);
  }
  return made;
}

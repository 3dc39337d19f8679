/**
 * The few `Reflect` metadata functions tsyringe (a dependency of @peculiar/x509) insists on at
 * load time. The project has no reflect polyfill package, and x509 never resolves a class by
 * its constructor metadata, so a WeakMap-backed store is all it needs. Installed only when no
 * polyfill is present; imported for its side effect before @peculiar/x509.
 */
type MetadataKey = unknown;
type Target = object;

const store = new WeakMap<Target, Map<string | symbol | undefined, Map<MetadataKey, unknown>>>();

function table(
  target: Target,
  property: string | symbol | undefined,
  create: boolean,
): Map<MetadataKey, unknown> | undefined {
  let byProperty = store.get(target);
  if (byProperty === undefined) {
    if (!create) {
      return undefined;
    }
    byProperty = new Map();
    store.set(target, byProperty);
  }
  let entries = byProperty.get(property);
  if (entries === undefined && create) {
    entries = new Map();
    byProperty.set(property, entries);
  }
  return entries;
}

function getOwnMetadata(key: MetadataKey, target: Target, property?: string | symbol): unknown {
  return table(target, property, false)?.get(key);
}

function getMetadata(key: MetadataKey, target: Target, property?: string | symbol): unknown {
  for (let t: Target | null = target; t !== null; t = Object.getPrototypeOf(t) as Target | null) {
    const found = table(t, property, false);
    if (found?.has(key) === true) {
      return found.get(key);
    }
  }
  return undefined;
}

function defineMetadata(
  key: MetadataKey,
  value: unknown,
  target: Target,
  property?: string | symbol,
): void {
  table(target, property, true)?.set(key, value);
}

const reflect = Reflect as unknown as Record<string, unknown>;
if (typeof reflect.getMetadata !== 'function') {
  Object.assign(reflect, {
    getMetadata,
    getOwnMetadata,
    defineMetadata,
    hasMetadata: (key: MetadataKey, target: Target, property?: string | symbol) =>
      getMetadata(key, target, property) !== undefined,
    hasOwnMetadata: (key: MetadataKey, target: Target, property?: string | symbol) =>
      table(target, property, false)?.has(key) === true,
    metadata:
      (key: MetadataKey, value: unknown) => (target: Target, property?: string | symbol) => {
        defineMetadata(key, value, target, property);
      },
  });
}

export {};

import type { RxJsonSchema } from 'rxdb';

/**
 * Checks documents that arrive from a peer against the collection's JSON schema before RxDB
 * sees them. A subset of JSON Schema (the keywords our schemas use: type, properties, required,
 * additionalProperties, items, enum, min/max length, items and value), plus the replication rules:
 * a string primary key, a boolean `_deleted` and no other RxDB-internal `_` field.
 */
export type DocumentValidator = (
  value: unknown,
) => value is Record<string, unknown> & { _deleted: boolean };

type Node = {
  type?: string | string[];
  properties?: Record<string, Node>;
  required?: string[];
  additionalProperties?: boolean | Node;
  items?: Node;
  enum?: unknown[];
  maxLength?: number;
  minLength?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
};

const MAX_DEPTH = 32;

function typeOf(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'array';
  }
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  if (type === 'integer') {
    return typeof value === 'number' && Number.isInteger(value);
  }
  if (type === 'number') {
    return typeof value === 'number' && Number.isFinite(value);
  }
  return actual === type;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valid(value: unknown, node: Node, depth: number): boolean {
  if (depth > MAX_DEPTH) {
    return false;
  }
  if (node.type !== undefined) {
    const types = Array.isArray(node.type) ? node.type : [node.type];
    if (!types.some((t) => matchesType(value, t))) {
      return false;
    }
  }
  if (node.enum !== undefined && !node.enum.some((option) => option === value)) {
    return false;
  }
  if (typeof value === 'string') {
    return (
      (node.maxLength === undefined || value.length <= node.maxLength) &&
      (node.minLength === undefined || value.length >= node.minLength)
    );
  }
  if (typeof value === 'number') {
    return (
      (node.minimum === undefined || value >= node.minimum) &&
      (node.maximum === undefined || value <= node.maximum)
    );
  }
  if (Array.isArray(value)) {
    if (node.maxItems !== undefined && value.length > node.maxItems) {
      return false;
    }
    const items = node.items;
    return items === undefined || value.every((item) => valid(item, items, depth + 1));
  }
  if (isPlainObject(value)) {
    for (const key of node.required ?? []) {
      if (!(key in value)) {
        return false;
      }
    }
    for (const [key, child] of Object.entries(value)) {
      const property = node.properties?.[key];
      if (property !== undefined) {
        if (!valid(child, property, depth + 1)) {
          return false;
        }
      } else if (node.additionalProperties === false) {
        return false;
      } else if (
        typeof node.additionalProperties === 'object' &&
        !valid(child, node.additionalProperties, depth + 1)
      ) {
        return false;
      }
    }
  }
  return true;
}

/** Builds the validator of one collection from its RxDB schema. */
export function createDocumentValidator(schema: RxJsonSchema<unknown>): DocumentValidator {
  const root = schema as unknown as Node & { primaryKey: string | { key: string } };
  const primaryKey = typeof root.primaryKey === 'string' ? root.primaryKey : root.primaryKey.key;
  const primaryMax = root.properties?.[primaryKey]?.maxLength ?? 1024;
  // RxDB adds `_deleted`, `_meta`, `_rev`, `_attachments` to the stored schema; only `_deleted`
  // travels (the protocol strips the rest), so those are excluded from what a peer may send.
  const properties = Object.fromEntries(
    Object.entries(root.properties ?? {}).filter(([key]) => !key.startsWith('_')),
  );
  const required = (root.required ?? []).filter((key) => !key.startsWith('_'));
  const body: Node = { ...root, properties, required };
  return (value: unknown): value is Record<string, unknown> & { _deleted: boolean } => {
    if (!isPlainObject(value) || typeof value._deleted !== 'boolean') {
      return false;
    }
    const id = value[primaryKey];
    if (typeof id !== 'string' || id.length === 0 || id.length > primaryMax) {
      return false;
    }
    const data: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      if (key.startsWith('_')) {
        if (key !== '_deleted') {
          return false;
        }
      } else {
        data[key] = field;
      }
    }
    return valid(data, body, 0);
  };
}

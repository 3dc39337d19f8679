import { normaliseKey } from './features';
import type { OrgLink, PairingParticipant } from './pairing.types';

/**
 * The org chart as an integer graph: node = normalised email, edges go from an
 * employee up to each of their managers (HR's chart and the participant's own
 * entry may disagree, so a node can have several).
 */
export type OrgGraph = {
  nodeOf: (email: string) => number | undefined;
  emailOf: (node: number) => string;
  /** Managers of each node. */
  managers: readonly (readonly number[])[];
};

/** Builds the graph from org links plus participants' manager emails. Self-links and blanks are ignored. */
export const buildOrgGraph = (
  participants: readonly Pick<PairingParticipant, 'email' | 'managerEmail'>[],
  orgLinks: readonly OrgLink[] = [],
): OrgGraph => {
  const ids = new Map<string, number>();
  const emails: string[] = [];
  const managers: number[][] = [];
  // Emails arrive normalised: each is trimmed and lower-cased exactly once.
  const node = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = emails.length;
      ids.set(key, id);
      emails.push(key);
      managers.push([]);
    }
    return id;
  };
  const link = (employee: string, manager: string | undefined): void => {
    const to = manager === undefined ? '' : normaliseKey(manager);
    const from = normaliseKey(employee);
    if (to === '' || from === '' || to === from) {
      return;
    }
    const list = managers[node(from)];
    const target = node(to);
    if (list !== undefined && !list.includes(target)) {
      list.push(target);
    }
  };
  for (const p of participants) {
    const key = normaliseKey(p.email);
    if (key !== '') {
      node(key);
    }
    link(p.email, p.managerEmail);
  }
  for (const l of orgLinks) {
    link(l.employeeEmail, l.managerEmail);
  }
  // Sorted managers make the shortest chain shown for a pair independent of input order.
  for (const list of managers) {
    list.sort((a, b) => ((emails[a] ?? '') < (emails[b] ?? '') ? -1 : 1));
  }
  return {
    nodeOf: (email) => ids.get(normaliseKey(email)),
    emailOf: (id) => emails[id] ?? '',
    managers,
  };
};

/**
 * For each start node, the set of "owner" indices found strictly above it in
 * the org chart (or in the same management cycle). Owners are typically
 * participant indices: `ownersAt[node]` lists the owners sitting at a node.
 *
 * Cycle-safe and memoised: Tarjan's algorithm condenses cycles into components
 * and emits each component after every component above it, so each
 * component's set is built once from its managers' sets. Iterative, so a deep
 * chain cannot overflow the stack.
 */
export const ownersAbove = (
  graph: OrgGraph,
  starts: readonly number[],
  ownersAt: ReadonlyMap<number, readonly number[]>,
  ownerCount: number,
): Map<number, Int32Array> => {
  const n = graph.managers.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const above: Int32Array[] = [];
  const seen = new Int32Array(ownerCount).fill(-1);
  let counter = 0;

  const emit = (root: number): void => {
    const members: number[] = [];
    const id = above.length;
    for (;;) {
      const v = stack.pop();
      if (v === undefined) {
        break;
      }
      onStack[v] = 0;
      component[v] = id;
      members.push(v);
      if (v === root) {
        break;
      }
    }
    const set: number[] = [];
    const add = (owner: number): void => {
      if (seen[owner] !== id) {
        seen[owner] = id;
        set.push(owner);
      }
    };
    for (const v of members) {
      for (const m of graph.managers[v] ?? []) {
        const c = component[m] ?? -1;
        if (c === id) {
          continue;
        }
        // A manager's own owners are above us, and so is everything above them.
        for (const owner of ownersAt.get(m) ?? []) {
          add(owner);
        }
        for (const owner of above[c] ?? []) {
          add(owner);
        }
      }
    }
    if (members.length > 1) {
      // In a cycle everyone is above everyone.
      for (const v of members) {
        for (const owner of ownersAt.get(v) ?? []) {
          add(owner);
        }
      }
    }
    above.push(Int32Array.from(set));
  };

  for (const start of starts) {
    if (index[start] !== -1) {
      continue;
    }
    // Explicit DFS stack of [node, next manager position].
    const frames: [number, number][] = [[start, 0]];
    index[start] = low[start] = counter++;
    stack.push(start);
    onStack[start] = 1;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      if (frame === undefined) {
        break;
      }
      const [v, i] = frame;
      const next = graph.managers[v]?.[i];
      if (next !== undefined) {
        frame[1] = i + 1;
        if (index[next] === -1) {
          index[next] = low[next] = counter++;
          stack.push(next);
          onStack[next] = 1;
          frames.push([next, 0]);
        } else if (onStack[next] === 1) {
          low[v] = Math.min(low[v] ?? 0, index[next] ?? 0);
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) {
        low[parent[0]] = Math.min(low[parent[0]] ?? 0, low[v] ?? 0);
      }
      if (low[v] === index[v]) {
        emit(v);
      }
    }
  }
  const result = new Map<number, Int32Array>();
  for (const start of starts) {
    result.set(start, above[component[start] ?? -1] ?? new Int32Array(0));
  }
  return result;
};

/** Shortest upward path from `from` to `to` (both included), by breadth-first search. */
const upwardPath = (graph: OrgGraph, from: number, to: number): number[] | undefined => {
  const previous = new Map<number, number>([[from, -1]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const v of frontier) {
      for (const m of graph.managers[v] ?? []) {
        if (previous.has(m)) {
          continue;
        }
        previous.set(m, v);
        if (m === to) {
          const path = [m];
          for (let p = v; p !== -1; p = previous.get(p) ?? -1) {
            path.push(p);
          }
          return path.reverse();
        }
        next.push(m);
      }
    }
    frontier = next;
  }
  return undefined;
};

/**
 * The reporting chain linking two people, from the lower to the upper one,
 * as normalised emails (e.g. `['anna@x', 'bernd@x', 'carla@x']` for
 * "Anna → Bernd → Carla"), or `undefined` when neither is above the other.
 */
export const chainInGraph = (graph: OrgGraph, emailA: string, emailB: string): string[] | undefined => {
  const a = graph.nodeOf(emailA);
  const b = graph.nodeOf(emailB);
  if (a === undefined || b === undefined || a === b) {
    return undefined;
  }
  const path = upwardPath(graph, a, b) ?? upwardPath(graph, b, a);
  return path?.map((v) => graph.emailOf(v));
};

/**
 * Convenience for the UI: the reporting chain between two emails given the
 * round's participants and org chart. See {@link chainInGraph}.
 */
export const reportingChainBetween = (
  input: {
    participants: readonly Pick<PairingParticipant, 'email' | 'managerEmail'>[];
    orgLinks?: readonly OrgLink[];
  },
  emailA: string,
  emailB: string,
): string[] | undefined => chainInGraph(buildOrgGraph(input.participants, input.orgLinks), emailA, emailB);

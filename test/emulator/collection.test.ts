// The generic collection (src/testing/server/collection.ts) that plain resources are made of, and
// the list page every paged list answers with, sized by the operation model.
import { describe, expect, it } from 'vitest';
import { seedState } from '../../src/testing/seed.js';
import {
  counter,
  defineCollection,
  heldByProject,
  uuids,
} from '../../src/testing/server/collection.js';
import { HttpError } from '../../src/testing/server/errors.js';
import { OPERATIONS } from '../../src/testing/server/operations.js';
import { page } from '../../src/testing/server/replies.js';

interface NoteRecord {
  readonly id: string;
  readonly createdAt: number;
  updatedAt: number;
  readonly projectId: string;
  text: string;
}

interface TicketRecord {
  readonly id: number;
  readonly createdAt: number;
  updatedAt: number;
  readonly projectId: string;
}

const notes = defineCollection<NoteRecord>({ noun: 'Note', ids: uuids, holding: 'notes' });
const tickets = defineCollection<TicketRecord>({
  noun: 'Ticket',
  ids: counter(311),
  holding: 'tickets',
});

function thrown(run: () => unknown): HttpError {
  try {
    run();
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error('expected an HttpError');
}

describe('a collection', () => {
  it('creates records with new ids and both timestamps, in creation order', () => {
    const { state } = seedState(0);
    const store = notes.in(state);
    const first = store.create(1_000, (stamp) => ({ ...stamp, projectId: 'p1', text: 'a' }));
    const second = store.create(2_000, (stamp) => ({ ...stamp, projectId: 'p2', text: 'b' }));
    expect(first).toMatchObject({ createdAt: 1_000, updatedAt: 1_000, text: 'a' });
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.id).not.toBe(first.id);
    expect(store.values()).toEqual([first, second]);
    expect(store.where((note) => note.projectId === 'p2')).toEqual([second]);
  });

  it('counts numeric ids up from the first, separately in each account', () => {
    const one = seedState(0).state;
    const two = seedState(0).state;
    const make = (state: typeof one) =>
      tickets.in(state).create(0, (stamp) => ({ ...stamp, projectId: 'p' })).id;
    expect([make(one), make(one), make(two)]).toEqual([311, 312, 311]);
    expect(tickets.in(two).size).toBe(1);
  });

  it('answers 404 naming the resource, and its project when one is asked for', () => {
    const { state } = seedState(0);
    const store = notes.in(state);
    const note = store.create(0, (stamp) => ({ ...stamp, projectId: 'p1', text: 'a' }));
    expect(store.get(note.id, 'p1')).toBe(note);
    expect(thrown(() => store.get('n1')).toBody()).toEqual({
      error: 'Not Found',
      message: 'Note n1 not found',
    });
    const elsewhere = thrown(() => store.get(note.id, 'p2'));
    expect([elsewhere.status, elsewhere.message]).toEqual([
      404,
      `Note ${note.id} not found in project p2`,
    ]);
  });

  it('updates fields and moves updatedAt, and removes a record once', () => {
    const { state } = seedState(0);
    const store = notes.in(state);
    const note = store.create(0, (stamp) => ({ ...stamp, projectId: 'p1', text: 'a' }));
    expect(store.update(note.id, { text: 'b' }, 5_000)).toMatchObject({
      text: 'b',
      createdAt: 0,
      updatedAt: 5_000,
    });
    expect(store.remove(note.id)).toBe(note);
    expect(store.find(note.id)).toBeUndefined();
    expect(thrown(() => store.remove(note.id)).status).toBe(404);
  });

  it('names what a project still holds, in the order the collections were declared', () => {
    const { state } = seedState(0);
    tickets.in(state).create(0, (stamp) => ({ ...stamp, projectId: 'p9' }));
    notes.in(state).create(0, (stamp) => ({ ...stamp, projectId: 'p9', text: 'a' }));
    const held = heldByProject(state, 'p9');
    expect(held.indexOf('notes')).toBeLessThan(held.indexOf('tickets'));
    expect(held.filter((kind) => kind === 'notes' || kind === 'tickets')).toEqual([
      'notes',
      'tickets',
    ]);
    expect(heldByProject(state, 'p8')).toEqual([]);
  });
});

describe('a list page', () => {
  const items = Array.from({ length: 120 }, (_, index) => index);
  const operation = (id: string) => {
    const found = OPERATIONS.find((op) => op.id === id);
    if (found === undefined) throw new Error(`no operation ${id}`);
    return found;
  };

  it('holds the page size the model gives the operation when no limit is sent', () => {
    expect(page({ operation: operation('listVMs'), query: {} }, items).body.data).toHaveLength(20);
    expect(page({ operation: operation('listVolumes'), query: {} }, items).body.data).toHaveLength(
      50,
    );
  });

  it('takes limit items from offset and counts them all', () => {
    expect(
      page({ operation: operation('listVMs'), query: { limit: 3, offset: 118 } }, items).body,
    ).toEqual({ success: true, data: [118, 119], total: 120 });
  });
});

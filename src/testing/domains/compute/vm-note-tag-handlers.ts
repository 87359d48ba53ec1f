import { randomUUID } from 'node:crypto';
import { notFound } from '../../server/errors.js';
import type { HandlerTable, KeyedContext } from '../../server/handler.js';
import { pathVm, resourceVm } from './lookup.js';
import { type NoteRecord, notes, type TagRecord, type VmRecord } from './records.js';
import { noteView, tagViews } from './views.js';

const tagsReply = (vm: VmRecord) => ({ body: { success: true, tags: tagViews(vm) } });

function findTag(vm: VmRecord, tagId: string): TagRecord {
  const tag = vm.tags.find((candidate) => candidate.id === tagId);
  if (tag === undefined) throw notFound(`Tag ${tagId} not found on VM ${vm.id}`);
  return tag;
}

type NoteType = NoteRecord['type'];

/** Personal notes belong to the user behind the key; the account note to the account. */
function noteKey(context: Pick<KeyedContext, 'state' | 'key'>, vmId: string, type: NoteType) {
  const owner = type === 'personal' ? context.key.createdBy : context.state.accountId;
  return `${vmId}:${type}:${owner}`;
}

function writeNote(
  context: Parameters<typeof pathVm>[0] &
    Pick<KeyedContext, 'key' | 'now'> & {
      readonly params: { readonly type: NoteType };
      readonly body: { readonly content: string };
    },
  mode: 'append' | 'update' | 'upsert',
) {
  const vm = pathVm(context);
  const { type } = context.params;
  const { content } = context.body;
  const key = noteKey(context, vm.id, type);
  const store = notes(context.state);
  let note = store.get(key);
  if (note === undefined) {
    if (mode === 'update') {
      throw notFound(`VM ${vm.id} has no ${type} note yet; upsertVMNote creates one`);
    }
    note = {
      id: randomUUID(),
      vmId: vm.id,
      userId: context.key.createdBy,
      type,
      content,
      createdAt: context.now,
      updatedAt: context.now,
    };
    store.set(key, note);
  } else {
    note.content =
      mode === 'append' && note.content !== '' ? `${note.content}\n${content}` : content;
    note.updatedAt = context.now;
  }
  return { body: { success: true, note: noteView(note) } };
}

/**
 * The VM Tags and VM Notes operations.
 *
 * @internal
 */
export const VM_NOTE_TAG_HANDLERS = {
  addVMTag: (context) => {
    const vm = pathVm(context);
    vm.tags.push({
      id: randomUUID(),
      name: context.body.name,
      priority: context.body.priority ?? 0,
      createdAt: context.now,
    });
    vm.updatedAt = context.now;
    return tagsReply(vm);
  },

  updateVMTag: (context) => {
    const vm = pathVm(context);
    const tag = findTag(vm, context.params.tagId);
    if (context.body.name !== undefined) tag.name = context.body.name;
    if (context.body.priority !== undefined) tag.priority = context.body.priority;
    vm.updatedAt = context.now;
    return tagsReply(vm);
  },

  removeVMTag: (context) => {
    const vm = pathVm(context);
    const tag = findTag(vm, context.params.tagId);
    vm.tags.splice(vm.tags.indexOf(tag), 1);
    vm.updatedAt = context.now;
    return tagsReply(vm);
  },

  getVMNotes: (context) => {
    const vm = resourceVm(context);
    const wanted = context.query.type;
    const shown = (type: NoteType) => {
      const note = notes(context.state).get(noteKey(context, vm.id, type));
      return note === undefined || (wanted !== undefined && wanted !== type)
        ? undefined
        : noteView(note);
    };
    const personal = shown('personal');
    const account = shown('account');
    return {
      body: {
        success: true,
        ...(personal === undefined ? {} : { personal_note: personal }),
        ...(account === undefined ? {} : { account_note: account }),
      },
    };
  },

  appendVMNote: (context) => writeNote(context, 'append'),
  updateVMNote: (context) => writeNote(context, 'update'),
  upsertVMNote: (context) => writeNote(context, 'upsert'),
} satisfies HandlerTable;

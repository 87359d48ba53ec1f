import { randomUUID } from 'node:crypto';
import { noteView, tagViews } from '../compute-views.js';
import type { NoteRecord, TagRecord, VmRecord } from '../resource-records.js';
import { notFound } from '../server/errors.js';
import { fields, type Handler, type HandlerContext, type HandlerResult } from './context.js';
import { pathVm, resourceVm } from './vms.js';

const tagsResult = (vm: VmRecord): HandlerResult => ({
  body: { success: true, tags: tagViews(vm) },
});

function findTag(context: HandlerContext, vm: VmRecord): TagRecord {
  const tag = vm.tags.find((candidate) => candidate.id === context.params.tagId);
  if (tag === undefined) throw notFound(`Tag ${context.params.tagId} not found on VM ${vm.id}`);
  return tag;
}

const addVMTag: Handler = (context) => {
  const vm = pathVm(context);
  const body = fields(context);
  vm.tags.push({
    id: randomUUID(),
    name: body.name as string,
    priority: (body.priority as number | undefined) ?? 0,
    createdAt: context.now,
  });
  vm.updatedAt = context.now;
  return tagsResult(vm);
};

const updateVMTag: Handler = (context) => {
  const vm = pathVm(context);
  const tag = findTag(context, vm);
  const body = fields(context);
  if (typeof body.name === 'string') tag.name = body.name;
  if (typeof body.priority === 'number') tag.priority = body.priority;
  vm.updatedAt = context.now;
  return tagsResult(vm);
};

const removeVMTag: Handler = (context) => {
  const vm = pathVm(context);
  const tag = findTag(context, vm);
  vm.tags.splice(vm.tags.indexOf(tag), 1);
  vm.updatedAt = context.now;
  return tagsResult(vm);
};

type NoteType = NoteRecord['type'];

/** Personal notes belong to the user behind the key; the account note to the account. */
function noteKey(context: HandlerContext, vmId: string, type: NoteType): string {
  const owner = type === 'personal' ? context.key.createdBy : context.state.accountId;
  return `${vmId}:${type}:${owner}`;
}

const getVMNotes: Handler = (context) => {
  const vm = resourceVm(context);
  const wanted = context.query.type as NoteType | undefined;
  const body: Record<string, unknown> = { success: true };
  for (const type of ['personal', 'account'] as const) {
    const note = context.state.notes.get(noteKey(context, vm.id, type));
    if (note !== undefined && (wanted === undefined || wanted === type)) {
      body[`${type}_note`] = noteView(note);
    }
  }
  return { body };
};

function writeNote(context: HandlerContext, mode: 'append' | 'update' | 'upsert'): HandlerResult {
  const vm = pathVm(context);
  const type = context.params.type as NoteType;
  const content = fields(context).content as string;
  const key = noteKey(context, vm.id, type);
  let note = context.state.notes.get(key);
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
    context.state.notes.set(key, note);
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
export const VM_NOTE_TAG_HANDLERS: Readonly<Record<string, Handler>> = {
  addVMTag,
  updateVMTag,
  removeVMTag,
  getVMNotes,
  appendVMNote: (context) => writeNote(context, 'append'),
  updateVMNote: (context) => writeNote(context, 'update'),
  upsertVMNote: (context) => writeNote(context, 'upsert'),
};

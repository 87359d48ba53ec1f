import type { HandlerTable } from '../../server/handler.js';
import { VM_ACTION_HANDLERS } from './vm-action-handlers.js';
import { VM_HANDLERS } from './vm-handlers.js';
import { VM_NOTE_TAG_HANDLERS } from './vm-note-tag-handlers.js';

/**
 * The compute domain: VMs (lifecycle, power and maintenance, saved images), their tags and
 * notes.
 *
 * @internal
 */
export const COMPUTE_HANDLERS = {
  ...VM_HANDLERS,
  ...VM_ACTION_HANDLERS,
  ...VM_NOTE_TAG_HANDLERS,
} satisfies HandlerTable;

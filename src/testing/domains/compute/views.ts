import type { components } from '../../../../generated/openapi.js';
import type { EmulatorState } from '../../server/account.js';
import { iso } from '../../server/iso-time.js';
import { planOf, TEMPLATES } from '../catalog/data.js';
import {
  type ImageRecord,
  images,
  type NicRecord,
  type NoteRecord,
  type VmRecord,
} from './records.js';

type Schemas = components['schemas'];

/**
 * The template (public or a saved image) a VM runs, as name and version.
 *
 * @internal
 */
export function templateOf(
  state: EmulatorState,
  templateId: string,
): { name: string; version: string; isWindows: boolean } | undefined {
  const template = TEMPLATES.find((candidate) => candidate.id === templateId);
  if (template !== undefined) {
    return { name: template.name, version: template.version, isWindows: template.is_windows };
  }
  const image = images.in(state).find(templateId);
  return image === undefined
    ? undefined
    : { name: image.name, version: 'custom', isWindows: image.isWindows };
}

/**
 * A VM's tags, lowest priority first.
 *
 * @internal
 */
export function tagViews(vm: VmRecord): Schemas['VMTag'][] {
  return [...vm.tags]
    .sort((a, b) => a.priority - b.priority)
    .map((tag) => ({
      id: tag.id,
      name: tag.name,
      priority: tag.priority,
      created_at: iso(tag.createdAt),
    }));
}

const firstIp = (vm: VmRecord, type: NicRecord['type']): string | null =>
  vm.nics.find((nic) => nic.type === type)?.ip ?? null;

/**
 * The boot disk size of a VM: its plan's disk plus what was added, GB.
 *
 * @internal
 */
export function vmTotalStorage(vm: VmRecord): number {
  return (planOf(vm.pricingId)?.[2] ?? 0) + vm.addedStorage;
}

/**
 * A VM; its status is the record's, moved by the lifecycle engine.
 *
 * @internal
 */
export function vmView(vm: VmRecord): Schemas['VM'] {
  const [cpu, ram, storage, , hourly] = planOf(vm.pricingId) ?? [2, 4, 80, 0, 0];
  return {
    id: vm.id,
    name: vm.name,
    status: vm.status,
    cpu,
    ram,
    storage,
    added_storage: vm.addedStorage,
    total_storage: storage + vm.addedStorage,
    template_id: vm.templateId,
    template_name: vm.templateName,
    template_version: vm.templateVersion,
    price_per_hour: hourly.toFixed(6),
    pricing_id: vm.pricingId,
    created_by: vm.createdBy,
    billing_type: 'payg',
    subscription_id: null,
    backup_type: vm.backupType,
    region: 'us-east',
    project_id: vm.projectId,
    public_ipv4_address: firstIp(vm, 'public'),
    public_ipv6_address: firstIp(vm, 'ipv6'),
    private_ipv4_address: firstIp(vm, 'vpc'),
    private_ipv6_address: null,
    tags: tagViews(vm),
    active: true,
    console_require_mfa: vm.consoleRequireMfa ?? false,
    created_at: iso(vm.createdAt),
    updated_at: iso(vm.updatedAt),
  };
}

/**
 * A VM note.
 *
 * @internal
 */
export function noteView(note: NoteRecord): Schemas['VMNote'] {
  return {
    id: note.id,
    vm_id: note.vmId,
    user_id: note.userId,
    type: note.type,
    content: note.content,
    created_at: iso(note.createdAt),
    updated_at: iso(note.updatedAt),
  };
}

/**
 * A saved image.
 *
 * @internal
 */
export function imageView(image: ImageRecord): Schemas['VMImage'] {
  return {
    id: image.id,
    name: image.name,
    version: 'custom',
    ...(image.description === undefined ? {} : { description: image.description }),
    os_type: image.isWindows ? 'windows' : 'linux',
    is_windows: image.isWindows,
    region: 'us-east',
    created_at: iso(image.createdAt),
  };
}

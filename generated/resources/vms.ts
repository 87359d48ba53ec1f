/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { RequestOptions } from '../../src/core/options.js';
import type { ListAllParams, Page } from '../../src/core/pagination.js';
import type { APIResource } from '../../src/core/resource.js';
import type { WaitOptions, WaitUntil } from '../../src/core/waiter.js';
import type { AddVMTagBody, AttachIpBody, AttachIpResult, AttachSecurityGroupBody, AttachVpcBody, CreateVMBody, DeleteVMBody, DeleteVMsBody, DeleteVMsResult, GetVMNotesParams, ListVMNetworksParams, ListVMsParams, ReinstallVMBody, RenameVMBody, ResizeVMBody, ResizeVMDiskBody, SaveVMImageBody, SetVMConsolePolicyBody, UpdateVMTagBody, VM, VMImage, VMNetwork, VMNote, VMNoteBody, VMNotes, VMResizeResult, VMStatus, VMTag } from '../types.js';

/**
 * A VM’s network interfaces: joining VPCs, carrying public IPs and security groups.
 *
 * `raff.vms.networks`: its methods are made from the operation table when the client is built.
 */
export interface VmNetworks extends APIResource {
  /**
   * List a VM’s network interfaces.
   *
   * Returns every interface (NIC) of a VM, or only one kind with `type`. The `nic_id` of each is
   * what the detach calls and attachVMSecurityGroup take. Found by the VM id alone: no
   * `X-Project-ID`. The key needs `vm.view` on the VM’s project.
   *
   * Needs `vm.view` on the project that holds the resource.
   *
   * @param vmId - VM id (UUID).
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.vms.networks.list(vmId);
   * ```
   */
  list(vmId: string, params?: ListVMNetworksParams, options?: RequestOptions): Promise<Page<VMNetwork>>;

  /**
   * Attach a VM to a VPC.
   *
   * Adds a `vpc` interface to the VM inside the given VPC, with the requested private address or a
   * free one. The VPC’s `used_ips` grows by one and its `leases` gain the new interface; the VM’s
   * `private_ipv4_address` shows the address. Needs `vm.manage` on the VM’s project: it changes
   * the VM’s network configuration.
   *
   * Needs `vm.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a POST may
   * have reached Raff): check its effect before repeating it.
   *
   * @param vmId - VM id (UUID).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * await raff.vms.networks.attachVpc(vmId, { vpc_id: 'c5d55dcb-e21f-427b-b970-8a6710c80b9e' });
   * ```
   */
  attachVpc(vmId: string, body: AttachVpcBody, options?: RequestOptions): Promise<void>;

  /**
   * Detach a VM from a VPC.
   *
   * Removes a `vpc` interface (by its `nic_id` from listVMNetworks) from the VM. Its lease is
   * freed: the VPC’s `used_ips` drops by one and the lease leaves `leases`. Needs `vm.manage` on
   * the VM’s project: it changes the VM’s network configuration.
   *
   * Needs `vm.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires.
   *
   * @param vmId - VM id (UUID).
   * @param nicId - Interface number on the VM, the `nic_id` from listVMNetworks (an integer, not a
   * UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  detachVpc(vmId: string, nicId: number, options?: RequestOptions): Promise<void>;

  /**
   * Attach a public IP to a VM.
   *
   * Adds a public interface to the VM, in one of two ways. With `ip_id`: a reserved IP of the
   * account that no VM uses; it turns `in-use`, and since its reservation is already billed,
   * attaching costs nothing more. With `type` (or an empty body): an address is taken from the
   * shared pool, free with the VM; this is possible only as long as the VM lacks a public address
   * of that family. Each VM takes at most 4 public IPv4 addresses: the first one becomes its
   * primary (`is_primary` in listVMNetworks), and every further one must be a reserved IP attached
   * with `ip_id`. `security_groups` go on the new interface. The answer gives the new `nic_id`.
   * Needs `vm.manage` on the VM’s project: it changes the VM’s network configuration.
   *
   * Needs `vm.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a POST may
   * have reached Raff): check its effect before repeating it.
   *
   * @param vmId - VM id (UUID).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPaymentRequiredError} 402.
   * @throws {RaffBillingError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const attachIp = await raff.vms.networks.attachIp(vmId, { ip_id:
   * 'a4c9e2d7-1f6b-4e83-9d05-7b3e1c8f2a61' });
   * ```
   */
  attachIp(vmId: string, body: AttachIpBody, options?: RequestOptions): Promise<AttachIpResult>;

  /**
   * Detach a public IP from a VM.
   *
   * Removes a public interface (by its `nic_id`) from the VM. A reserved IP stays with the account
   * and turns `free`, ready to attach elsewhere, and is billed until it is released with
   * releaseIP; an address taken from the pool goes back to it. Detaching the primary IPv4 while
   * other public IPv4s remain makes the lowest-numbered of them the new primary. Needs `vm.manage`
   * on the VM’s project: it changes the VM’s network configuration.
   *
   * Needs `vm.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires.
   *
   * @param vmId - VM id (UUID).
   * @param nicId - Interface number on the VM, the `nic_id` from listVMNetworks (an integer, not a
   * UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  detachIp(vmId: string, nicId: number, options?: RequestOptions): Promise<void>;

  /**
   * Attach a security group to an interface.
   *
   * Puts a security group on one interface of the VM; its rules then filter that interface’s
   * traffic in both directions. The interface’s `security_group_id` becomes the group and the
   * group’s `vm_count` grows by one. Needs `vm.manage` on the VM’s project: it changes the VM’s
   * network configuration.
   *
   * Needs `vm.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a POST may
   * have reached Raff): check its effect before repeating it.
   *
   * @param vmId - VM id (UUID).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * await raff.vms.networks.attachSecurityGroup(vmId, { security_group_id:
   * '3e7f9a21-8b4c-4d6e-a5f3-1c2b9d8e7f60', nic_id: 0 });
   * ```
   */
  attachSecurityGroup(vmId: string, body: AttachSecurityGroupBody, options?: RequestOptions): Promise<void>;

  /**
   * Detach a security group from an interface.
   *
   * Takes a security group off one interface of the VM. The interface loses its
   * `security_group_id` and the group’s `vm_count` drops by one. Needs `vm.manage` on the VM’s
   * project: it changes the VM’s network configuration.
   *
   * Needs `vm.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires.
   *
   * @param vmId - VM id (UUID).
   * @param sgId - Security group id (UUID), as in the interface’s `security_group_id`.
   * @param nicId - Interface number on the VM, the `nic_id` from listVMNetworks (an integer, not a
   * UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  detachSecurityGroup(vmId: string, sgId: string, nicId: number, options?: RequestOptions): Promise<void>;
}

/**
 * Free-text notes on a VM, private to their writer or shared with the account.
 *
 * `raff.vms.notes`: its methods are made from the operation table when the client is built.
 */
export interface VmNotes extends APIResource {
  /**
   * Get a VM's notes.
   *
   * Returns the caller's personal note and the account-wide note on a VM. A `personal` note is
   * seen only by the user who wrote it; the `account` note by every member. A note nobody has
   * written is left out, so the answer can be just `{ "success": true }`. Takes no `X-Project-ID`:
   * the VM is found by id.
   *
   * Needs `vm.view` on the project that holds the resource.
   *
   * @param vmId - VM id (UUID).
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, input that cannot be
   * sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const vmNotes = await raff.vms.notes.get(vmId);
   * ```
   */
  get(vmId: string, params?: GetVMNotesParams, options?: RequestOptions): Promise<VMNotes>;

  /**
   * Append to a VM note.
   *
   * Adds `content` to the end of the note of this scope, on a new line, keeping what is there.
   * When there is no note yet, `content` becomes the note.
   *
   * Needs `vm.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a POST may
   * have reached Raff): check its effect before repeating it.
   *
   * @param vmId - VM id (UUID).
   * @param type - Note scope: `personal` (only its writer sees it) or `account` (every member
   * does).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const vmNote = await raff.vms.notes.append(vmId, type, { content: 'Rotated TLS certificate on
   * 2026-05-14.' });
   * ```
   */
  append(vmId: string, type: 'personal' | 'account', body: VMNoteBody, options?: RequestOptions): Promise<VMNote>;

  /**
   * Write a VM note.
   *
   * Creates the note of this scope or overwrites its whole content. There is one personal note per
   * user and VM and one account note per account and VM. An empty `content` keeps the note, with
   * no text.
   *
   * Needs `vm.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires.
   *
   * @param vmId - VM id (UUID).
   * @param type - Note scope: `personal` (only its writer sees it) or `account` (every member
   * does).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const vmNote = await raff.vms.notes.upsert(vmId, type, { content: 'Rotated TLS certificate on
   * 2026-05-14.' });
   * ```
   */
  upsert(vmId: string, type: 'personal' | 'account', body: VMNoteBody, options?: RequestOptions): Promise<VMNote>;

  /**
   * Replace a VM note.
   *
   * Replaces the content of an existing note of this scope. Answers 404 when there is no such note
   * yet; upsertVMNote creates one.
   *
   * Needs `vm.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a PATCH may
   * have reached Raff): check its effect before repeating it.
   *
   * @param vmId - VM id (UUID).
   * @param type - Note scope: `personal` (only its writer sees it) or `account` (every member
   * does).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const vmNote = await raff.vms.notes.update(vmId, type, { content: 'Rotated TLS certificate on
   * 2026-05-14.' });
   * ```
   */
  update(vmId: string, type: 'personal' | 'account', body: VMNoteBody, options?: RequestOptions): Promise<VMNote>;
}

/**
 * Labels on a VM, each with a sort priority.
 *
 * `raff.vms.tags`: its methods are made from the operation table when the client is built.
 */
export interface VmTags extends APIResource {
  /**
   * Tag a VM.
   *
   * Attaches a tag to the VM and answers with all of the VM's tags.
   *
   * Needs `vm.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a POST may
   * have reached Raff): check its effect before repeating it.
   *
   * @param vmId - VM id (UUID).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const vmTags = await raff.vms.tags.add(vmId, { name: 'production', priority: 0 });
   * ```
   */
  add(vmId: string, body: AddVMTagBody, options?: RequestOptions): Promise<VMTag[]>;

  /**
   * Remove a VM tag.
   *
   * Takes one tag off the VM and answers with the tags that remain.
   *
   * Needs `vm.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires.
   *
   * @param vmId - VM id (UUID).
   * @param tagId - Tag id (UUID), from the `tags` of getVM.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  remove(vmId: string, tagId: string, options?: RequestOptions): Promise<void>;

  /**
   * Change a VM tag.
   *
   * Renames one of the VM's tags or changes its priority, and answers with all of the VM's tags.
   * Tag ids are in the `tags` of getVM.
   *
   * Needs `vm.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a PATCH may
   * have reached Raff): check its effect before repeating it.
   *
   * @param vmId - VM id (UUID).
   * @param tagId - Tag id (UUID), from the `tags` of getVM.
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const vmTags = await raff.vms.tags.update(vmId, tagId, { name: 'frontend' });
   * ```
   */
  update(vmId: string, tagId: string, body: UpdateVMTagBody, options?: RequestOptions): Promise<VMTag[]>;
}

/**
 * Compute instances, each inside a project.
 *
 * `raff.vms`: its methods are made from the operation table when the client is built.
 */
export interface Vms extends APIResource {
  /**
   * A VM’s network interfaces: joining VPCs, carrying public IPs and security groups.
   */
  readonly networks: VmNetworks;

  /**
   * Free-text notes on a VM, private to their writer or shared with the account.
   */
  readonly notes: VmNotes;

  /**
   * Labels on a VM, each with a sort priority.
   */
  readonly tags: VmTags;

  /**
   * List VMs.
   *
   * Pages through VMs in one project (with `X-Project-ID`) or in every project the key can reach
   * (without it).
   *
   * Needs `vm.view` on the project named by `X-Project-ID`. Sends `X-Project-ID` when a project is
   * known.
   *
   * @param params - The query parameters.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const { data, total } = await raff.vms.list();
   * ```
   */
  list(params?: ListVMsParams, options?: RequestOptions): Promise<Page<VM>>;

  /**
   * Every item of `vms.list()`, page by page, requested lazily as the loop asks for more.
   *
   * Pages of up to 100 (`limit`), from `offset`; the other parameters are sent with every page. A
   * per-call `totalTimeout` or `signal` bounds the whole walk.
   *
   * @param params - The query parameters, with `limit` as the page size and `offset` where to
   * start.
   * @param options - Per-call options; `totalTimeout` and `signal` bound the whole walk.
   * @throws {RaffAPIError} from any page request, as the list method does.
   * @example
   * ```ts
   * for await (const vm of raff.vms.listAll()) {
   *   console.log(vm);
   * }
   * ```
   */
  listAll(params?: ListAllParams<ListVMsParams>, options?: RequestOptions): AsyncIterable<VM>;

  /**
   * Create a VM.
   *
   * Starts building a VM in the project named by `X-Project-ID`. It comes back in an early state
   * (`initiating`); poll getVM until `active`. Billing standing and balance are checked first.
   *
   * Needs `vm.create` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a POST may
   * have reached Raff): check its effect before repeating it.
   *
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: no project, input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPaymentRequiredError} 402.
   * @throws {RaffBillingError} 403.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const vm = await raff.vms.create({
   *   name: 'api-staging-01',
   *   template_id: '68a508e9-586d-437b-a703-903e6fbfd0f2',
   *   pricing_id: 3,
   *   region: 'us-east',
   *   ssh_keys: [
   *     'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG4kq0cUu1sX3tq7b5Zl0cQkS2bqv4l8Qm8ZpQ1wHc3Y
   *     deploy@ci',
   *   ],
   *   backup_type: 'weekly',
   *   backup_date: 'Saturday',
   *   backup_time: '8am',
   *   tags: ['staging'],
   * });
   * ```
   */
  create(body: CreateVMBody, options?: RequestOptions): Promise<VM>;

  /**
   * Get a VM.
   *
   * Returns one VM, found by id alone: this call takes no `X-Project-ID`. The key needs `vm.view`
   * on the VM’s project.
   *
   * Needs `vm.view` on the project that holds the resource.
   *
   * @param id - VM id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  get(id: string, options?: RequestOptions): Promise<VM>;

  /**
   * Polls `vms.get()` until the vm reaches `until`, and resolves with nothing once it is gone.
   *
   * `until` is a status (`active`, `passive`, `provisioning`, `booting`, `initiating`,
   * `finalizing`, `failure`), a list of them, a predicate, or `'deleted'` (the get answers 404). A
   * `failure` status ends the wait with a `RaffWaitFailedError`. Polls are normal GETs (rate
   * limiter and retries apply), the first after 1000 ms, each pause half again as long as the one
   * before, up to 15 s.
   *
   * @param id - VM id (UUID).
   * @param until - What to wait for.
   * @param options - `timeout` (in all, default 15 min), `interval` (first pause) and `signal`.
   * @throws {RaffValidationError} before any poll, for a status the resource does not have or bad
   * options.
   * @throws {RaffWaitFailedError} when the resource reaches a failure status first.
   * @throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` runs out.
   * @example
   * ```ts
   * await raff.vms.waitFor(vmId, 'active');
   * ```
   */
  waitFor(id: string, until: 'deleted', options?: WaitOptions): Promise<void>;

  /**
   * Polls `vms.get()` until the vm reaches `until`, and resolves with its last state.
   *
   * `until` is a status (`active`, `passive`, `provisioning`, `booting`, `initiating`,
   * `finalizing`, `failure`), a list of them, a predicate, or `'deleted'` (the get answers 404). A
   * `failure` status ends the wait with a `RaffWaitFailedError`. Polls are normal GETs (rate
   * limiter and retries apply), the first after 1000 ms, each pause half again as long as the one
   * before, up to 15 s.
   *
   * @param id - VM id (UUID).
   * @param until - What to wait for.
   * @param options - `timeout` (in all, default 15 min), `interval` (first pause) and `signal`.
   * @throws {RaffValidationError} before any poll, for a status the resource does not have or bad
   * options.
   * @throws {RaffWaitFailedError} when the resource reaches a failure status first.
   * @throws {RaffTimeoutError} with `limit: 'wait'` when `timeout` runs out.
   * @example
   * ```ts
   * await raff.vms.waitFor(vmId, 'active');
   * ```
   */
  waitFor(id: string, until: WaitUntil<VM, VMStatus>, options?: WaitOptions): Promise<VM>;

  /**
   * Delete a VM.
   *
   * Destroys the VM. Attached volumes are kept unless `volume_action` is `delete`; a prepaid
   * subscription is refunded pro rata by the hour.
   *
   * Needs `vm.delete` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires.
   *
   * @param id - VM id (UUID).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * await raff.vms.delete(vmId, { volume_action: 'detach', delete_vpc: true });
   * ```
   */
  delete(id: string, body?: DeleteVMBody, options?: RequestOptions): Promise<void>;

  /**
   * Delete many VMs.
   *
   * Deletes 1 to 50 VMs of the project named by `X-Project-ID` in one call. Each VM is handled on
   * its own: some can fail while the rest are deleted, and `results` reports every id. The answer
   * is 200 either way; `success` is true when at least one VM went. The defaults differ from
   * deleteVM: attached volumes are deleted unless `volume_action` is `detach`, and each VM's VPC
   * is removed (when no other VM uses it) unless `delete_vpc` is false. Prepaid subscriptions are
   * refunded pro rata by the hour.
   *
   * Needs `vm.delete` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires.
   *
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: no project, input that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const deleteVMs = await raff.vms.deleteMany({
   *   ids: [
   *     '7fc3b7cc-b853-44e1-8bfe-24a648cb698b',
   *     'acff4cdc-fc21-4c94-817f-ea839f887d5e',
   *   ],
   *   volume_action: 'detach',
   *   delete_vpc: false,
   * });
   * ```
   */
  deleteMany(body: DeleteVMsBody, options?: RequestOptions): Promise<DeleteVMsResult>;

  /**
   * Start a VM.
   *
   * Powers on a stopped VM. Only a `passive` VM can be started; it then goes `passive` → `booting`
   * → `active`. The call answers once the start is accepted: poll getVM until the status is
   * `active`.
   *
   * Needs `vm.power` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a POST may
   * have reached Raff): check its effect before repeating it.
   *
   * @param id - VM id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409: the VM's status does not allow this action now: for example a
   * start on a running VM, or a resize before the VM is stopped.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  start(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Stop a VM.
   *
   * Shuts a running VM down cleanly. Only an `active` VM can be stopped; it goes `active` →
   * `finalizing` → `passive`. A stopped VM keeps its disks, addresses and plan, and stays billed;
   * startVM brings it back.
   *
   * Needs `vm.power` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a POST may
   * have reached Raff): check its effect before repeating it.
   *
   * @param id - VM id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409: the VM's status does not allow this action now: for example a
   * start on a running VM, or a resize before the VM is stopped.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  stop(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Reboot a VM.
   *
   * Restarts a running VM through its operating system. Only an `active` VM can be rebooted; it
   * goes `active` → `booting` → `active`. For a VM that no longer responds, use hardRebootVM.
   *
   * Needs `vm.power` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a POST may
   * have reached Raff): check its effect before repeating it.
   *
   * @param id - VM id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409: the VM's status does not allow this action now: for example a
   * start on a running VM, or a resize before the VM is stopped.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  reboot(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Hard-reboot a VM.
   *
   * Cuts the power and restarts the VM at once, with no clean shutdown: unsaved data can be lost
   * and filesystems can be left needing repair. Meant for a hung VM that ignores rebootVM. Like a
   * reboot it starts from `active` and goes `active` → `booting` → `active`.
   *
   * Needs `vm.power` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a POST may
   * have reached Raff): check its effect before repeating it.
   *
   * @param id - VM id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409: the VM's status does not allow this action now: for example a
   * start on a running VM, or a resize before the VM is stopped.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  hardReboot(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Rename a VM.
   *
   * Changes the VM's display name. Nothing else changes, the status included.
   *
   * Needs `vm.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a PATCH may
   * have reached Raff): check its effect before repeating it.
   *
   * @param id - VM id (UUID).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * await raff.vms.rename(vmId, { name: 'api-prod-01' });
   * ```
   */
  rename(id: string, body: RenameVMBody, options?: RequestOptions): Promise<void>;

  /**
   * Reset a VM's password.
   *
   * Gives the VM's root (Linux) or Administrator (Windows) account a new password. Raff emails the
   * new password to the account owner; it is never part of the answer. The status does not change.
   *
   * Needs `vm.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a POST may
   * have reached Raff): check its effect before repeating it.
   *
   * @param id - VM id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  resetPassword(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Reinstall a VM.
   *
   * Rebuilds the VM's boot disk from a template (the current one or another, from listTemplates).
   * Everything on that disk is lost; the VM keeps its id, plan and IP addresses. Set the new
   * system's login with `password`, `ssh_keys` or `auto_generate_password` (then Raff emails the
   * password to the account owner). Starts from `active` or `passive`; the VM goes through
   * `provisioning` and `booting` and ends `active`. Refused while the VM is in a transient status.
   *
   * Needs `vm.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a POST may
   * have reached Raff): check its effect before repeating it.
   *
   * @param id - VM id (UUID).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409: the VM's status does not allow this action now: for example a
   * start on a running VM, or a resize before the VM is stopped.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * await raff.vms.reinstall(vmId, {
   *   template_id: '68a508e9-586d-437b-a703-903e6fbfd0f2',
   *   ssh_keys: [
   *     'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG4kq0cUu1sX3tq7b5Zl0cQkS2bqv4l8Qm8ZpQ1wHc3Y
   *     deploy@ci',
   *   ],
   * });
   * ```
   */
  reinstall(id: string, body: ReinstallVMBody, options?: RequestOptions): Promise<void>;

  /**
   * Factory-reset a VM.
   *
   * Wipes the boot disk and rebuilds it from the template the VM was created from (its
   * `template_id`). Everything on that disk is lost; the VM keeps its id, plan and IP addresses.
   * Starts from `active` or `passive`; the VM goes through `provisioning` and `booting` and ends
   * `active`. Refused while the VM is in a transient status.
   *
   * Needs `vm.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a POST may
   * have reached Raff): check its effect before repeating it.
   *
   * @param id - VM id (UUID).
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409: the VM's status does not allow this action now: for example a
   * start on a running VM, or a resize before the VM is stopped.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   */
  factoryReset(id: string, options?: RequestOptions): Promise<void>;

  /**
   * Resize a VM.
   *
   * Moves the VM to another compute plan (`pricing_id`, from listVMPricing), which sets its vCPU
   * count, memory and included disk. The VM must be stopped (`passive`) first and is still
   * `passive` afterwards; start it again with startVM. The new hourly price applies at once. For a
   * prepaid VM the rest of the period is settled now, on the account balance: an upgrade is
   * charged to it (402 when it falls short), a downgrade is credited to it. `billing` reports the
   * amounts.
   *
   * Needs `vm.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a POST may
   * have reached Raff): check its effect before repeating it.
   *
   * @param id - VM id (UUID).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPaymentRequiredError} 402.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409: the VM's status does not allow this action now: for example a
   * start on a running VM, or a resize before the VM is stopped.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const vmResize = await raff.vms.resize(vmId, { pricing_id: 5 });
   * ```
   */
  resize(id: string, body: ResizeVMBody, options?: RequestOptions): Promise<VMResizeResult>;

  /**
   * Grow a VM's disk.
   *
   * Enlarges the VM’s boot disk to `new_size` GB. Disks only grow: `new_size` must be larger than
   * the current `total_storage`. Afterwards `total_storage` is `new_size` and `added_storage` is
   * the part above the plan’s `storage`. The VM must be stopped (`passive`) first and is still
   * `passive` afterwards. For a prepaid VM the extra storage for the rest of the period is charged
   * to the account balance now (402 when it falls short).
   *
   * Needs `vm.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a POST may
   * have reached Raff): check its effect before repeating it.
   *
   * @param id - VM id (UUID).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPaymentRequiredError} 402.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffConflictError} 409: the VM's status does not allow this action now: for example a
   * start on a running VM, or a resize before the VM is stopped.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const vmResize = await raff.vms.resizeDisk(vmId, { new_size: 160 });
   * ```
   */
  resizeDisk(id: string, body: ResizeVMDiskBody, options?: RequestOptions): Promise<VMResizeResult>;

  /**
   * Save a VM disk as an image.
   *
   * Captures one of the VM's disks as a private custom image, which createVM then accepts as
   * `template_id`. `disk_id` 0 is the boot disk and 1 and up are attached volumes. `snapshot_id`
   * -1 takes the disk as it is now (stop the VM first for a consistent image); any other value
   * takes that saved snapshot of the disk. The VM's status does not change.
   *
   * Needs `vm.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a POST may
   * have reached Raff): check its effect before repeating it.
   *
   * @param id - VM id (UUID).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * const vmImage = await raff.vms.saveImage(vmId, {
   *   name: 'web-baseline',
   *   description: 'nginx + node 22',
   *   disk_id: 0,
   *   snapshot_id: -1,
   * });
   * ```
   */
  saveImage(id: string, body: SaveVMImageBody, options?: RequestOptions): Promise<VMImage>;

  /**
   * Set a VM’s console policy.
   *
   * Turns on or off the need for a fresh two-factor confirmation before the VM’s web console
   * (terminal or VNC) opens; it is off by default. While it is on, no API key can open the
   * console, and people confirm with their authenticator code (one confirmation covers protected
   * consoles for an hour). Who may open a console at all is still decided by the `vm.console`
   * permission. getVM shows the setting as `console_require_mfa`.
   *
   * Needs `vm.manage` on the project named by `X-Project-ID`. Sends the call’s (or the client’s)
   * `projectId` as `X-Project-ID`, which it requires. Not retried on 5xx or timeouts (a PATCH may
   * have reached Raff): check its effect before repeating it.
   *
   * @param id - VM id (UUID).
   * @param body - The JSON body.
   * @param options - Per-call options (see RequestOptions).
   * @throws {RaffValidationError} before sending: an empty or path-unsafe id, no project, input
   * that cannot be sent.
   * @throws {RaffBadRequestError} 400.
   * @throws {RaffAuthenticationError} 401.
   * @throws {RaffPermissionDeniedError} 403.
   * @throws {RaffNotFoundError} 404.
   * @throws {RaffRateLimitError} 429, once retries are spent.
   * @example
   * ```ts
   * await raff.vms.setConsolePolicy(vmId, { console_require_mfa: true });
   * ```
   */
  setConsolePolicy(id: string, body: SetVMConsolePolicyBody, options?: RequestOptions): Promise<void>;
}

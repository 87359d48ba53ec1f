/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../../../src/core/operation-types.js';
import type { Page } from '../../../src/core/pagination.js';
import type { RaffClient, AttachIpResult, DeleteVMsResult, VM, VMImage, VMNetwork, VMNote, VMNotes, VMResizeResult, VMTag } from '../../../src/index.js';

describe('vms: what each method resolves with', () => {
  it('vms.list resolves with Page<VM>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['list']>>>().toEqualTypeOf<Page<VM>>();
    expectTypeOf<Page<VM>>().toEqualTypeOf<Result<'vms.list'>>();
  });

  it('vms.create resolves with VM', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['create']>>>().toEqualTypeOf<VM>();
    expectTypeOf<VM>().toEqualTypeOf<Result<'vms.create'>>();
  });

  it('vms.get resolves with VM', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['get']>>>().toEqualTypeOf<VM>();
    expectTypeOf<VM>().toEqualTypeOf<Result<'vms.get'>>();
  });

  it('vms.delete resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['delete']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'vms.delete'>>();
  });

  it('vms.deleteMany resolves with DeleteVMsResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['deleteMany']>>>().toEqualTypeOf<DeleteVMsResult>();
    expectTypeOf<DeleteVMsResult>().toEqualTypeOf<Result<'vms.deleteMany'>>();
  });

  it('vms.start resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['start']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'vms.start'>>();
  });

  it('vms.stop resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['stop']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'vms.stop'>>();
  });

  it('vms.reboot resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['reboot']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'vms.reboot'>>();
  });

  it('vms.hardReboot resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['hardReboot']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'vms.hardReboot'>>();
  });

  it('vms.rename resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['rename']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'vms.rename'>>();
  });

  it('vms.resetPassword resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['resetPassword']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'vms.resetPassword'>>();
  });

  it('vms.reinstall resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['reinstall']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'vms.reinstall'>>();
  });

  it('vms.factoryReset resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['factoryReset']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'vms.factoryReset'>>();
  });

  it('vms.resize resolves with VMResizeResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['resize']>>>().toEqualTypeOf<VMResizeResult>();
    expectTypeOf<VMResizeResult>().toEqualTypeOf<Result<'vms.resize'>>();
  });

  it('vms.resizeDisk resolves with VMResizeResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['resizeDisk']>>>().toEqualTypeOf<VMResizeResult>();
    expectTypeOf<VMResizeResult>().toEqualTypeOf<Result<'vms.resizeDisk'>>();
  });

  it('vms.saveImage resolves with VMImage', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['saveImage']>>>().toEqualTypeOf<VMImage>();
    expectTypeOf<VMImage>().toEqualTypeOf<Result<'vms.saveImage'>>();
  });

  it('vms.tags.add resolves with VMTag[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['tags']['add']>>>().toEqualTypeOf<VMTag[]>();
    expectTypeOf<VMTag[]>().toEqualTypeOf<Result<'vms.tags.add'>>();
  });

  it('vms.tags.remove resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['tags']['remove']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'vms.tags.remove'>>();
  });

  it('vms.tags.update resolves with VMTag[]', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['tags']['update']>>>().toEqualTypeOf<VMTag[]>();
    expectTypeOf<VMTag[]>().toEqualTypeOf<Result<'vms.tags.update'>>();
  });

  it('vms.notes.get resolves with VMNotes', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['notes']['get']>>>().toEqualTypeOf<VMNotes>();
    expectTypeOf<VMNotes>().toEqualTypeOf<Result<'vms.notes.get'>>();
  });

  it('vms.notes.append resolves with VMNote', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['notes']['append']>>>().toEqualTypeOf<VMNote>();
    expectTypeOf<VMNote>().toEqualTypeOf<Result<'vms.notes.append'>>();
  });

  it('vms.notes.upsert resolves with VMNote', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['notes']['upsert']>>>().toEqualTypeOf<VMNote>();
    expectTypeOf<VMNote>().toEqualTypeOf<Result<'vms.notes.upsert'>>();
  });

  it('vms.notes.update resolves with VMNote', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['notes']['update']>>>().toEqualTypeOf<VMNote>();
    expectTypeOf<VMNote>().toEqualTypeOf<Result<'vms.notes.update'>>();
  });

  it('vms.networks.list resolves with Page<VMNetwork>', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['networks']['list']>>>().toEqualTypeOf<Page<VMNetwork>>();
    expectTypeOf<Page<VMNetwork>>().toEqualTypeOf<Result<'vms.networks.list'>>();
  });

  it('vms.networks.attachVpc resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['networks']['attachVpc']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'vms.networks.attachVpc'>>();
  });

  it('vms.networks.detachVpc resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['networks']['detachVpc']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'vms.networks.detachVpc'>>();
  });

  it('vms.networks.attachIp resolves with AttachIpResult', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['networks']['attachIp']>>>().toEqualTypeOf<AttachIpResult>();
    expectTypeOf<AttachIpResult>().toEqualTypeOf<Result<'vms.networks.attachIp'>>();
  });

  it('vms.networks.detachIp resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['networks']['detachIp']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'vms.networks.detachIp'>>();
  });

  it('vms.networks.attachSecurityGroup resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['networks']['attachSecurityGroup']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'vms.networks.attachSecurityGroup'>>();
  });

  it('vms.networks.detachSecurityGroup resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['networks']['detachSecurityGroup']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'vms.networks.detachSecurityGroup'>>();
  });

  it('vms.setConsolePolicy resolves with void', () => {
    expectTypeOf<Awaited<ReturnType<RaffClient['vms']['setConsolePolicy']>>>().toEqualTypeOf<void>();
    expectTypeOf<void>().toEqualTypeOf<Result<'vms.setConsolePolicy'>>();
  });
});

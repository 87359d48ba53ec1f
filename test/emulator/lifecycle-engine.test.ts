import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIFECYCLE_TIMINGS } from '../../src/testing/domains/timings.js';
import { ManualClock } from '../../src/testing/server/clock.js';
import {
  Lifecycle,
  requireSettled,
  requireStatus,
  totalMs,
  walk,
} from '../../src/testing/server/lifecycle.js';

describe('the lifecycle engine', () => {
  it('applies due events in time order, ties in scheduling order, none early', () => {
    const lifecycle = new Lifecycle(0);
    const seen: string[] = [];
    lifecycle.schedule(30, (at) => seen.push(`c@${at}`));
    lifecycle.schedule(10, (at) => seen.push(`a@${at}`));
    lifecycle.schedule(10, (at) => seen.push(`b@${at}`));
    lifecycle.settle(9);
    expect(seen).toEqual([]);
    lifecycle.settle(30);
    expect(seen).toEqual(['a@10', 'b@10', 'c@30']);
  });

  it('applies events scheduled by events when they are due too', () => {
    const lifecycle = new Lifecycle(0);
    const seen: number[] = [];
    lifecycle.schedule(5, (at) => {
      seen.push(at);
      lifecycle.schedule(at + 5, (later) => seen.push(later));
      lifecycle.schedule(at + 500, (later) => seen.push(later));
    });
    lifecycle.settle(100);
    expect(seen).toEqual([5, 10]);
  });

  it('cancels by key', () => {
    const lifecycle = new Lifecycle(0);
    const seen: string[] = [];
    lifecycle.schedule(1, () => seen.push('gone'), 'vm-1');
    lifecycle.schedule(1, () => seen.push('kept'), 'vm-2');
    expect(lifecycle.pending('vm-1')).toBe(true);
    lifecycle.cancel('vm-1');
    expect(lifecycle.pending('vm-1')).toBe(false);
    lifecycle.settle(10);
    expect(seen).toEqual(['kept']);
  });

  it('walks a resource through a timing and lets a new walk replace an unfinished one', () => {
    const lifecycle = new Lifecycle(0);
    const statuses: string[] = [];
    const set = (status: string, at: number) => statuses.push(`${status}@${at}`);
    walk(lifecycle, { key: 'vm', now: 0, timing: LIFECYCLE_TIMINGS.vm.create, set });
    expect(statuses).toEqual(['initiating@0']);
    lifecycle.settle(totalMs(LIFECYCLE_TIMINGS.vm.create));
    expect(statuses).toEqual([
      'initiating@0',
      'provisioning@5000',
      'booting@35000',
      'active@55000',
    ]);

    statuses.length = 0;
    walk(lifecycle, { key: 'vm', now: 60_000, timing: LIFECYCLE_TIMINGS.vm.stop, set });
    walk(lifecycle, { key: 'vm', now: 61_000, timing: LIFECYCLE_TIMINGS.vm.reboot, set });
    lifecycle.settle(1_000_000);
    expect(statuses).toEqual(['finalizing@60000', 'booting@61000', 'active@81000']);
  });

  it('calls done when a walk ends, at once for a timing without phases', () => {
    const lifecycle = new Lifecycle(0);
    const ends: number[] = [];
    walk(lifecycle, {
      key: 'x',
      now: 7,
      timing: LIFECYCLE_TIMINGS.vm.resize,
      set: () => {},
      done: (at) => ends.push(at),
    });
    expect(ends).toEqual([7]);
  });

  it('runs periodic tasks at each due time, in order with other events, until cancelled', () => {
    const lifecycle = new Lifecycle(0);
    const seen: string[] = [];
    lifecycle.every({
      key: 'daily',
      next: (after) => (Math.floor(after / 100) + 1) * 100,
      run: (at) => {
        seen.push(`run@${at}`);
        lifecycle.schedule(at + 10, (done) => seen.push(`ready@${done}`));
      },
    });
    lifecycle.schedule(150, () => seen.push('other@150'));
    lifecycle.settle(250);
    expect(seen).toEqual(['run@100', 'ready@110', 'other@150', 'run@200', 'ready@210']);
    lifecycle.cancel('daily');
    lifecycle.settle(1_000);
    expect(seen).toHaveLength(5);
  });

  it('runs onSettle hooks with the settle time', () => {
    const lifecycle = new Lifecycle(0);
    const times: number[] = [];
    lifecycle.onSettle((now) => times.push(now));
    lifecycle.settle(42);
    expect(times).toEqual([42]);
    expect(lifecycle.settledAt).toBe(42);
  });

  it('refuses transient or disallowed statuses with 409', () => {
    expect(() => requireStatus('VM v1', 'booting', ['passive'], 'start')).toThrow(
      expect.objectContaining({
        status: 409,
        message: 'Cannot start VM v1 while it is booting; it must be passive',
      }),
    );
    expect(() => requireStatus('VM v1', 'passive', ['passive'], 'start')).not.toThrow();
    expect(() => requireSettled('Volume 3', 'creating', 'resize')).toThrow(
      expect.objectContaining({ status: 409 }),
    );
    expect(() => requireSettled('Volume 3', 'available', 'resize')).not.toThrow();
  });
});

describe('the emulated clock', () => {
  it('runs at the given speed and stands still at speed 0', async () => {
    const fast = new ManualClock(0, 1000);
    const frozen = new ManualClock(0, 0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fast.ms()).toBeGreaterThanOrEqual(15_000);
    expect(frozen.ms()).toBe(0);
    frozen.advance(5);
    expect(frozen.ms()).toBe(5);
    frozen.set(100);
    expect(frozen.ms()).toBe(100);
  });

  it('refuses a negative or non-finite speed', () => {
    expect(() => new ManualClock(0, -1)).toThrow(RangeError);
    expect(() => new ManualClock(0, Number.NaN)).toThrow(RangeError);
  });
});

describe('docs/emulator.md', () => {
  it('states every transient phase of LIFECYCLE_TIMINGS with its duration', () => {
    const docs = readFileSync(new URL('../../docs/emulator.md', import.meta.url), 'utf8');
    const section = docs.slice(docs.indexOf('## Resources that change state on their own'));
    const human = (ms: number) => (ms >= 86_400_000 ? `${ms / 86_400_000} days` : `${ms / 1000} s`);
    const missing: string[] = [];
    for (const [resource, timings] of Object.entries(LIFECYCLE_TIMINGS)) {
      for (const [name, timing] of Object.entries(timings)) {
        for (const [status, ms] of timing.phases) {
          const phase = human(ms);
          if (
            !section.includes(`\`${status}\` ${phase}`) &&
            !section.includes(`${status} ${phase}`)
          ) {
            missing.push(`${resource}.${name}: ${status} ${phase}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

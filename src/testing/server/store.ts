import type { EmulatorState } from './account.js';

/**
 * Declares state a domain keeps for each emulated account beside the account itself (keys,
 * roles, projects): `const ofStorage = defineStore(() => ({ chains: new Map() }))`, then
 * `ofStorage(state).chains`. Created empty on first use, one per account, so a new domain adds
 * its state without editing the account's type.
 *
 * @example
 * ```ts
 * const ofBilling = defineStore(() => ({ credits: 0 }));
 * ofBilling(state).credits += 5;
 * ```
 * @internal
 */
export function defineStore<T>(create: (state: EmulatorState) => T): (state: EmulatorState) => T {
  const stores = new WeakMap<EmulatorState, T>();
  return (state) => {
    let store = stores.get(state);
    if (store === undefined) {
      store = create(state);
      stores.set(state, store);
    }
    return store;
  };
}

/**
 * Sets `target[key] = value` as an own member for every key, `__proto__` included. Keys that come
 * from requests (encryption context keys, policy names, …) may be `__proto__`, and plain
 * assignment of that key changes the object's prototype (or does nothing) instead of adding a
 * member, so the value silently disappears.
 */
export function setOwnMember(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  } else {
    target[key] = value
  }
}

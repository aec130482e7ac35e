/** Random ids made where an edit starts, so ops are plain data and replay identically. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

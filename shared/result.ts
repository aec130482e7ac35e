/**
 * The one shape for "it worked, here is the value" or "it did not, here is why": API responses,
 * import plans, file checks and cell parsers all return it, so callers narrow on `ok` alone.
 */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

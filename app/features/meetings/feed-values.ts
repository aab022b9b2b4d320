/** Readers for feed data, which arrives as untyped JSON from the foundation. */
export const str = (value: unknown): string | null => (typeof value === "string" ? value : null);
export const bool = (value: unknown): boolean => value === true;
export const num = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);

/**
 * A stored value's version and its upgrade, as every storage owner reads one: its marker, the
 * migrations from each past version to the next, and a newer version left unread (not ours to
 * read, nor to overwrite from a guess). Pure; never throws.
 */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

export const asRecord = (value: unknown): Record<string, unknown> =>
  (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;

/** The stored version, or undefined when it is missing or not a version at all. */
export function versionOf(raw: Record<string, unknown>): number | undefined {
  return Number.isInteger(raw.version) && (raw.version as number) >= 1 ? (raw.version as number) : undefined;
}

/**
 * The value brought up to `current`; undefined when it is of a newer version, or has none and
 * no `assumed` version to read it as.
 */
export function upgradeStored(
  value: unknown,
  current: number,
  migrations: Readonly<Record<number, Migration>>,
  assumed?: number,
): Record<string, unknown> | undefined {
  let raw = asRecord(value);
  const version = versionOf(raw) ?? assumed;
  if (version === undefined || version > current) return undefined;
  for (let next = version + 1; next <= current; next++) raw = migrations[next]?.(raw) ?? raw;
  return raw;
}

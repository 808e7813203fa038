/**
 * Cards merged into another. A retired id is never reused: favorites, exports and rotation states
 * may still hold it, and it resolves to the card that now carries its lesson (a favorite of it
 * still shows its own saved snapshot).
 */
export const RETIRED: Readonly<Record<string, string>> = {
  'hold-steady-in-the-storm': 'repair-the-roof-in-sunshine',
  'resilience-is-a-skill': 'passion-that-outlasts-setbacks',
};

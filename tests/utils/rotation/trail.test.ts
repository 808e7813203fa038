import { describe, expect, it } from 'vitest';
import { append, canGoBack, currentId, goBack, goForward, startTrail } from '../../../utils/rotation/trail';

describe('lesson trail', () => {
  it('opens at the newest card with the earlier ones behind it', () => {
    const trail = startTrail(['a', 'b', 'c']);
    expect(currentId(trail)).toBe('c');
    expect(canGoBack(trail)).toBe(true);
  });

  it('walks back and forward, and asks for a new card at the end', () => {
    let trail = startTrail(['a', 'b']);
    trail = goBack(trail);
    expect(currentId(trail)).toBe('a');
    expect(canGoBack(trail)).toBe(false);
    expect(goBack(trail)).toBe(trail);
    trail = goForward(trail) ?? trail;
    expect(currentId(trail)).toBe('b');
    expect(goForward(trail)).toBeUndefined();
  });

  it('appends a drawn card after the current one', () => {
    const trail = append(goBack(startTrail(['a', 'b', 'c'])), 'd');
    expect(trail.ids).toEqual(['a', 'b', 'd']);
    expect(currentId(trail)).toBe('d');
  });

  it('handles a tab with nothing shown yet', () => {
    const trail = startTrail([]);
    expect(currentId(trail)).toBeUndefined();
    expect(canGoBack(trail)).toBe(false);
    expect(currentId(append(trail, 'a'))).toBe('a');
  });
});

import { describe, expect, it } from 'vitest';
import { type DomTree, fromTree, isTree, toTree } from '../../utils/dom-tree';

describe('DOM trees', () => {
  it('round-trips elements, attributes, text and SVG', () => {
    const tree: DomTree = [
      'button',
      { type: 'button', 'aria-label': 'Favorite' },
      ['svg', { viewBox: '0 0 24 24' }, ['path', { d: 'M0 0' }]],
      ' text <b>not markup</b>',
    ];
    const node = fromTree(tree, document) as Element;
    expect(node.querySelector('svg')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(node.querySelector('path')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(node.querySelector('b')).toBeNull();
    expect(toTree(node)).toEqual(tree);
  });

  it('tells a tree from a damaged or dangerous value', () => {
    expect(isTree(['p', {}, 'hi', ['em', { class: 'x' }]])).toBe(true);
    for (const bad of [
      null,
      3,
      [],
      ['p'],
      ['p', null],
      ['p', []],
      ['<p>', {}],
      ['p', { 'on click': 'x' }],
      ['p', { a: 1 }],
      ['p', {}, 4],
      // Only what a page of text and buttons is made of: nothing that runs or loads anything.
      ['script', { src: '/first-frame.js' }],
      ['iframe', { src: '/options.html' }],
      ['p', {}, ['img', { src: 'x', onerror: 'x' }]],
      ['button', { onclick: 'x' }],
      ['button', { OnClick: 'x' }],
    ]) {
      expect(isTree(bad)).toBe(false);
    }
  });
});

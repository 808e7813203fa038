import { describe, expect, it } from 'vitest';
import {
  type DomTree,
  fromTree,
  isTree,
  MAX_DEPTH,
  toTree,
  treeLessonId,
} from '../../../utils/first-frame/dom-tree';

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
      // Only the attributes our page uses, and links only to our own pages.
      ['a', { href: 'javascript:alert(1)' }],
      ['a', { href: 'https://example.com/' }],
      ['a', { href: '/options.html', ping: 'https://example.com/' }],
      ['p', { style: 'background:url(https://example.com/)' }],
      ['div', { 'data-lesson-id': 'x' }],
      ['path', { href: '/options.html' }],
      ['p', JSON.parse('{"__proto__": "x"}')],
    ]) {
      expect(isTree(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(isTree(['a', { class: 'button', href: '/options.html' }, 'Settings'])).toBe(true);
  });

  it('refuses a tree nested deeper than our page, without exhausting the stack', () => {
    const nest = (depth: number) => {
      let tree: DomTree = 'deep';
      for (let i = 0; i < depth; i++) tree = ['div', {}, tree];
      return tree;
    };
    expect(isTree(nest(MAX_DEPTH))).toBe(true);
    expect(isTree(nest(MAX_DEPTH + 2))).toBe(false);
    expect(isTree(nest(100_000))).toBe(false);
  });

  it('finds the card a tree shows', () => {
    const tree: DomTree = ['div', {}, ['main', {}, ['article', { 'data-lesson-id': 'card-1' }, 'Title']]];
    expect(treeLessonId(tree)).toBe('card-1');
    expect(treeLessonId(['div', {}, 'no card'])).toBeUndefined();
  });
});

/**
 * A rendered piece of page as plain JSON (elements, attributes, text), and back to DOM nodes.
 * The new tab keeps the rendering of the next cards this way, so the next tab can draw its card
 * before any of the app's code has loaded. A stored tree comes from localStorage, so it is
 * checked like any input: only the elements and attributes our page uses, links only to our own
 * pages, and a bounded depth. Nodes are built with createElement and setAttribute, never from HTML.
 */
export type DomTree = string | [tag: string, attributes: Record<string, string>, ...children: DomTree[]];

const SVG = 'http://www.w3.org/2000/svg';

/** Attributes any element of ours may carry. */
const COMMON = 'class id lang title role aria-hidden aria-label aria-labelledby aria-live'.split(' ');
/** The elements the new tab's page is made of, with the attributes each adds to COMMON. */
const ALLOWED: Record<string, readonly string[]> = {
  ...Object.fromEntries(
    'blockquote cite div em figcaption figure footer h1 header li main nav p span strong ul'
      .split(' ')
      .map((tag) => [tag, []]),
  ),
  a: ['href'],
  article: ['data-lesson-id'],
  button: ['type', 'aria-disabled', 'aria-expanded', 'aria-haspopup', 'aria-keyshortcuts', 'aria-pressed'],
  path: ['d'],
  svg: ['focusable', 'height', 'viewBox', 'width'],
};
/** Where a link in a frame may point: our own pages. */
const OWN_PAGES = new Set(['/options.html']);
/** Our page nests about ten deep; a deeper tree is not ours (and must not exhaust the stack). */
export const MAX_DEPTH = 24;

export function toTree(node: Node): DomTree {
  if (node.nodeType !== 1) return node.textContent ?? '';
  const element = node as Element;
  const attributes: Record<string, string> = {};
  for (const { name, value } of Array.from(element.attributes)) attributes[name] = value;
  return [element.localName, attributes, ...Array.from(element.childNodes, toTree)];
}

/** Builds the nodes of a tree that passed `isTree`. */
export function fromTree(tree: DomTree, doc: Document, namespace?: string): Node {
  if (typeof tree === 'string') return doc.createTextNode(tree);
  const [tag, attributes, ...children] = tree;
  const space = tag === 'svg' ? SVG : namespace;
  const element = space ? doc.createElementNS(space, tag) : doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) element.append(fromTree(child, doc, space));
  return element;
}

function allowedAttribute(tag: string, name: string, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (name === 'href') return tag === 'a' && OWN_PAGES.has(value);
  return COMMON.includes(name) || (ALLOWED[tag]?.includes(name) ?? false);
}

/** Whether a stored value is a tree of ours (it may have been edited or corrupted). */
export function isTree(value: unknown, depth = 0): value is DomTree {
  if (typeof value === 'string') return true;
  if (depth > MAX_DEPTH || !Array.isArray(value)) return false;
  const [tag, attributes] = value as unknown[];
  if (typeof tag !== 'string' || !Object.hasOwn(ALLOWED, tag)) return false;
  if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) return false;
  return (
    Object.entries(attributes).every(([name, text]) => allowedAttribute(tag, name, text)) &&
    value.slice(2).every((child) => isTree(child, depth + 1))
  );
}

/** The card a tree shows (its first article's data-lesson-id), to match it with the card dealt. */
export function treeLessonId(tree: DomTree): string | undefined {
  if (typeof tree === 'string') return undefined;
  const [tag, attributes, ...children] = tree;
  if (tag === 'article') return attributes['data-lesson-id'];
  return children.map(treeLessonId).find((id) => id !== undefined);
}

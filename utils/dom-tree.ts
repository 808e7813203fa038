/**
 * A rendered piece of page as plain JSON (elements, attributes, text), and back to DOM nodes.
 * The new tab keeps the next card's rendering this way, so the next tab can draw it before any
 * of the app's code has loaded (see first-frame.ts). Built with createElement and setAttribute,
 * never from an HTML string.
 */
export type DomTree = string | [tag: string, attributes: Record<string, string>, ...children: DomTree[]];

const SVG = 'http://www.w3.org/2000/svg';
/**
 * What a stored tree may contain: the elements a page of text and buttons is made of, and no
 * event-handler attribute. A tree comes from localStorage, so it is checked like any input.
 */
const ELEMENTS = new Set(
  'a article blockquote button cite div em figcaption figure footer h1 h2 header kbd li main nav p path section span strong svg ul'.split(
    ' ',
  ),
);
/** Attribute names (SVG ones have capitals: viewBox), none of them on…. */
const ATTRIBUTE = /^(?!on)[a-zA-Z][\w.:-]*$/i;

export function toTree(node: Node): DomTree {
  if (node.nodeType !== 1) return node.textContent ?? '';
  const element = node as Element;
  const attributes: Record<string, string> = {};
  for (const { name, value } of Array.from(element.attributes)) attributes[name] = value;
  return [element.localName, attributes, ...Array.from(element.childNodes, toTree)];
}

export function fromTree(tree: DomTree, doc: Document, namespace?: string): Node {
  if (typeof tree === 'string') return doc.createTextNode(tree);
  const [tag, attributes, ...children] = tree;
  const space = tag === 'svg' ? SVG : namespace;
  const element = space ? doc.createElementNS(space, tag) : doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) element.append(fromTree(child, doc, space));
  return element;
}

/** Whether a stored value is a tree we draw (it may have been edited or corrupted). */
export function isTree(value: unknown): value is DomTree {
  if (typeof value === 'string') return true;
  if (!Array.isArray(value) || typeof value[0] !== 'string' || !ELEMENTS.has(value[0])) return false;
  const attributes: unknown = value[1];
  return (
    typeof attributes === 'object' &&
    attributes !== null &&
    !Array.isArray(attributes) &&
    Object.entries(attributes).every(([name, text]) => ATTRIBUTE.test(name) && typeof text === 'string') &&
    value.slice(2).every(isTree)
  );
}

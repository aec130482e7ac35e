/** Reading an exported SVG back with an independent XML parser, for the export tests. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface SvgNode {
  tag: string;
  attrs: Record<string, string>;
  children: SvgNode[];
  /** Text directly inside the element. */
  text: string;
}

type Ordered = Record<string, unknown>;

function toNode(entry: Ordered): SvgNode | undefined {
  const tag = Object.keys(entry).find((k) => k !== ':@');
  if (!tag || tag === '#text') return undefined;
  const raw = (entry[':@'] ?? {}) as Record<string, string>;
  const attrs = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.slice(2), String(v)]));
  const items = (entry[tag] ?? []) as Ordered[];
  return {
    tag,
    attrs,
    children: items.map(toNode).filter((n): n is SvgNode => n !== undefined),
    text: items
      .filter((i) => '#text' in i)
      .map((i) => String(i['#text']))
      .join(''),
  };
}

/** Parses the SVG, failing on anything not well-formed; returns the root <svg> element. */
export function parseSvg(svg: string): SvgNode {
  const valid = XMLValidator.validate(svg);
  if (valid !== true) throw new Error(`SVG is not well-formed: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
  });
  const doc = parser.parse(svg) as Ordered[];
  const root = doc.map(toNode).find((n) => n?.tag === 'svg');
  if (!root) throw new Error('no <svg> root');
  return root;
}

export function allNodes(node: SvgNode): SvgNode[] {
  return [node, ...node.children.flatMap(allNodes)];
}

export const withClass = (root: SvgNode, cls: string) =>
  allNodes(root).filter((n) => (n.attrs.class ?? '').split(' ').includes(cls));

/** Every <text> of the drawing, in document order, joined by spaces (wrapped lines rejoin). */
export function drawnText(root: SvgNode): string {
  return allNodes(root)
    .filter((n) => n.tag === 'text')
    .map((n) => n.text)
    .join(' ');
}

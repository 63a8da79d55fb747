// Sections flattened for matching, each with its bigram sets and tree links by index.
import type { Section, YaodianDocument } from '../model/types';
import { union, type BigramDictionary } from './similarity';

export interface Node {
  section: Section;
  /** pre-order index */
  index: number;
  /** index of the parent node, -1 at the top level */
  parent: number;
  /** position among its siblings */
  position: number;
  /** index of the previous sibling, -1 for a first child */
  prev: number;
  children: number[];
  heading: Int32Array;
  body: Int32Array;
  /** heading and body ids together, sorted, for candidate search */
  all: Int32Array;
}

export function buildNodes(doc: YaodianDocument, dict: BigramDictionary): Node[] {
  const nodes: Node[] = [];
  const walk = (list: readonly Section[], parent: number) => {
    let prev = -1;
    list.forEach((section, position) => {
      const heading = dict.idsOf(section.heading);
      const body = dict.idsOf(section.paragraphs.join('\n'));
      const all = union(heading, body);
      const node: Node = { section, index: nodes.length, parent, position, prev, children: [], heading, body, all };
      nodes.push(node);
      prev = node.index;
      if (parent >= 0) nodes[parent].children.push(node.index);
      walk(section.children, node.index);
    });
  };
  walk(doc.sections, -1);
  return nodes;
}

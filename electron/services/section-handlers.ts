// sections.*: the pure tree operations on the loaded document, then only the changed rows written.
import { createSection } from '../../shared/model/factory';
import {
  deleteSection, demoteSection, insertSection, moveBy, moveSection, promoteSection, updateSection,
} from '../../shared/model/operations';
import type { YaodianDocument } from '../../shared/model/types';
import { copy, type HandlerGroup } from './handler-utils';
import type { ServiceContext } from './service-context';

type Group = HandlerGroup<
  'sections.insert' | 'sections.update' | 'sections.move' | 'sections.moveBy' | 'sections.promote' | 'sections.demote' | 'sections.delete'
>;

export function sectionHandlers({ drafts }: ServiceContext): Group {
  /** Applies op to the stored document and writes the difference; returns the new document. */
  const edit = (documentId: string, op: (doc: YaodianDocument) => YaodianDocument): YaodianDocument => {
    const { row, document } = drafts.load(documentId);
    drafts.assertEditable(row);
    const next = op(document);
    if (next !== document) drafts.write(documentId, next);
    return next;
  };

  return {
    'sections.insert': async ({ documentId, parentId, index, section }) => {
      const s = createSection(section.level, section.heading, { id: section.id, runIn: section.runIn, paragraphs: section.paragraphs });
      const document = edit(documentId, (doc) => insertSection(doc, { parentId, index }, s));
      return { sectionId: s.id, document: copy(document) };
    },
    'sections.update': async ({ documentId, sectionId, patch }) => {
      edit(documentId, (doc) => updateSection(doc, sectionId, patch));
      return { sectionId };
    },
    'sections.move': async ({ documentId, sectionId, parentId, index }) => ({
      document: copy(edit(documentId, (doc) => moveSection(doc, sectionId, { parentId, index }))),
    }),
    'sections.moveBy': async ({ documentId, sectionId, direction }) => ({
      document: copy(edit(documentId, (doc) => moveBy(doc, sectionId, direction))),
    }),
    'sections.promote': async ({ documentId, sectionId }) => ({
      document: copy(edit(documentId, (doc) => promoteSection(doc, sectionId))),
    }),
    'sections.demote': async ({ documentId, sectionId }) => ({
      document: copy(edit(documentId, (doc) => demoteSection(doc, sectionId))),
    }),
    'sections.delete': async ({ documentId, sectionId }) => ({
      document: copy(edit(documentId, (doc) => deleteSection(doc, sectionId).doc)),
    }),
  };
}

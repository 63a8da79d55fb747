// The template's patches of the docx library's styles.xml and settings.xml, read back from an exported file: the
// build fails loudly when the library's output changes (shared/export/package.ts, patch()), and this test says
// what each patch must leave behind, for both page-number layouts.
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../shared/export';
import { createDocument, createSection, emptyMeta } from '../../shared/model/factory';
import { child, openDocx, path, style, val } from './ooxml';

const doc = createDocument({
  meta: { ...emptyMeta(), title: '2025年工作要点' },
  sections: [createSection(1, '总体要求')],
});

describe('template patches', () => {
  it.each(['gbt9704-2012', 'gbt9704-2012-fangsong'])(
    '%s: settings keep full-width punctuation, a two-character tab and no background shape',
    async (id) => {
      const parts = openDocx(await exportDocx(doc, { profile: id }));
      const settings = parts.raw('word/settings.xml');
      expect(settings.match(/<w:characterSpacingControl w:val="doNotCompress"\/>/g)).toHaveLength(1);
      expect(settings).not.toContain('<w:displayBackgroundShape/>');
      expect(settings).toMatch(/<w:defaultTabStop w:val="\d+"\/>/);
      expect(settings).not.toContain('<w:evenAndOddHeaders w:val="false"/>');
    },
  );

  it('styles: Normal is ours, and the four exact-height styles are off the grid', async () => {
    const parts = openDocx(await exportDocx(doc));
    const styles = parts.xml('word/styles.xml');
    const normal = style(styles, 'Normal');
    expect(val(path(normal, 'w:pPr', 'w:overflowPunct'))).toBe('1');
    expect(val(path(normal, 'w:pPr', 'w:autoSpaceDE'))).toBe('0');
    for (const id of ['GwTitle', 'GwMark', 'GwDocNumber', 'GwColophon']) {
      expect(val(child(child(style(styles, id), 'w:pPr'), 'w:snapToGrid')), id).toBe('0');
    }
  });
});

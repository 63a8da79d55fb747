// Paste: one line goes in as text; several lines (a web page, a Word copy) go through the importer and
// land as structured sections — or fill the document when it is still empty.
import { Transforms, type Editor } from 'slate';
import { htmlToText } from '../../shared/import/html/lines';
import type { NoticeMeta, YaodianDocument } from '../../shared/model/types';
import { call } from '../api';
import { caretRef, useDocument } from '../store/document-store';
import { showError, useUi } from '../store/ui-store';
import { insertSectionsAt } from './commands';

function isEmptyDocument(doc: YaodianDocument): boolean {
  return !doc.meta.title && doc.sections.length === 0 && doc.preamble.every((p) => p.trim() === '');
}

function hasNotice(meta: NoticeMeta): boolean {
  return Boolean(meta.noticeTitle || meta.recipients || meta.docNumber || meta.signature || meta.issuerMark);
}

/** Fills meta fields the pasted notice has, keeping the ones it lacks. */
function mergeMeta(into: NoticeMeta, from: NoticeMeta): NoticeMeta {
  const out = { ...into };
  for (const [k, v] of Object.entries(from) as Array<[keyof NoticeMeta, NoticeMeta[keyof NoticeMeta]]>) {
    const filled = Array.isArray(v) ? v.length > 0 : v !== null && v !== '';
    if (filled) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/**
 * The clipboard's text: a copy from a browser or Word carries HTML, whose blocks, line breaks and table rows
 * survive where its plain-text flavour often runs paragraphs together or keeps hidden text and scripts'
 * output; the same HTML reader as for saved web pages turns it into lines. Plain text when there is no HTML.
 */
export function clipboardText(data: Pick<DataTransfer, 'getData'>): string {
  const html = data.getData('text/html');
  const fromHtml = html ? htmlToText(html) : '';
  return fromHtml.trim() ? fromHtml : data.getData('text/plain');
}

export async function pasteText(editor: Editor, raw: string): Promise<void> {
  const text = raw.replace(/\r\n?/g, '\n');
  if (!text.trim().includes('\n')) {
    Transforms.insertText(editor, text.replace(/\n/g, ''));
    return;
  }
  const ui = useUi.getState();
  let parsed: YaodianDocument;
  try {
    ui.setBusy('正在识别粘贴内容的结构…');
    parsed = (await call('import.parseText', { text })).document;
  } catch (e) {
    showError(e);
    return;
  } finally {
    ui.setBusy(null);
  }
  const store = useDocument.getState();
  const doc = store.doc;
  if (!doc) return;
  const replace = (): void => {
    const next: YaodianDocument = {
      ...doc,
      meta: mergeMeta(doc.meta, parsed.meta),
      preamble: parsed.preamble,
      sections: parsed.sections,
      numbering: parsed.numbering,
      toc: parsed.toc,
      warnings: parsed.warnings,
    };
    store.apply(next, { origin: 'command', caret: { block: { kind: 'title' }, offset: 0 } });
  };
  if (isEmptyDocument(doc)) {
    replace();
    ui.toast(`已识别 ${countAll(parsed)} 个章节`, 'success');
    return;
  }
  if (hasNotice(parsed.meta) || parsed.meta.title) {
    const answer = await ui.confirm({
      title: '粘贴一份完整的通知',
      message:
        '粘贴的文字带有通知或要点标题。要用它替换当前文档的全部内容，还是只把其中的章节插入到光标处？替换后可以撤销。',
      confirmLabel: '替换全部内容',
      altLabel: '插入章节',
    });
    if (answer === 'cancel') return;
    if (answer === 'confirm') {
      replace();
      return;
    }
  }
  const caret = caretRef.current ?? { block: { kind: 'title' as const }, offset: 0 };
  try {
    const r = insertSectionsAt(doc, caret, parsed.sections, parsed.preamble);
    store.apply(r.doc, { origin: 'command', caret: r.caret });
    ui.toast(`已插入 ${countAll(parsed)} 个章节`, 'success');
  } catch (e) {
    showError(e);
  }
}

function countAll(doc: YaodianDocument): number {
  const walk = (l: YaodianDocument['sections']): number => l.reduce((n, s) => n + 1 + walk(s.children), 0);
  return walk(doc.sections);
}

// The outline of the open document: click to jump, drag to move a section with its children.
import { memo, useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import { moveSection, OperationError } from '../../shared/model/operations';
import { flatten, locate } from '../../shared/model/tree';
import type { Section } from '../../shared/model/types';
import { useDocument } from '../store/document-store';
import { showError, useUi } from '../store/ui-store';
import { useSettledDocument } from './use-debounced';
import { useRowWindow } from './use-row-window';

const Row = memo(function Row(props: {
  section: Section;
  depth: number;
  label: string;
  dropHint: 'before' | 'after' | null;
  onDragStart: (id: string) => void;
  onDragOver: (e: DragEvent, id: string) => void;
  onDrop: (e: DragEvent, id: string) => void;
}) {
  const { section, depth, label, dropHint } = props;
  return (
    <li
      className={`outline-row lvl${section.level}${dropHint ? ` drop-${dropHint}` : ''}`}
      style={{ paddingLeft: 8 + depth * 14 }}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData('text/x-section', section.id);
        e.dataTransfer.effectAllowed = 'move';
        props.onDragStart(section.id);
      }}
      onDragOver={(e) => props.onDragOver(e, section.id)}
      onDrop={(e) => props.onDrop(e, section.id)}
      data-testid="outline-row"
      data-section-id={section.id}
    >
      <button className="outline-link" onClick={() => useUi.getState().scrollTo(section.id)} title={section.heading}>
        <span className="outline-num">{label}</span>
        {section.heading || <em className="muted">（无标题）</em>}
      </button>
    </li>
  );
});

export function OutlineNav() {
  const settled = useSettledDocument(300);
  const sections = useMemo(() => settled?.sections ?? [], [settled]);
  const numbers = useDocument((s) => s.numbers);
  const [dragId, setDragId] = useState<string | null>(null);
  const [hint, setHint] = useState<{ id: string; where: 'before' | 'after' } | null>(null);
  const rows = useMemo(() => flatten(sections), [sections]);
  const listRef = useRef<HTMLUListElement>(null);
  const shown = useRowWindow(rows.length, listRef, '.outline-row');

  const latest = useRef({ onDragOver: (_e: DragEvent, _id: string) => {}, onDrop: (_e: DragEvent, _id: string) => {} });
  const stableOver = useCallback((e: DragEvent, id: string) => latest.current.onDragOver(e, id), []);
  const stableDrop = useCallback((e: DragEvent, id: string) => latest.current.onDrop(e, id), []);
  const onDragOver = (e: DragEvent, id: string) => {
    if (!dragId || dragId === id) return;
    e.preventDefault();
    const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const where = e.clientY < r.top + r.height / 2 ? 'before' : 'after';
    if (hint?.id !== id || hint.where !== where) setHint({ id, where });
  };
  const onDrop = (e: DragEvent, targetId: string) => {
    e.preventDefault();
    const id = dragId ?? e.dataTransfer.getData('text/x-section');
    setDragId(null);
    setHint(null);
    if (!id || id === targetId) return;
    const where = hint?.where ?? 'before';
    const { doc, apply } = useDocument.getState();
    if (!doc) return;
    try {
      const target = locate(doc.sections, targetId)!;
      const moving = locate(doc.sections, id)!;
      let index = target.index + (where === 'after' ? 1 : 0);
      // removing the dragged section first shifts later siblings up by one
      if ((moving.parent?.id ?? null) === (target.parent?.id ?? null) && moving.index < index) index -= 1;
      const next = moveSection(doc, id, { parentId: target.parent?.id ?? null, index });
      apply(next, { origin: 'command', caret: { block: { kind: 'heading', sectionId: id }, offset: 0 } });
    } catch (err) {
      if (err instanceof OperationError) useUi.getState().toast(err.message, 'error');
      else showError(err);
    }
  };

  latest.current = { onDragOver, onDrop };

  if (!rows.length)
    return <p className="muted outline-empty">还没有章节。在正文中按回车开始第一个标题，或粘贴全文。</p>;
  return (
    <ul
      className="outline"
      data-testid="outline"
      ref={listRef}
      onScroll={shown.onScroll}
      onDragEnd={() => (setDragId(null), setHint(null))}
    >
      {shown.before ? <li aria-hidden style={{ height: shown.before }} /> : null}
      {rows.slice(shown.first, shown.last).map(({ section, depth }) => (
        <Row
          key={section.id}
          section={section}
          depth={depth}
          label={numbers.get(section.id)?.label ?? ''}
          dropHint={hint?.id === section.id ? hint.where : null}
          onDragStart={setDragId}
          onDragOver={stableOver}
          onDrop={stableDrop}
        />
      ))}
      {shown.after ? <li aria-hidden style={{ height: shown.after }} /> : null}
    </ul>
  );
}

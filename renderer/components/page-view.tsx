// 分页预览: the pages as the export prints them — 22 lines × 28 characters, page numbers — N —, the 版记
// at the foot of the last (even) page. The layout comes from shared/layout (pure, unit-tested).
import { memo, useMemo } from 'react';
import { pageNumberText, paginate, type LaidLine, type Page } from '../../shared/layout';
import { useDocument } from '../store/document-store';

function LineText({ l }: { l: LaidLine }) {
  if (l.kind === 'heading' && l.level) {
    const label = l.first ? (l.labelLength ?? 0) : 0;
    const head = l.headingLength ?? 0;
    return (
      <>
        {label ? <span className={`pv-label pv-l${l.level}`}>{l.text.slice(0, label)}</span> : null}
        <span className={`pv-head pv-l${l.level}`}>{l.text.slice(label, head)}</span>
        <span>{l.text.slice(head)}</span>
      </>
    );
  }
  return <>{l.text}</>;
}

const PageBox = memo(function PageBox({ page }: { page: Page }) {
  const odd = page.number !== null && page.number % 2 === 1;
  return (
    <div className="pv-page" data-testid="page" data-page={page.index + 1}>
      <div className="pv-block">
        {page.lines.map((l, i) => (
          <div
            key={i}
            className={`pv-line pv-${l.kind} pv-${l.align}`}
            style={{
              height: `calc(var(--pv-row) * ${l.rows})`,
              [l.align === 'right' ? 'paddingRight' : 'paddingLeft']: `calc(var(--pv-cell) * ${l.indent})`,
            }}
          >
            <span className="pv-text"><LineText l={l} /></span>
            {l.rightText ? <span className="pv-right">{l.rightText}</span> : null}
          </div>
        ))}
        {page.colophon.length ? (
          <div className="pv-colophon" data-testid="colophon">
            {page.colophon.map((l, i) => (
              <div key={i} className={`pv-line pv-${l.kind}`} style={{ paddingLeft: `calc(var(--pv-cell) * ${l.indent})` }}>
                <span>{l.text}</span>
                {l.rightText ? <span className="pv-right">{l.rightText}</span> : null}
              </div>
            ))}
          </div>
        ) : null}
      </div>
      {page.number !== null ? (
        <div className={`pv-number ${odd ? 'pv-odd' : 'pv-even'}`} data-testid="page-number">{pageNumberText(page.number)}</div>
      ) : null}
    </div>
  );
});

export function PageView() {
  const doc = useDocument((s) => s.doc);
  const layout = useMemo(() => (doc ? paginate(doc) : null), [doc]);
  if (!layout) return null;
  return (
    <div className="pv-scroll" data-testid="page-view">
      <div className="pv-summary">共 <strong data-testid="pv-page-count">{layout.pageCount}</strong> 页 · 每页 22 行 × 每行 28 字（GB/T 9704—2012）</div>
      <div className="pv-pages">
        {layout.pages.map((p) => <PageBox key={p.index} page={p} />)}
      </div>
    </div>
  );
}

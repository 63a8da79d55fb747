// 分页预览: the pages of the page model (shared/page) — the Word export's own layout, so what shows here
// is what the .docx and the PDF print: every line where it sets, the red 标志 and rule, page numbers, the
// 版记 at the foot of the last (even) page. Lengths come in twips and are drawn in mm (CSS var --mm).
import { memo, useMemo } from 'react';
import { layoutPages, type ModelPage, type PageModel, type Span } from '../../shared/page';
import { useDocument } from '../store/document-store';

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (twips: number) => `calc(var(--mm) * ${(twips / TWIPS_PER_MM).toFixed(3)})`;

/** The CSS font stack for a profile font name (the office fonts first, then what this machine has). */
function fontFamily(name: string, latin: boolean): string {
  if (latin) return 'var(--font-latin)';
  if (/黑/.test(name)) return 'var(--font-hei)';
  if (/楷/.test(name)) return 'var(--font-kai)';
  if (/标宋/.test(name)) return 'var(--font-xbs)';
  if (/仿宋/.test(name)) return 'var(--font-fangsong)';
  return 'var(--font-song)';
}

function SpanText({ s, baseline, left }: { s: Span; baseline: number; left: number }) {
  // the span's em box: its top 0.88 em above the baseline (the ideographic em box of CJK fonts)
  return (
    <span
      className="pv-span"
      style={{
        left: mm(left + s.x),
        top: mm(baseline - 0.88 * s.size),
        fontSize: mm(s.size),
        letterSpacing: mm(s.spacing),
        fontFamily: fontFamily(s.font, s.latin),
        color: s.color ? `#${s.color}` : undefined,
        transform: s.scale && s.scale !== 100 ? `scaleX(${s.scale / 100})` : undefined,
      }}
    >
      {s.text}
    </span>
  );
}

const PageBox = memo(function PageBox({ page, model }: { page: ModelPage; model: PageModel }) {
  const g = model.geometry;
  const colophon = page.lines.filter((l) => l.role === 'colophon');
  const lines = page.lines.filter((l) => l.role !== 'colophon');
  const odd = page.number !== null && page.number % 2 === 1;
  return (
    <div
      className="pv-page"
      data-testid="page"
      data-page={page.index + 1}
      style={{ width: mm(g.pageWidth), height: mm(g.pageHeight) }}
    >
      {page.rules.map((r, i) => (
        <div
          key={`r${i}`}
          className="pv-rule"
          style={{
            left: mm(g.marginLeft + r.x - (r.height ? r.weight / 2 : 0)),
            top: mm(g.marginTop + r.y - (r.height ? 0 : r.weight / 2)),
            width: mm(r.height ? r.weight : r.width),
            height: mm(r.height ?? r.weight),
            background: `#${r.color}`,
          }}
        />
      ))}
      {lines.map((l, i) => (
        <div key={i} className={`pv-line pv-${l.role}`} data-section={l.sectionId}>
          {l.spans.map((s, k) => (
            <SpanText key={k} s={s} baseline={g.marginTop + l.baseline} left={g.marginLeft} />
          ))}
        </div>
      ))}
      {colophon.length ? (
        <div className="pv-colophon" data-testid="colophon">
          {colophon.map((l, i) => (
            <div key={i} className="pv-line">
              {l.spans.map((s, k) => (
                <SpanText key={k} s={s} baseline={g.marginTop + l.baseline} left={g.marginLeft} />
              ))}
            </div>
          ))}
        </div>
      ) : null}
      {page.folio ? (
        <span
          className={`pv-number ${odd ? 'pv-odd' : 'pv-even'}`}
          data-testid="page-number"
          style={{
            left: mm(g.marginLeft + page.folio.x),
            fontSize: mm(page.folio.size),
            top: mm(g.marginTop + page.folio.baseline - 0.88 * page.folio.size),
          }}
        >
          {page.folio.text}
        </span>
      ) : null}
    </div>
  );
});

export function PageView() {
  const doc = useDocument((s) => s.doc);
  const model = useMemo(() => (doc ? layoutPages(doc) : null), [doc]);
  if (!model) return null;
  const { grid } = model.profile;
  return (
    <div className="pv-scroll" data-testid="page-view">
      <div className="pv-summary">
        共 <strong data-testid="pv-page-count">{model.pageCount}</strong> 页
        {` · 每页 ${grid.linesPerPage} 行 × 每行 ${grid.charsPerLine} 字（${model.profile.name}）`}
      </div>
      <div className="pv-pages">
        {model.pages.map((p) => (
          <PageBox key={p.index} page={p} model={model} />
        ))}
      </div>
    </div>
  );
}

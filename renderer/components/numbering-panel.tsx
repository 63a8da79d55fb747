// Per level: 连续编号 / 每级重新编号 / 不编号. Renumbering is instant (numbers are computed, never stored).
import { setNumberingMode } from '../../shared/model/operations';
import { LEVELS, type Level, type NumberingMode } from '../../shared/model/types';
import { call } from '../api';
import { useDocument } from '../store/document-store';
import { useLibrary } from '../store/library-store';
import { showError } from '../store/ui-store';

const SAMPLE: Record<Level, string> = { 1: '一、', 2: '（一）', 3: '1.', 4: '（1）' };
const MODES: Array<[NumberingMode, string]> = [
  ['restart', '每级重新编号'],
  ['continuous', '连续编号'],
  ['none', '不编号'],
];

export function NumberingPanel() {
  const numbering = useDocument((s) => s.doc?.numbering);
  const summary = useDocument((s) => s.summary);
  if (!numbering) return <p className="muted">打开一份文档后在这里设置编号。</p>;
  const change = (level: Level, mode: NumberingMode) => {
    const { doc, apply } = useDocument.getState();
    if (doc) apply(setNumberingMode(doc, level, mode), { origin: 'command' });
  };
  return (
    <div className="numbering-panel" data-testid="numbering-panel">
      <p className="muted">
        编号由程序按结构自动生成。“连续编号”在全文中接续（如（一）至（三十九）贯穿各部分），“每级重新编号”在每个上级标题下从头开始。
      </p>
      {LEVELS.map((level) => (
        <div key={level} className="field">
          <label htmlFor={`num-${level}`}>
            第{['一', '二', '三', '四'][level - 1]}级 {SAMPLE[level]}
          </label>
          <select
            id={`num-${level}`}
            data-testid={`numbering-${level}`}
            value={numbering[level]}
            onChange={(e) => change(level, e.target.value as NumberingMode)}
          >
            {MODES.map(([m, label]) => (
              <option key={m} value={m}>
                {label}
              </option>
            ))}
          </select>
        </div>
      ))}
      {summary ? (
        <label className="template-toggle">
          <input
            type="checkbox"
            checked={summary.isTemplate}
            onChange={async (e) => {
              try {
                const next = await call('documents.setTemplate', { id: summary.id, isTemplate: e.target.checked });
                useDocument.setState({ summary: next });
                useLibrary.getState().upsert(next);
              } catch (err) {
                showError(err);
              }
            }}
          />{' '}
          作为模板（列入模板库，供新年度起草使用）
        </label>
      ) : null}
    </div>
  );
}

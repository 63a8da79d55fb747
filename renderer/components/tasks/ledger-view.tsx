// 进展台账: every assigned task of every year with its latest progress; filters by unit, status, year,
// deadline and words; overdue tasks and 滞后 ones are highlighted.
import { useEffect, useMemo, useState } from 'react';
import {
  filterLedger,
  isOverdue,
  needsAttention,
  unitsOf,
  type LedgerFilter,
  type LedgerTask,
} from '../../../shared/tasks/ledger';
import { periodLabel, STATUSES } from '../../../shared/tasks/progress';
import { call } from '../../api';
import { showError } from '../../store/ui-store';

const today = () => new Date().toISOString().slice(0, 10);

export function LedgerView({ onClose }: { onClose(): void }) {
  const [tasks, setTasks] = useState<LedgerTask[] | null>(null);
  const [f, setF] = useState<LedgerFilter>({});
  useEffect(() => {
    void call('tasks.ledger', {}).then(setTasks).catch(showError);
  }, []);
  const units = useMemo(() => unitsOf(tasks ?? []), [tasks]);
  const years = useMemo(() => {
    const all = (tasks ?? []).map((t) => t.year).filter((y): y is number => y !== null);
    return [...new Set(all)].sort((a, b) => b - a);
  }, [tasks]);
  const shown = useMemo(() => filterLedger(tasks ?? [], f, today()), [tasks, f]);
  const set = (patch: Partial<LedgerFilter>) => setF({ ...f, ...patch });

  return (
    <div className="ledger-overlay" role="dialog" aria-label="进展台账" data-testid="ledger-view">
      <div className="ledger-head">
        <h2>进展台账</h2>
        <select
          aria-label="年度"
          value={f.year ?? ''}
          onChange={(e) => set({ year: e.target.value ? Number(e.target.value) : undefined })}
        >
          <option value="">全部年度</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}年
            </option>
          ))}
        </select>
        <select aria-label="单位" value={f.unit ?? ''} onChange={(e) => set({ unit: e.target.value || undefined })}>
          <option value="">全部单位</option>
          {units.map((u) => (
            <option key={u}>{u}</option>
          ))}
        </select>
        <select
          aria-label="职责"
          value={f.role ?? 'any'}
          onChange={(e) => set({ role: e.target.value as LedgerFilter['role'] })}
        >
          <option value="any">牵头和配合</option>
          <option value="lead">只看牵头</option>
          <option value="support">只看配合</option>
        </select>
        <select
          aria-label="状态"
          value={f.status ?? ''}
          onChange={(e) => set({ status: (e.target.value || undefined) as LedgerFilter['status'] })}
        >
          <option value="">全部状态</option>
          {[...STATUSES, '未填报'].map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
        <label>
          时限截至
          <input
            type="date"
            aria-label="时限截至"
            value={f.deadlineBy ?? ''}
            onChange={(e) => set({ deadlineBy: e.target.value || undefined })}
          />
        </label>
        <label>
          <input type="checkbox" checked={!!f.overdueOnly} onChange={(e) => set({ overdueOnly: e.target.checked })} />{' '}
          只看逾期
        </label>
        <input
          aria-label="查找任务"
          placeholder="查找任务"
          value={f.text ?? ''}
          onChange={(e) => set({ text: e.target.value })}
        />
        <span className="muted" data-testid="ledger-count">
          {tasks ? `${shown.length} / ${tasks.length} 项` : '正在读取…'}
        </span>
        <button onClick={onClose}>关闭</button>
      </div>
      <div className="ledger-scroll">
        <table className="ledger-table">
          <thead>
            <tr>
              <th>年度</th>
              <th>编号</th>
              <th>工作任务</th>
              <th>牵头单位</th>
              <th>配合单位</th>
              <th>完成时限</th>
              <th>状态</th>
              <th>最新进展</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, 500).map((t) => (
              <tr
                key={`${t.documentId}:${t.sectionId}`}
                data-testid="ledger-row"
                className={needsAttention(t, today()) ? 'attention' : ''}
              >
                <td>{t.year ?? ''}</td>
                <td>{t.numberPath}</td>
                <td>{t.task}</td>
                <td>{t.lead.join('、')}</td>
                <td>{t.support.join('、')}</td>
                <td>
                  {t.deadline}
                  {isOverdue(t, today()) ? <span className="overdue">逾期</span> : null}
                </td>
                <td>{t.latest?.status ?? '未填报'}</td>
                <td>{t.latest ? `${periodLabel(t.latest.period)}：${t.latest.text}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length > 500 ? <p className="muted">只显示前 500 项，请用上面的条件缩小范围。</p> : null}
      </div>
    </div>
  );
}

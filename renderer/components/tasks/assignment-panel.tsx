// 分工: the 牵头/配合单位, 完成时限 and 责任领导 of the section at the caret, or of several ticked sections at
// once; progress for the current task; the task files. Edits go through the document store (undo, autosave).
import { useEffect, useMemo, useState } from 'react';
import type { ProgressImportResult, Unit } from '../../../shared/api/contract';
import { flatten } from '../../../shared/model/tree';
import type { Section } from '../../../shared/model/types';
import { assignSections, splitUnits } from '../../../shared/tasks/assignment';
import { periodLabel, quartersOf } from '../../../shared/tasks/progress';
import { documentYear } from '../../../shared/tasks/year';
import { call } from '../../api';
import { caretSection, useDocument } from '../../store/document-store';
import { showError, useUi } from '../../store/ui-store';
import { LedgerView } from './ledger-view';
import { ProgressBox } from './progress-box';
import { exportTaskFile, importProgressFile, importTaskTableFile } from './task-actions';
import { UnitInput } from './unit-input';
import '../../styles/tasks.css';

interface Form {
  lead: string;
  support: string;
  deadline: string;
  leader: string;
}

const EMPTY: Form = { lead: '', support: '', deadline: '', leader: '' };

function formOf(s: Section | undefined): Form {
  const a = s?.assignment;
  if (!a) return EMPTY;
  return { lead: a.lead.join('、'), support: a.support.join('、'), deadline: a.deadline ?? '', leader: a.leader ?? '' };
}

export function AssignmentPanel() {
  const id = useDocument((s) => s.id);
  const doc = useDocument((s) => s.doc);
  const numbers = useDocument((s) => s.numbers);
  const [ticked, setTicked] = useState<string[]>([]);
  const [form, setForm] = useState<Form>(EMPTY);
  const [units, setUnits] = useState<Unit[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [ledger, setLedger] = useState(false);
  const [unit, setUnit] = useState('');
  const [quarter, setQuarter] = useState('');
  const flat = useMemo(() => (doc ? flatten(doc.sections).map((f) => f.section) : []), [doc]);
  const byId = useMemo(() => new Map(flat.map((s) => [s.id, s])), [flat]);

  useEffect(() => {
    void call('units.list', {}).then(setUnits).catch(showError);
  }, []);

  // follow the caret until the user ticks sections of their own
  useEffect(() => {
    const follow = (sid: string | null) => setTicked((t) => (t.length <= 1 && sid && t[0] !== sid ? [sid] : t));
    follow(caretSection.getState().id);
    return caretSection.subscribe((s) => follow(s.id));
  }, [id]);
  const first = ticked[0] ?? '';
  useEffect(() => setForm(formOf(byId.get(first))), [first, byId]);

  if (!id || !doc) return <p className="muted">打开一份文档后填写任务分工。</p>;

  const names = units.map((u) => u.name);
  const typed = [...splitUnits(form.lead), ...splitUnits(form.support)];
  const unknown = names.length || typed.length ? typed.filter((u) => !names.includes(u)) : [];
  const label = (s: Section) =>
    `${numbers.get(s.id)?.path.join('') ?? ''}${s.heading || s.paragraphs[0]?.slice(0, 16) || '（无标题）'}`;
  const toggle = (sid: string) => setTicked((t) => (t.includes(sid) ? t.filter((x) => x !== sid) : [...t, sid]));

  const apply = () => {
    if (!ticked.length) return;
    const patch = {
      lead: splitUnits(form.lead),
      support: splitUnits(form.support),
      deadline: form.deadline.trim() || null,
      leader: form.leader.trim() || null,
    };
    const next = assignSections(doc, ticked, patch, documentYear(doc));
    useDocument.getState().apply(next, { origin: 'command' });
    const undo = { label: '撤销', run: () => useDocument.getState().undo() };
    useUi.getState().toast(`已为 ${ticked.length} 条填写分工`, 'success', undo);
  };
  const addUnits = async () => {
    try {
      setUnits(await call('units.add', { names: unknown, kind: '机关处室' }));
    } catch (e) {
      showError(e);
    }
  };
  const current = ticked.length === 1 ? byId.get(ticked[0]) : undefined;
  const docUnits = [...new Set(flat.flatMap((s) => [...(s.assignment?.lead ?? []), ...(s.assignment?.support ?? [])]))];

  return (
    <div className="assignment-panel" data-testid="assignment-panel">
      <div className="task-pick" data-testid="task-pick">
        {flat.map((s) => (
          <label key={s.id} className={`task-pick-row lv${s.level}${s.assignment ? ' assigned' : ''}`}>
            <input type="checkbox" checked={ticked.includes(s.id)} onChange={() => toggle(s.id)} />
            <span className="task-label">{label(s)}</span>
            {s.assignment?.lead.length ? <span className="task-lead">{s.assignment.lead.join('、')}</span> : null}
          </label>
        ))}
      </div>
      <p className="muted">{ticked.length ? `已选 ${ticked.length} 条` : '在正文中点一条，或在上面勾选几条'}</p>
      <UnitInput
        label="牵头单位"
        name="lead"
        value={form.lead}
        units={names}
        onChange={(v) => setForm({ ...form, lead: v })}
      />
      <UnitInput
        label="配合单位"
        name="support"
        value={form.support}
        units={names}
        onChange={(v) => setForm({ ...form, support: v })}
      />
      <div className="field-row">
        <div className="field">
          <label htmlFor="task-deadline">完成时限</label>
          <input
            id="task-deadline"
            name="deadline"
            value={form.deadline}
            placeholder="如 6月底前、全年"
            onChange={(e) => setForm({ ...form, deadline: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="task-leader">责任领导</label>
          <input
            id="task-leader"
            name="leader"
            value={form.leader}
            onChange={(e) => setForm({ ...form, leader: e.target.value })}
          />
        </div>
      </div>
      {unknown.length ? (
        <p className="unit-unknown" data-testid="unit-unknown">
          不在单位名录中：{unknown.join('、')}{' '}
          <button className="mini" onClick={() => void addUnits()}>
            加入名录
          </button>
        </p>
      ) : null}
      <button className="primary" disabled={!ticked.length} onClick={apply} data-testid="assign-apply">
        {ticked.length > 1 ? `应用到 ${ticked.length} 条` : '保存分工'}
      </button>
      {current?.assignment ? <ProgressBox documentId={id} section={current} year={documentYear(doc)} /> : null}
      <div className="task-files">
        <button onClick={() => void exportTaskFile('table')}>导出分工表</button>
        <button onClick={() => void exportTaskFile('xlsx')}>导出台账 .xlsx</button>
        <button onClick={() => void importProgressFile().then((r) => r && setReport(progressReport(r)))}>
          导入进展…
        </button>
        <button onClick={() => void importTaskTableFile().then((r) => r && setReport(tableReport(r)))}>
          导入分工表…
        </button>
        <button onClick={() => void exportTaskFile('notice')}>导出通知（附分工表）</button>
        <button onClick={() => setLedger(true)} data-testid="open-ledger">
          进展台账
        </button>
      </div>
      <div className="field-row unit-lists">
        <select aria-label="报告季度" value={quarter} onChange={(e) => setQuarter(e.target.value)}>
          <option value="">截至最新</option>
          {quartersOf(documentYear(doc) ?? new Date().getFullYear()).map((q) => (
            <option key={q} value={q}>
              {periodLabel(q).replace(/^\d{4}年/, '')}
            </option>
          ))}
        </select>
        <button onClick={() => void exportTaskFile('report', undefined, quarter || undefined)}>季度进展报告</button>
      </div>
      <div className="field-row unit-lists">
        <select aria-label="单位清单" value={unit} onChange={(e) => setUnit(e.target.value)}>
          <option value="">各单位的任务清单…</option>
          {docUnits.map((u) => (
            <option key={u}>{u}</option>
          ))}
        </select>
        <button disabled={!unit} onClick={() => void exportTaskFile('table', unit)}>
          .docx
        </button>
        <button disabled={!unit} onClick={() => void exportTaskFile('xlsx', unit)}>
          .xlsx
        </button>
      </div>
      {report ? <ImportReport report={report} onClose={() => setReport(null)} /> : null}
      {ledger ? <LedgerView onClose={() => setLedger(false)} /> : null}
    </div>
  );
}

interface Report {
  summary: string;
  lines: ProgressImportResult['report'];
}

const tableReport = (r: { matched: number; report: Report['lines'] }): Report => ({
  summary: `已对应 ${r.matched} 条`,
  lines: r.report,
});

const progressReport = (r: ProgressImportResult): Report => ({
  summary: `${r.imported} 项有新进展，${r.unchanged} 项无变化，${r.conflicts} 项有冲突，${r.failed} 行未导入`,
  lines: r.report,
});

function ImportReport({ report, onClose }: { report: Report; onClose(): void }) {
  return (
    <div className="import-report" data-testid="import-report">
      <p>
        {report.summary}{' '}
        <button className="mini" onClick={onClose}>
          关闭
        </button>
      </p>
      <ul>
        {report.lines.map((l, i) => (
          <li key={i} className={`report-${l.level}`}>
            {l.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

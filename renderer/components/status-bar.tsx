import { useMemo } from 'react';
import { paginate } from '../../shared/layout';
import { countSections } from '../../shared/model/tree';
import { formatTime, useDocument } from '../store/document-store';
import { useSettledDocument } from './use-debounced';

function SaveStatus() {
  const status = useDocument((s) => s.saveStatus);
  const at = useDocument((s) => s.savedAt);
  const error = useDocument((s) => s.saveError);
  const text =
    status === 'saving' ? '正在保存…'
    : status === 'pending' ? '有未保存的修改'
    : status === 'error' ? `保存失败:${error ?? ''}`
    : at ? `已保存 ${formatTime(at)}` : '已保存';
  return <span className={`save-status save-${status}`} data-testid="save-status">{text}</span>;
}

function DocFigures() {
  const deferred = useSettledDocument(500);
  const figures = useMemo(() => {
    if (!deferred) return null;
    return { sections: countSections(deferred.sections), pages: paginate(deferred).pageCount };
  }, [deferred]);
  if (!figures) return null;
  return (
    <span className="figures">
      <span data-testid="section-count">{figures.sections} 个章节</span>
      <span data-testid="page-count">共 {figures.pages} 页</span>
    </span>
  );
}

export function StatusBar() {
  const id = useDocument((s) => s.id);
  return (
    <footer className="status-bar">
      {id ? <SaveStatus /> : <span>未打开文档</span>}
      <DocFigures />
      <span className="hint">回车:正文/新条目 · Tab/Shift+Tab:降级/升级 · Alt+↑/↓:移动 · Ctrl+Z/Y:撤销/重做 · Ctrl+S:保存修订</span>
    </footer>
  );
}

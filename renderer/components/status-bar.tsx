import { useEffect, useState } from 'react';
import { pageCountInSteps } from '../../shared/page/count-in-steps';
import { countSections } from '../../shared/model/tree';
import { useConnection } from '../api/connection';
import { formatTime, useDocument } from '../store/document-store';
import { inIdleSteps, useSettledDocument } from './use-debounced';

/** Browser mode: the local host is gone (edits stay in this tab and are saved when it is back), or just came back. */
function ConnectionStatus() {
  const state = useConnection((s) => s.state);
  if (state === 'online') return null;
  return (
    <span className={`connection connection-${state}`} role="status" data-testid="connection-status">
      {state === 'offline' ? '本机服务已断开，正在重新连接…（修改保留在本页，连接后自动保存）' : '已重新连接本机服务'}
    </span>
  );
}

function SaveStatus() {
  const status = useDocument((s) => s.saveStatus);
  const at = useDocument((s) => s.savedAt);
  const error = useDocument((s) => s.saveError);
  const text =
    status === 'saving'
      ? '正在保存…'
      : status === 'pending'
        ? '有未保存的修改'
        : status === 'error'
          ? `保存失败：${error ?? ''}`
          : at
            ? `已保存 ${formatTime(at)}`
            : '已保存';
  return (
    <span className={`save-status save-${status}`} data-testid="save-status">
      {text}
    </span>
  );
}

/** Section and page counts, worked out in idle time after the document settles (never mid-typing). */
function DocFigures() {
  const settled = useSettledDocument(500);
  const [figures, setFigures] = useState<{ sections: number; pages: number } | null>(null);
  useEffect(() => {
    if (!settled) {
      setFigures(null);
      return;
    }
    // laid out a slice at a time: a long 要点's first count would otherwise hold up the typing for a while
    return inIdleSteps(pageCountInSteps(settled), (pages) =>
      setFigures({ sections: countSections(settled.sections), pages }),
    );
  }, [settled]);
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
      <ConnectionStatus />
      <DocFigures />
      <span className="hint">
        回车：正文/新条目 · Tab/Shift+Tab：降级/升级 · Alt+↑/↓：移动 · Ctrl+Z/Y：撤销/重做 · Ctrl+S：保存修订
      </span>
    </footer>
  );
}

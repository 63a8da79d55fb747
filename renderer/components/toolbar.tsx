import { useState, type FormEvent, type MouseEvent } from 'react';
import * as commands from '../editor/commands';
import { makeRevision, runCommand } from '../editor/outline-editor';
import { useDocument } from '../store/document-store';
import { useUi } from '../store/ui-store';
import { createDocument, exportPdf, exportWord, importFile, printPages } from './actions';
import { useSearch } from './search-panel';

export function Toolbar() {
  const hasDoc = useDocument((s) => s.id !== null);
  const canUndo = useDocument((s) => s.past.length > 0);
  const canRedo = useDocument((s) => s.future.length > 0);
  const view = useUi((s) => s.view);
  const setView = useUi((s) => s.setView);
  const [query, setQuery] = useState('');

  const search = (e: FormEvent) => {
    e.preventDefault();
    useUi.getState().setPanel('search');
    void useSearch.getState().run(query);
  };

  // like Word's ribbon, the section buttons never take the focus from the text: a press keeps the caret where it is
  const keepFocus = (e: MouseEvent) => e.preventDefault();

  return (
    <header className="toolbar" role="toolbar" aria-label="工具栏">
      <div className="brand">要点</div>
      <div className="group">
        <button onClick={() => void createDocument()} title="新建一份工作要点">
          新建
        </button>
        <button onClick={() => void importFile()} title="导入 .txt / .docx 通知">
          导入
        </button>
        <button
          onClick={() => void exportWord()}
          disabled={!hasDoc}
          className="primary"
          title="按 GB/T 9704-2012 导出 Word 公文"
        >
          导出 Word
        </button>
        <button onClick={() => void exportPdf()} disabled={!hasDoc} title="导出 PDF（A4，字体嵌入，分页与 Word 相同）">
          导出 PDF
        </button>
        <button onClick={() => void printPages()} disabled={!hasDoc} title="打印（Ctrl+P）">
          打印
        </button>
      </div>
      <div className="group">
        <button onClick={() => useDocument.getState().undo()} disabled={!canUndo} title="撤销（Ctrl+Z）">
          撤销
        </button>
        <button onClick={() => useDocument.getState().redo()} disabled={!canRedo} title="重做（Ctrl+Y）">
          重做
        </button>
        <button onClick={() => void makeRevision()} disabled={!hasDoc} title="保存一个修订版本（Ctrl+S）">
          保存修订
        </button>
      </div>
      <div className="group" aria-label="章节">
        <button
          onMouseDown={keepFocus}
          disabled={!hasDoc || view !== 'edit'}
          onClick={() => runCommand(commands.newSibling)}
          title="在当前章节后新增同级章节（Ctrl+Enter）"
        >
          ＋章节
        </button>
        <button
          onMouseDown={keepFocus}
          disabled={!hasDoc || view !== 'edit'}
          onClick={() => runCommand(commands.promote)}
          title="升级（Shift+Tab）"
        >
          升级
        </button>
        <button
          onMouseDown={keepFocus}
          disabled={!hasDoc || view !== 'edit'}
          onClick={() => runCommand(commands.demote)}
          title="降级（Tab）"
        >
          降级
        </button>
        <button
          onMouseDown={keepFocus}
          disabled={!hasDoc || view !== 'edit'}
          onClick={() => runCommand((d, c) => commands.move(d, c, -1))}
          title="连同下级上移（Alt+↑）"
        >
          上移
        </button>
        <button
          onMouseDown={keepFocus}
          disabled={!hasDoc || view !== 'edit'}
          onClick={() => runCommand((d, c) => commands.move(d, c, 1))}
          title="连同下级下移（Alt+↓）"
        >
          下移
        </button>
        <button
          onMouseDown={keepFocus}
          disabled={!hasDoc || view !== 'edit'}
          onClick={() => runCommand(commands.toggleRunIn)}
          title="标题与正文接排 / 标题独占一行"
          data-testid="toggle-run-in"
        >
          接排/独立
        </button>
      </div>
      <div className="group view-switch" role="tablist" aria-label="视图">
        <button
          role="tab"
          aria-selected={view === 'edit'}
          className={view === 'edit' ? 'active' : ''}
          onClick={() => setView('edit')}
          disabled={!hasDoc}
        >
          编辑
        </button>
        <button
          role="tab"
          aria-selected={view === 'pages'}
          className={view === 'pages' ? 'active' : ''}
          onClick={() => setView('pages')}
          disabled={!hasDoc}
        >
          分页预览
        </button>
        <button
          role="tab"
          aria-selected={view === 'compare'}
          className={view === 'compare' ? 'active' : ''}
          onClick={() => setView('compare')}
        >
          对比往年
        </button>
        <button
          role="tab"
          aria-selected={view === 'new-year'}
          className={view === 'new-year' ? 'active' : ''}
          onClick={() => setView('new-year')}
        >
          新年度
        </button>
      </div>
      <form className="search-box" onSubmit={search} role="search">
        <input
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="查找（全部年度）"
          aria-label="查找"
          data-testid="search-input"
        />
        <button type="submit">查找</button>
      </form>
    </header>
  );
}

import { useUi, type SidePanel } from '../store/ui-store';
import { CheckPanel } from './check-panel';
import { MetaForm } from './meta-form';
import { NumberingPanel } from './numbering-panel';
import { RevisionsPanel } from './revisions-panel';
import { SearchPanel } from './search-panel';
import { AssignmentPanel } from './tasks/assignment-panel';

const TABS: Array<[SidePanel, string]> = [
  ['meta', '红头'],
  ['numbering', '编号'],
  ['search', '查找'],
  ['revisions', '修订记录'],
  ['check', '规范检查'],
  ['tasks', '分工'],
];

export function RightPanel() {
  const panel = useUi((s) => s.panel);
  const setPanel = useUi((s) => s.setPanel);
  return (
    <aside className="right-panel" aria-label="属性">
      <div className="tabs" role="tablist">
        {TABS.map(([k, label]) => (
          <button
            key={k}
            role="tab"
            aria-selected={panel === k}
            className={panel === k ? 'active' : ''}
            onClick={() => setPanel(k)}
            data-testid={`panel-${k}`}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="panel-body">
        {panel === 'meta' ? <MetaForm /> : null}
        {panel === 'numbering' ? <NumberingPanel /> : null}
        {panel === 'search' ? <SearchPanel /> : null}
        {panel === 'revisions' ? <RevisionsPanel /> : null}
        {panel === 'check' ? <CheckPanel /> : null}
        {panel === 'tasks' ? <AssignmentPanel /> : null}
      </div>
    </aside>
  );
}

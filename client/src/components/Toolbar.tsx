import { LAYOUTS, TABS, type LayoutName, type Tab } from '../state';

interface Props {
  layout: LayoutName;
  tab: Tab;
  canUndo: boolean;
  canRedo: boolean;
  canShowAll: boolean;
  onLayout: (layout: LayoutName) => void;
  onTab: (tab: Tab) => void;
  onRelayout: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onShowAll: () => void;
}

const TAB_LABELS: Record<Tab, string> = { graph: 'Graph', table: 'Table', chronology: 'Chronology' };

const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Concentric around selection',
};

export function Toolbar(props: Props) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Graph tools">
      <div className="segmented" role="group" aria-label="View">
        {TABS.map((tab) => (
          <button key={tab} type="button" aria-pressed={props.tab === tab} onClick={() => props.onTab(tab)}>
            {TAB_LABELS[tab]}
          </button>
        ))}
      </div>
      <label className="layout-select">
        Layout{' '}
        <select value={props.layout} onChange={(event) => props.onLayout(event.target.value as LayoutName)} data-testid="layout-select">
          {LAYOUTS.map((layout) => (
            <option key={layout} value={layout}>
              {LAYOUT_LABELS[layout]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={props.onRelayout} title="Lay the graph out again">
        Re-layout
      </button>
      <button type="button" onClick={props.onUndo} disabled={!props.canUndo} title="Undo the last expand, focus or hide">
        Undo
      </button>
      <button type="button" onClick={props.onRedo} disabled={!props.canRedo}>
        Redo
      </button>
      <button type="button" onClick={props.onShowAll} disabled={!props.canShowAll} title="Show every entity again">
        Show all
      </button>
    </div>
  );
}

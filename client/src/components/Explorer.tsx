import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { GraphQLRequest, EntitySummary, RelationSummary, RelationTypeInfo } from '../api';
// Straight from the module: the chronology's index brings d3 along, which the first page does not need.
import { knowledgeEventDays } from '../chronology/asOf';
import { capNotice, graphModeFor, type Catalog } from '../graph';
import { useEntityDetail } from '../hooks/useEntityDetail';
import { useExplorerActions } from '../hooks/useExplorerActions';
import { useExports } from '../hooks/useExports';
import { FOCUS_HOME, useFocusRescue } from '../hooks/useFocusRescue';
import { useKeyboardFlow } from '../hooks/useKeyboardFlow';
import { useGraphView } from '../hooks/useGraphView';
import { useKnowledge } from '../hooks/useKnowledge';
import { usePaths } from '../hooks/usePaths';
import { useSavedViews } from '../hooks/useSavedViews';
import { useSessionPlace } from '../hooks/useSessionPlace';
import { useAllClaims } from '../hooks/useChronologyData';
import { yearSpan, canRedo, canUndo, appliedOps } from '../state';
import { periodYears, pluralList, useProfile } from '../profile';
import { AccountBox, CurationProvider, ReviewQueue, canChange, catalogRecords, useSession, type ChangeSink } from '../curation';
import { DetailsPanel } from './DetailsPanel';
import { ReaderProvider } from '../documents';
import { DetailsSheet } from './DetailsSheet';
import { ExportMenu } from './ExportMenu';
import { FiltersPanel } from './FiltersPanel';
import { GraphCanvas, type GraphCanvasHandle } from './GraphCanvas';
import { HoverCard, type HoverTarget } from './HoverCard';
import { IntroPanel } from './IntroPanel';
import { KnowledgePanel } from './KnowledgePanel';
import { Legend } from './Legend';
import { PathPanel } from './PathPanel';
import { SavedViews } from './SavedViews';
import { SearchBox } from './SearchBox';
import { SkipLinks } from './SkipLinks';
import { ShareButton } from './ShareButton';
import { TableView } from './TableView';
import { Toolbar } from './Toolbar';
import { ZoomControls } from './ZoomControls';

interface Props {
  request: GraphQLRequest;
  catalog: Catalog;
  vocabulary: RelationTypeInfo[];
  capped: boolean;
  totalCount: number;
  merge: (entities: readonly EntitySummary[], relations: readonly RelationSummary[]) => void;
  /** Puts edited records in place and takes retracted ones out. */
  upsert: (entities: readonly EntitySummary[], relations: readonly RelationSummary[], removed?: readonly string[]) => void;
}

// The chronology (and d3) is not in the first page's code: it loads once the page is idle, or
// when first opened.
const loadChronology = () => import('./ChronologyView');
const ChronologyView = lazy(() => loadChronology().then((m) => ({ default: m.ChronologyView })));
const PRELOAD_AFTER_MS = 1500;
/** How much one press of a zoom button zooms. */
const ZOOM_STEP = 1.4;

type Ends = { from: { id: string; name: string } | null; to: { id: string; name: string } | null };

/** The explorer page once the graph has loaded: search and tools, side panels, graph, timeline, details. */
export function Explorer({ request, catalog, vocabulary, capped, totalCount, merge, upsert }: Props) {
  const profile = useProfile();
  useEffect(() => {
    document.title = `${profile.info.title} — Inquiry graph`;
  }, [profile.info.title]);
  const canvas = useRef<GraphCanvasHandle>(null);
  const [hovered, setHovered] = useState<HoverTarget | null>(null);
  const session = useSessionPlace(canvas);
  const { state, dispatch } = session;
  const savedViews = useSavedViews();

  const paths = usePaths(request, state.path);
  const [pathIndex, setPathIndex] = useState(0);
  useEffect(() => {
    setPathIndex(0);
    if (paths.status === 'ready') merge(paths.value.flatMap((p) => p.nodes), paths.value.flatMap((p) => p.edges));
  }, [paths, merge]);
  const activePath = paths.status === 'ready' ? (paths.value[pathIndex] ?? null) : null;
  const pathFit = useMemo(
    () => (activePath ? { ids: activePath.nodes.map((node) => node.id), key: `${JSON.stringify(state.path)}|${activePath.edges.map((edge) => edge.id).join(',')}` } : null),
    [activePath, state.path],
  );
  const nameOf = (id: string) => catalog.entities.get(id)?.name ?? id;
  const [ends, setEnds] = useState<Ends>(() => ({
    from: state.path ? { id: state.path.from, name: nameOf(state.path.from) } : null,
    to: state.path ? { id: state.path.to, name: nameOf(state.path.to) } : null,
  }));

  const knowledge = useKnowledge(request, state.asOf);
  const knowledgeAnswer = state.asOf && knowledge.status === 'ready' ? knowledge.value : null;
  const graph = useGraphView(catalog, vocabulary, state, activePath, knowledgeAnswer);
  const detail = useEntityDetail(request, state.selected, catalog);
  const { account } = useSession();
  const { put: putDetail, reload: reloadDetail } = detail;
  // An edit's answer goes straight into the graph and the details: no reload.
  const sink = useMemo<ChangeSink>(
    () => ({
      onRecords(entity, relation, removed) {
        const records = catalogRecords(catalog, entity, relation);
        upsert(records.entities, records.relations, removed);
        putDetail(entity, relation);
      },
      onReload() {
        // What is shown, as the server now has it, in the graph too.
        reloadDetail((entities) => {
          const records = entities.map((entity) => catalogRecords(catalog, entity, null));
          upsert(
            records.flatMap((r) => r.entities),
            records.flatMap((r) => r.relations),
          );
        });
      },
    }),
    [catalog, upsert, putDetail, reloadDetail],
  );
  const selectedSummary = state.selected ? catalog.entities.get(state.selected) : undefined;
  const selectedEntity = useMemo(() => (selectedSummary ? { id: selectedSummary.id, kind: selectedSummary.kind, name: selectedSummary.name } : null), [selectedSummary?.id, selectedSummary?.name]);
  const [chronologyOpened, setChronologyOpened] = useState(state.tab === 'chronology');
  useEffect(() => {
    if (state.tab === 'chronology') setChronologyOpened(true);
  }, [state.tab]);
  const claims = useAllClaims(request, chronologyOpened);
  useEffect(() => {
    const timer = setTimeout(() => void loadChronology(), PRELOAD_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  const years = useMemo(
    () => yearSpan([...catalog.entities.values(), ...catalog.relations.values()].flatMap((x) => [x.date?.earliest, x.date?.latest]), periodYears(profile.info)),
    [catalog, profile.info],
  );

  const eventDays = useMemo(
    () => knowledgeEventDays(catalog.relations.values(), new Set(vocabulary.filter((v) => v.carriesKnowledge).map((v) => v.type))),
    [catalog, vocabulary],
  );

  const actions = useExplorerActions({
    request,
    catalog,
    state,
    dispatch,
    merge,
    shown: { entities: graph.entities, relations: graph.relations, entityIds: graph.view.entityIds },
  });
  const { select, expand, reveal } = actions;
  const regions = { app: useRef<HTMLDivElement>(null), header: useRef<HTMLElement>(null), view: useRef<HTMLElement>(null), paths: useRef<HTMLDetailsElement>(null), details: useRef<HTMLDivElement>(null) };
  useFocusRescue(regions.app);
  const flow = useKeyboardFlow({
    canvas,
    regions,
    tab: state.tab,
    selected: state.selected,
    ends,
    setEnds,
    nameOf,
    select,
    onFind: (path) => dispatch({ type: 'path', path }),
  });
  session.centre.current = actions.centre;
  // A permalink's selection is centred, unless the link brings its own picture: once, for the
  // URL the page opened with.
  useEffect(() => {
    if (!session.picture && state.selected) actions.centre(state.selected);
  }, []);
  // A picture waits for the path it may include.
  const pictureHeld = state.path !== null && (paths.status === 'idle' || paths.status === 'loading');
  const exports = useExports({ request, catalog, vocabulary, state, canvas, shown: { entities: graph.entities, relations: graph.relations } });

  const partial = capped ? capNotice(catalog.entities.size, totalCount) : null;
  const large = graphModeFor(graph.elements.length) === 'large';
  const description = `Graph of ${graph.entities.length} entities and ${graph.relations.length} relations. The table view lists the same.`;
  return (
    <CurationProvider request={request} vocabulary={vocabulary} sink={sink} selectedEntity={selectedEntity}>
      <ReaderProvider>
      <div className={activePath ? 'app path-reading' : 'app'} ref={regions.app}>
        <SkipLinks view={state.tab} onView={flow.skipToView} onDetails={flow.skipToDetails} />
        <header className="app-header" ref={regions.header}>
          <h1>
            Inquiry graph <span className="muted">{profile.info.title}</span>
          </h1>
          <SearchBox
            request={request}
            label="Find"
            placeholder={`Search ${pluralList(profile.kinds.list)}`}
            testId="search"
            onPick={(hit) => {
              void reveal(hit.entity);
              flow.onSearchPicked(hit.entity.id);
            }}
          />
          <AccountBox />
          <Toolbar
            layout={state.layout}
            tab={state.tab}
            canUndo={canUndo(state.history)}
            canRedo={canRedo(state.history)}
            canShowAll={appliedOps(state.history).length > 0}
            onLayout={(layout) => dispatch({ type: 'layout', layout })}
            onTab={(tab) => dispatch({ type: 'tab', tab })}
            onRelayout={() => canvas.current?.relayout()}
            onUndo={() => dispatch({ type: 'undo' })}
            onRedo={() => dispatch({ type: 'redo' })}
            onShowAll={() => dispatch({ type: 'op', op: { kind: 'showAll' } })}
          />
          <ExportMenu actions={exports} />
          <ShareButton link={session.link} />
        </header>

        <nav className="side-panel" aria-label="Filters, paths and knowledge">
          <details open>
            <summary>Filters</summary>
            <FiltersPanel filters={state.filters} counts={graph.counts} vocabulary={vocabulary} onChange={(filters) => dispatch({ type: 'filters', filters })} />
          </details>
          <details ref={regions.paths} tabIndex={-1} className="path-region" {...FOCUS_HOME} open={state.path !== null || ends.from !== null || ends.to !== null}>
            <summary>Paths between two entities</summary>
            <PathPanel
              request={request}
              ends={ends}
              onEnds={flow.onPathEnds}
              query={state.path}
              vocabulary={vocabulary}
              nameOf={nameOf}
              paths={paths}
              activeIndex={pathIndex}
              onActive={setPathIndex}
              onFind={(path) => dispatch({ type: 'path', path })}
              onSelect={select}
            />
          </details>
          <details>
            <summary>Saved views</summary>
            <SavedViews
              views={savedViews.views}
              problem={savedViews.problem}
              onSave={(name) => savedViews.save(name, session.link().search)}
              onOpen={session.openView}
              onDelete={savedViews.remove}
            />
          </details>
          <details open={state.asOf !== null}>
            <summary>Who knew what when</summary>
            <KnowledgePanel asOf={state.asOf} years={years} eventDays={eventDays} knowledge={knowledge} noRecord={graph.noRecord} onAsOf={(asOf) => dispatch({ type: 'asOf', asOf })} onSelect={select} />
          </details>
          {canChange(account?.role) && (
            <details>
              <summary>{account?.role === 'CONTRIBUTOR' ? 'Your proposals' : 'Review queue'}</summary>
              <ReviewQueue />
            </details>
          )}
        </nav>

        <main className="graph-area" ref={regions.view} tabIndex={-1} {...FOCUS_HOME}>
          {session.notice && (
            <p className="link-notice" role="alert" data-testid="link-notice">
              {session.notice}{' '}
              <button type="button" className="small" onClick={session.dismissNotice}>
                Dismiss
              </button>
            </p>
          )}
          {partial && (
            <p className="cap-notice" role="status" data-testid="cap-notice">
              {partial}
            </p>
          )}
          <div className="graph-stage" hidden={state.tab !== 'graph'}>
            <GraphCanvas
              handle={canvas}
              elements={graph.elements}
              layout={state.layout}
              decorations={graph.decorations}
              centerRequest={actions.centerRequest}
              picture={pictureHeld ? null : session.picture}
              onPicture={session.onPicture}
              fitRequest={pathFit}
              description={description}
              onSelect={actions.selectOnGraph}
              onExpand={(id) => void expand(id)}
              keys={flow.graphKeys}
              onHover={setHovered}
            />
            <Legend knowledgeMode={graph.decorations.knowledge !== null} />
            <ZoomControls onZoomIn={() => canvas.current?.zoomBy(ZOOM_STEP)} onZoomOut={() => canvas.current?.zoomBy(1 / ZOOM_STEP)} onFit={() => canvas.current?.fit()} />
            <HoverCard target={hovered} catalog={catalog} request={request} />
            {graph.entities.length === 0 && (
              <p className="empty-note" role="status">
                Nothing on view. Clear the filters or press “Show all”.
              </p>
            )}
          </div>
          {state.tab === 'table' && <TableView entities={graph.entities} relations={graph.relations} selected={state.selected} onSelect={select} />}
          {state.tab === 'chronology' && (
            <Suspense fallback={<p className="muted" role="status">Loading the chronology…</p>}>
              <ChronologyView
                request={request}
                catalog={catalog}
                vocabulary={vocabulary}
                onView={graph.view.entityIds}
                claims={claims.claims}
                claimsLoaded={claims.status === 'ready'}
                selected={state.selected}
                asOf={state.asOf}
                range={{ from: state.filters.from, to: state.filters.to }}
                onSelect={select}
                onRange={(from, to) => dispatch({ type: 'filters', filters: { ...state.filters, from, to } })}
              />
            </Suspense>
          )}
          <p className="status-bar" aria-live="polite" data-testid="status">
            Showing {graph.entities.length} of {catalog.entities.size} entities · {graph.relations.length} relations
            {large && ' · large graph: labels appear as you zoom in, relation labels on the selection'}
            {actions.notice && <span className={actions.notice.error ? 'notice error' : 'notice'}> · {actions.notice.text}</span>}
          </p>
        </main>

        <DetailsSheet ref={regions.details} open={state.selected !== null} onClose={flow.closeDetails} onEscape={flow.onDetailsEscape}>
          <DetailsPanel
            detail={detail}
            inView={(id) => graph.view.entityIds.has(id)}
            busy={actions.busy}
            onSelect={select}
            intro={<IntroPanel catalog={catalog} onSelect={select} />}
            actions={{
              onExpand: (id) => void expand(id),
              onFocus: (id, depth) => dispatch({ type: 'op', op: depth === 1 ? { kind: 'focus', id } : { kind: 'focus', id, depth } }),
              onHide: (id) => dispatch({ type: 'op', op: { kind: 'hide', id } }),
              onPathFrom: (id) => flow.choosePathEnd('from', id),
              onPathTo: (id) => flow.choosePathEnd('to', id),
            }}
          />
        </DetailsSheet>
      </div>
      </ReaderProvider>
    </CurationProvider>
  );
}

import { useCallback, useMemo, type RefObject } from 'react';
import { loadClaims, type AllClaims, type EntitySummary, type GraphQLRequest, type RelationSummary, type RelationTypeInfo } from '../api';
import type { GraphCanvasHandle } from '../components/GraphCanvas';
import type { Report } from '../export';
import type { Catalog } from '../graph';
import { appliedOps, isFiltering, toUrlState, type ExplorerState } from '../state';
import { useProfile } from '../profile';

interface Context {
  request: GraphQLRequest;
  catalog: Catalog;
  vocabulary: readonly RelationTypeInfo[];
  state: ExplorerState;
  canvas: RefObject<GraphCanvasHandle | null>;
  shown: { entities: readonly EntitySummary[]; relations: readonly RelationSummary[] };
}

export type ExportName = 'png' | 'svg' | 'caseFile' | 'entitiesCsv' | 'relationsCsv' | 'graphml' | 'gexf' | 'json';

const NO_CLAIMS: AllClaims = { entities: new Map(), relations: new Map() };

/** The export formats, loaded on the first export: exploring does not need them. */
const formats = () => import('../export');

/** The exports of what is on view: each builds a report of the view and downloads one file. */
export function useExports({ request, catalog, vocabulary, state, canvas, shown }: Context): Record<ExportName, () => Promise<void>> {
  // The data set's own title (dataset.json), so exports carry it without code naming the inquiry.
  const { info, kinds } = useProfile();
  const makeReport = useCallback(
    async (withClaims: boolean): Promise<Report> => {
      const nameOf = (id: string) => catalog.entities.get(id)?.name ?? id;
      const { buildReport, viewScope } = await formats();
      return buildReport({
        datasetTitle: info.title,
        scope: viewScope(appliedOps(state.history), state.path, nameOf, shown.entities.length, catalog.entities.size, isFiltering(state.filters)),
        filters: state.filters,
        asOf: state.asOf,
        entities: shown.entities,
        relations: shown.relations,
        claims: withClaims ? await loadClaims(request) : NO_CLAIMS,
        vocabulary,
        kinds,
        exportedAt: new Date(),
      });
    },
    [request, catalog, vocabulary, state, shown, info.title, kinds],
  );

  const picture = useCallback(() => {
    const handle = canvas.current;
    if (!handle) throw new Error('Switch to the graph view first.');
    return handle.picture();
  }, [canvas]);

  /** Node positions from the picture, when there is one (files still export without). */
  const positions = useCallback(() => {
    try {
      return new Map(picture().drawing.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
    } catch {
      return new Map<string, { x: number; y: number }>();
    }
  }, [picture]);

  return useMemo(
    () => ({
      png: async () => {
        const { drawing, png } = picture();
        const report = await makeReport(true);
        const { pictureDocument, canvasMeasure, download, rasterise, reportFileName } = await formats();
        const page = pictureDocument(report, drawing, { raster: png, measureFor: canvasMeasure(drawing.fontFamily) });
        download(await rasterise(page.svg, page), reportFileName(report, 'picture', 'png'), 'image/png');
      },
      svg: async () => {
        const { drawing } = picture();
        const report = await makeReport(true);
        const { pictureDocument, canvasMeasure, download, reportFileName } = await formats();
        download(pictureDocument(report, drawing, { measureFor: canvasMeasure(drawing.fontFamily) }).svg, reportFileName(report, 'picture', 'svg'), 'image/svg+xml;charset=utf-8');
      },
      caseFile: async () => {
        const { drawing } = picture();
        const report = await makeReport(true);
        const { caseFileHtml, canvasMeasure, download, reportFileName } = await formats();
        download(caseFileHtml(report, drawing, { measureFor: canvasMeasure(drawing.fontFamily) }), reportFileName(report, 'case-file', 'html'), 'text/html;charset=utf-8');
      },
      entitiesCsv: async () => {
        const report = await makeReport(true);
        const { entitiesCsv, download, reportFileName } = await formats();
        download(entitiesCsv(report), reportFileName(report, 'entities', 'csv'), 'text/csv;charset=utf-8');
      },
      relationsCsv: async () => {
        const report = await makeReport(true);
        const { relationsCsv, download, reportFileName } = await formats();
        download(relationsCsv(report), reportFileName(report, 'relations', 'csv'), 'text/csv;charset=utf-8');
      },
      graphml: async () => {
        const report = await makeReport(true);
        const { toGraphMl, download, reportFileName } = await formats();
        download(toGraphMl(report, positions()), reportFileName(report, 'graph', 'graphml'), 'application/graphml+xml;charset=utf-8');
      },
      gexf: async () => {
        const report = await makeReport(true);
        const { toGexf, download, reportFileName } = await formats();
        download(toGexf(report, positions()), reportFileName(report, 'graph', 'gexf'), 'application/gexf+xml;charset=utf-8');
      },
      json: async () => {
        const report = await makeReport(false);
        const { subgraphToJson, download, reportFileName } = await formats();
        download(subgraphToJson(shown.entities, shown.relations, toUrlState(state)), reportFileName(report, 'subgraph', 'json'), 'application/json');
      },
    }),
    [picture, makeReport, positions, shown, state],
  );
}

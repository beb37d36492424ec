// Saved charts and the chart session (issue 12): the work lives in db/charts.
import { readSession, writeSession } from '../../charts/chart-session';
import {
  deleteChart,
  duplicateChart,
  getChart,
  listCharts,
  renameChart,
  saveChart,
} from '../../charts/saved-charts';
import { graphOfEntities } from '../../queries/graph';
import type { HandlerGroup } from '../handler-types';

type ChartCalls =
  | 'graph.entities'
  | 'charts.list'
  | 'charts.get'
  | 'charts.save'
  | 'charts.rename'
  | 'charts.duplicate'
  | 'charts.delete'
  | 'charts.session.get'
  | 'charts.session.save';

export const chartHandlers: HandlerGroup<ChartCalls> = {
  'graph.entities': (input, ctx) => graphOfEntities(ctx.db, input.entityIds, input.limit),
  'charts.list': (_input, ctx) => listCharts(ctx.db),
  'charts.get': (input, ctx) => getChart(ctx.db, input.chartId),
  'charts.save': (input, ctx) => saveChart(ctx.db, input),
  'charts.rename': (input, ctx) => renameChart(ctx.db, input.chartId, input.name),
  'charts.duplicate': (input, ctx) => duplicateChart(ctx.db, input.chartId, input.name),
  'charts.delete': (input, ctx) => deleteChart(ctx.db, input.chartId),
  'charts.session.get': (_input, ctx) => readSession(ctx.db),
  'charts.session.save': (input, ctx) => writeSession(ctx.db, input.chartId, input.document),
};

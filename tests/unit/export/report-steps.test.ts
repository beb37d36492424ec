// The whole briefing report made headless (no chart, a workspace with many indicators): its
// steps in order on the progress line, the indicators saying how far their slices have come,
// and Cancel during those slices stopping the report with no file.
import { describe, expect, it, vi } from 'vitest';
import type { IndicatorHit, StructureSummary } from '../../../shared/contract/analysis-model';
import { buildReport, type ReportOptions } from '../../../renderer/src/components/report/pdf-report';
import type { ReportData } from '../../../renderer/src/components/report/report-data';
import { HITS_SHOWN } from '../../../renderer/src/components/report/indicators-section';
import { sampleCase } from './report-fixtures';

// svg2pdf.js's browser bundle does not load in Node; a report without a chart never calls it.
vi.mock('svg2pdf.js', () => ({
  svg2pdf: () => {
    throw new Error('No chart is drawn in these reports.');
  },
}));

const OPTIONS: ReportOptions = {
  title: 'Sample briefing',
  analyst: 'Trainee analyst',
  caveat: 'TRAINING DATA',
  date: '2026-01-01',
  paper: 'letter',
  scaleNote: '0 entities',
};

const structure: StructureSummary = {
  measured: 'm-sample',
  entityCount: 0,
  networkCount: 0,
  joinedNetworkCount: 0,
  largestNetworkCaseCount: 0,
  communityCount: 0,
  bridgeCount: 0,
  caseCount: 2,
  joiners: [],
  estimated: [],
  pivots: 0,
};

function data(indicators: number): ReportData {
  const hits: IndicatorHit[] = Array.from({ length: indicators }, (_, i) => ({
    kind: 'cross_agency',
    entity: { id: i, type: 'phone', label: `(555) 010-01${String(i % 100).padStart(2, '0')}` },
    summary: 'in cases of 3 agencies',
    evidence: ['agency: Sample Agency'],
    caseNumbers: [sampleCase(1).number, sampleCase(2).number],
    value: 3,
  }));
  return {
    cases: [sampleCase(1), sampleCase(2)],
    connections: [],
    connectionCount: 0,
    structure,
    keyPlayers: [],
    indicators: hits,
    paths: null,
  };
}

describe('the briefing report’s steps', () => {
  it('names each step in order, and how far the indicators’ slices have come', async () => {
    const labels: string[] = [];
    const pdf = await buildReport(data(HITS_SHOWN + 30), null, OPTIONS, (_, __, label) => labels.push(label));
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    const steps = labels.filter((l) => !l.includes(':'));
    expect(steps).toEqual([
      'Title page',
      'Case map',
      'Connections',
      'Paths',
      'Key players',
      'Indicators',
      'Page numbers',
      'Chart',
      'Writing the PDF',
    ]);
    const slices = labels.filter((l) => l.startsWith('Indicators: '));
    expect(slices.length).toBeGreaterThan(1);
    expect(slices.at(-1)).toBe(`Indicators: ${HITS_SHOWN} of ${HITS_SHOWN} laid out`);
    // Said during the Indicators step, before the page numbers.
    expect(labels.indexOf(slices[0]!)).toBeGreaterThan(labels.indexOf('Indicators'));
    expect(labels.indexOf(slices.at(-1)!)).toBeLessThan(labels.indexOf('Page numbers'));
  });

  it('stops during the indicators’ slices once cancelled, with no file', async () => {
    const controller = new AbortController();
    const labels: string[] = [];
    const report = buildReport(
      data(HITS_SHOWN),
      null,
      OPTIONS,
      (_, __, label) => {
        labels.push(label);
        if (label.startsWith('Indicators: ')) controller.abort();
      },
      controller.signal,
    );
    await expect(report).rejects.toMatchObject({ name: 'AbortError' });
    expect(labels.filter((l) => l.startsWith('Indicators: '))).toHaveLength(1);
    expect(labels).not.toContain('Page numbers');
  });
});

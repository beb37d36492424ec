// The walkthrough format: the shipped files validate, mistakes are named by field, the JSON
// Schema for editors matches the contract, and each kind of check passes on exactly the
// state it describes.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, walkthroughJsonSchema } from '../../../build/scripts/write-walkthrough-schema';
import { checkPasses, type TrainingSnapshot } from '../../../renderer/src/training/checks';
import { loadWalkthrough, walkthroughs } from '../../../renderer/src/training/walkthroughs';
import projectThor from '../../../renderer/src/training/walkthroughs/project-thor.json';
import type { StepCheck } from '../../../shared/contract/walkthrough';

const idle: TrainingSnapshot = {
  view: 'chart',
  leftTab: 'cases',
  selectedCases: [],
  selectedEntity: null,
  matchesFound: 0,
  matches: [],
  path: { shown: false, from: null, to: null, toType: null },
  sizeBy: null,
  savedFiles: [],
};

describe('shipped walkthroughs', () => {
  it('all validate; the Project Thor one has 8 to 12 steps and a second, shorter one proves the format', () => {
    expect(walkthroughs().every((w) => w.ok)).toBe(true);
    const [thor, tour] = walkthroughs().map((w) => (w.ok ? w.walkthrough : null));
    expect(thor!.steps.length).toBeGreaterThanOrEqual(8);
    expect(thor!.steps.length).toBeLessThanOrEqual(12);
    expect(tour!.steps.length).toBeLessThan(thor!.steps.length);
  });

  it('walkthrough.schema.json is the contract schema (regenerate with build/scripts/write-walkthrough-schema.ts)', () => {
    const committed = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    expect(committed).toEqual(JSON.parse(walkthroughJsonSchema()));
  });
});

describe('a broken walkthrough file', () => {
  it('is named with the step and field that are wrong', () => {
    const broken = structuredClone(projectThor) as { steps: { check: unknown; id: string }[] };
    broken.steps[2]!.check = { kind: 'leftTab', tab: 'timeline' };
    const loaded = loadWalkthrough('mine.json', broken);
    expect(loaded).toMatchObject({ ok: false, file: 'mine.json' });
    expect(!loaded.ok && loaded.problem).toMatch(/steps\.2\.check\.tab/);
  });

  it('refuses two steps with one id, an unknown check kind, and a missing format', () => {
    const twice = structuredClone(projectThor) as { steps: { id: string }[] };
    twice.steps[1]!.id = twice.steps[0]!.id;
    expect(loadWalkthrough('twice.json', twice)).toMatchObject({ ok: false, problem: /used twice/ });
    const unknown = structuredClone(projectThor) as { steps: { check: unknown }[] };
    unknown.steps[0]!.check = { kind: 'dance' };
    expect(loadWalkthrough('unknown.json', unknown)).toMatchObject({ ok: false, problem: /steps\.0\.check/ });
    expect(loadWalkthrough('empty.json', {})).toMatchObject({ ok: false, problem: /format/ });
  });
});

describe('step checks', () => {
  const cases: [string, StepCheck, Partial<TrainingSnapshot>, Partial<TrainingSnapshot>][] = [
    ['view', { kind: 'view', view: 'review' }, { view: 'review' }, { view: 'chart' }],
    [
      'left tab',
      { kind: 'leftTab', tab: 'connections' },
      { leftTab: 'connections' },
      { leftTab: 'analysis' },
    ],
    [
      'cases of one agency',
      { kind: 'casesSelected', min: 1, sameAgency: true, agency: 'milwaukee' },
      { selectedCases: [{ number: 'WI-2020-017', agency: 'ATF Milwaukee Field Office' }] },
      {
        selectedCases: [
          { number: 'WI-2020-017', agency: 'ATF Milwaukee Field Office' },
          { number: 'MPD-2022-0417', agency: 'Milwaukee Police Department' },
        ],
      },
    ],
    [
      'an entity',
      { kind: 'entitySelected', type: 'phone', label: '010-0177' },
      { selectedEntity: { type: 'phone', label: '(555) 010-0177' } },
      { selectedEntity: { type: 'phone', label: '(555) 010-0142' } },
    ],
    ['matches found', { kind: 'matchesFound', min: 1 }, { matchesFound: 24 }, { matchesFound: 0 }],
    [
      'a rejected decoy',
      { kind: 'matchDecided', decision: 'rejected', caseNumber: 'EPPD-2019-1123' },
      {
        matches: [{ status: 'rejected', labels: ['Luis Carrillo'], caseNumbers: ['EPPD-2019-1123', 'NMSP'] }],
      },
      {
        matches: [{ status: 'accepted', labels: ['Luis Carrillo'], caseNumbers: ['EPPD-2019-1123', 'NMSP'] }],
      },
    ],
    [
      'a path from a gun to a dealer type',
      { kind: 'pathShown', from: { type: 'firearm' }, to: { type: 'dealer' } },
      { path: { shown: true, from: { id: 1, type: 'firearm', label: 'TRN' }, to: null, toType: 'dealer' } },
      { path: { shown: false, from: { id: 1, type: 'firearm', label: 'TRN' }, to: null, toType: 'dealer' } },
    ],
    [
      'sized by',
      { kind: 'sizedBy', measure: 'betweenness' },
      { sizeBy: 'betweenness' },
      { sizeBy: 'degree' },
    ],
    [
      'a saved PDF',
      { kind: 'fileSaved', extension: 'pdf' },
      { savedFiles: ['brief.pdf'] },
      { savedFiles: ['chart.png'] },
    ],
  ];
  it.each(cases)('%s passes on its state and not on a near miss', (_name, check, yes, no) => {
    expect(checkPasses(check, { ...idle, ...yes })).toBe(true);
    expect(checkPasses(check, { ...idle, ...no })).toBe(false);
    expect(checkPasses(check, idle)).toBe(false);
  });
});

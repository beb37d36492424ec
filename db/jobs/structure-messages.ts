// Messages between the backend and a structure worker thread (key players and structure).
import type { GraphData } from '../../shared/contract/model';
import type { NetworkStructure } from '../../shared/contract/analysis-model';
import type { NetworkOptions } from '../analysis/network';
import type { StructureProgress } from '../analysis/structure';

export interface StructureWorkerInput {
  /** The chart's entities and links, read by the backend (the worker opens no workspace). */
  data: GraphData;
  options: NetworkOptions;
  caseNumbers: [number, string][];
}

export type StructureWorkerMessage =
  | { kind: 'progress'; progress: StructureProgress }
  | { kind: 'done'; structure: NetworkStructure }
  | { kind: 'failed'; message: string };

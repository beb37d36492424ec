// The training scenario and the scaled sample generator.
export {
  createScenarioWorkspace,
  seedScenario,
  SCENARIO_NAME,
  type AtomicWriteOptions,
  type SeedCounts,
} from './seed';
export { scenarioCases } from './scenario';
export { generateScaledCases, generateScaledRecords, type ScaleOptions } from './scale/generate';
export { createScaledWorkspace, seedScaledWorkspace, type ScaledSeedOptions } from './scale/seed-scaled';

// The training scenario and the scaled sample generator.
export { createScenarioWorkspace, seedScenario, SCENARIO_NAME, type SeedCounts } from './seed';
export { scenarioCases } from './scenario';

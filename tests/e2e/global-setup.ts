// Made once per run, before any worker starts: the training-scenario workspace that every
// test copies (copying a file is much faster than writing the scenario again).
import path from 'node:path';
import { createScenarioWorkspace } from '../../db/scenario';

export const SCENARIO_ENV = 'THORLINE_SCENARIO_TEMPLATE';

export default function globalSetup(): void {
  const file = path.join(process.env.THORLINE_TEST_OUTPUT!, 'scenario.thorline');
  createScenarioWorkspace(file);
  process.env[SCENARIO_ENV] = file;
}

export {
  type ComparedField,
  compareScenario,
  type DecisiveRule,
  type ScenarioComparison,
  type ScenarioComparisonRow,
  type ScenarioDifference,
} from './compare.js';
export { SCENARIO_SCHEMA_URL, scenarioJsonSchema } from './json-schema.js';
export { getScenario, listScenarioIds, SCENARIO_LIBRARY } from './library.js';
export { isScenario, parseScenario } from './parse.js';
export {
  type LayeredPolicy,
  LayeredPolicySchema,
  type PolicyOverrides,
  PolicyOverridesSchema,
  policyLabel,
  resolveScenarioPolicy,
  type ScenarioPolicy,
  type ScenarioPolicyInput,
  ScenarioPolicySchema,
} from './policy-ref.js';
export {
  type RunScenarioOptions,
  runScenario,
  type ScenarioExpectation,
  type ScenarioRun,
  type SkippedStep,
} from './run.js';
export {
  MAX_SCENARIO_STEPS,
  MAX_SCENARIO_TEXT,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  type Scenario,
  type ScenarioExpect,
  ScenarioExpectSchema,
  type ScenarioInput,
  ScenarioSchema,
  type ScenarioStep,
  ScenarioStepEventSchema,
  ScenarioStepSchema,
  stepEvent,
} from './schema.js';

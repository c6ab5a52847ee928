// `npm run simulator -- --port N --scenario NAME [--seed S]`: runs the simulator by hand and prints
// where it listens and which keys it knows.
import { parseArgs } from 'node:util';
import { applyScenario, isScenarioName, SCENARIOS } from './scenarios';
import { startSimulator } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    scenario: { type: 'string', default: 'default' },
    seed: { type: 'string', default: '1' },
  },
});

const scenarioName = values.scenario;
if (!isScenarioName(scenarioName)) {
  process.stderr.write(`Unknown scenario "${scenarioName}". Known: ${Object.keys(SCENARIOS).join(', ')}\n`);
  process.exit(2);
}

const sim = await startSimulator({ port: Number(values.port), seed: Number(values.seed) });
const scenario = applyScenario(sim, scenarioName);

const lines = [
  `Lusha simulator listening on ${sim.url}`,
  `Scenario ${scenarioName}: ${scenario.description}`,
  `Directory: ${sim.directory.size} people (seed ${values.seed}), e.g. ${sim.directory.person(0).linkedinUrl}`,
  'Keys:',
  ...scenario.keys.map((k) => `  ${k.key}  account=${k.account}  state=${k.state ?? 'valid'}`),
  `Point the app at it with LUSHA_BASE_URL=${sim.url}`,
];
process.stdout.write(`${lines.join('\n')}\n`);

const stop = () => void sim.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

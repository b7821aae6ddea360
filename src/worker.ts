/** The worker-thread entry: the engine's worker with the built-in rules (the engine itself knows no rules). */
import { allRules } from '../rules/index.js';
import { workerMain } from './engine/worker.js';

await workerMain(allRules);

/** Runs in every test file: the temporary trees a file made are removed after its tests. */
import { afterAll } from 'vitest';
import { removeTrees } from './helpers/tree.js';

afterAll(removeTrees);

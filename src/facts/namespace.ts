/** The namespace the run deploys into: where objects written without a namespace are (helm template's --namespace). */
import { defineFact } from './types.js';

export const namespaceFact = defineFact<string>({
  id: 'namespace',
  build: (input) => input.namespace ?? 'default',
});

/**
 * The namespace the run deploys into: where objects written without a namespace are (helm template's
 * --namespace). A render without one is in helm's `default`; manifest streams without one are in a
 * namespace nobody said (UNKNOWN_NAMESPACE), so the set rules do not pin them to `default`.
 */
import { defineFact } from './types.js';

/** No namespace was given and none follows from a render. */
export const UNKNOWN_NAMESPACE = '';

export const namespaceFact = defineFact<string>({
  id: 'namespace',
  build: (input) => input.namespace ?? (input.render ? 'default' : UNKNOWN_NAMESPACE),
});

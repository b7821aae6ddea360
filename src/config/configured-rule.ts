/** What the config needs of a rule: its id, default severity and options schema (any rule shape has them). */
import type { SeveritySetting } from '../common/diagnostic.js';

export interface ConfiguredRule {
  id: string;
  meta: { description: string; severity: SeveritySetting; options: object; defaultOptions: unknown };
}

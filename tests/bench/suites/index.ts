// Every benchmark suite. Add a suite here; FILTER (a name prefix) picks which run.
import { browserSuite } from './browser';

export const suites = [browserSuite];

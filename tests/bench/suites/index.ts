// Every benchmark suite. Add a suite here; FILTER (a name prefix) picks which run.
import { browserSuite } from './browser';
import { captureSuite } from './capture';
import { dashboardSuite } from './dashboard';
import { matchSuite } from './match';
import { renderSuite } from './render';
import { storageSuite } from './storage';
import { teamSuite } from './team';
import { titlesSuite } from './titles';

export const suites = [browserSuite, titlesSuite, matchSuite, renderSuite, captureSuite, storageSuite, dashboardSuite, teamSuite];

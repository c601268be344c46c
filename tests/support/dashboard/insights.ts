// Test support: the dashboard's insight totals, computed by the Insights page's own loader over the whole history.
import { loadInsights } from '../../../src/ui/options/insights/load-insights';

export async function insightsFor() {
  return (await loadInsights(undefined)).totals;
}

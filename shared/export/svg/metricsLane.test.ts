import { describe, expect, it } from 'vitest';
import { metricsLaneDoc } from '../../../test/unit/metricsLaneFixture';
import { exportSvg } from './exportSvg';
import { drawnText, parseSvg, withClass } from './svgTree.test-support';

describe('SVG export of the survey metrics lane', () => {
  it('draws each stage its metrics with n, the interval below, and says when it has none', () => {
    const out = exportSvg(metricsLaneDoc(), 'j1', { background: 'white' });
    const root = parseSvg(out.svg);
    const words = drawnText(root);
    expect(words).toContain('SURVEY METRICS');
    expect(words).toContain('NPS +25 · n 4');
    expect(words).toContain('CSAT 67% · n 3');
    expect(words).toContain('95% CI 21% to 94%');
    expect(words).toContain('CES 6.0 · n 1');
    expect(words).toContain('No survey data');
    expect(withClass(root, 'stage-metric')).toHaveLength(4);
    expect(out.svg).toContain('<title>CSAT 67% · n 3, 95% CI 21% to 94%</title>');
  });
});

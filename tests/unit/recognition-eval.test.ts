// The recognition engine against the labelled pages the project wrote (tests/fixtures/eval): every
// name a person would mark there, and nothing else, within the targets.
import { describe, expect, it } from 'vitest';
import { scorePages } from '../../scripts/eval/eval-engine';
import { unlabel } from '../../scripts/eval/labelled-text';

describe('recognition on the labelled pages', () => {
  const { pages, total } = scorePages();

  it('reaches precision ≥ 0.97 and recall ≥ 0.95 overall', () => {
    console.log(`labelled evaluation: ${total.labels} labels, precision ${total.precision.toFixed(3)}, recall ${total.recall.toFixed(3)}`);
    expect(total.labels).toBeGreaterThanOrEqual(50);
    expect(total.precision).toBeGreaterThanOrEqual(0.97);
    expect(total.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('marks nothing on the pages that name no company (a recipe)', () => {
    const recipe = pages.find((page) => page.page.includes('recipe'));
    expect(recipe?.labels).toBe(0);
    expect(recipe?.falsePositives).toEqual([]);
  });

  it('reads labels as a person wrote them', () => {
    expect(unlabel('<p>[[Apple Inc.|apple]] and [[Meta|meta]]</p>')).toEqual({
      html: '<p>Apple Inc. and Meta</p>',
      labels: [{ text: 'Apple Inc.', companyId: 'apple' }, { text: 'Meta', companyId: 'meta' }],
    });
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { estimatorTypes, measures } from '../../src/lib/codebook';
import { setLocale } from '../../src/lib/i18n/runtime.svelte';

afterAll(() => setLocale('en'));

describe('the codebook in the interface language', () => {
  it('reads the data package in English', () => {
    expect(measures.label('workers_present')).toBe('Workers present');
    expect(measures.description('presence_reported')).toBe(
      'A source names the country as hosting North Korean workers but gives no number.',
    );
    expect(estimatorTypes.label('ngo_research')).toBe('NGO or research institute');
  });

  it('reads Korean for every measure and estimator type', async () => {
    await setLocale('ko');
    expect(measures.label('workers_present')).toBe('체류 노동자');
    expect(estimatorTypes.label('ngo_research')).toBe('NGO·연구기관');
    for (const measure of measures.values) {
      expect(measures.label(measure)).toMatch(/[가-힣]|^IT/);
      expect(measures.description(measure)).toMatch(/[가-힣]/);
    }
    for (const type of estimatorTypes.values) {
      expect(estimatorTypes.label(type)).toMatch(/[가-힣]|NGO/);
    }
  });
});

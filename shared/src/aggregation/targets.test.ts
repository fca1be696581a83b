import { compareToTarget } from './targets';

const value = (v: number) => ({ type: 'value' as const, value: v });

describe('compareToTarget', () => {
  it('higherIsBetter meets at or above the target', () => {
    expect(compareToTarget(36.67, value(33), 'higherIsBetter')).toBe('meets');
    expect(compareToTarget(33, value(33), 'higherIsBetter')).toBe('meets');
    expect(compareToTarget(32.9, value(33), 'higherIsBetter')).toBe('misses');
  });

  it('lowerIsBetter meets at or below the target (children per group, CO2e)', () => {
    expect(compareToTarget(15, value(16), 'lowerIsBetter')).toBe('meets');
    expect(compareToTarget(16, value(16), 'lowerIsBetter')).toBe('meets');
    expect(compareToTarget(631 / 39, value(16), 'lowerIsBetter')).toBe('misses');
    expect(compareToTarget(1.9, value(1.8), 'lowerIsBetter')).toBe('misses');
  });

  it('a value on the target up to floating-point rounding meets it, a real shortfall does not', () => {
    expect(compareToTarget((57 / 100) * 100, value(57), 'higherIsBetter')).toBe('meets'); // 56.99999999999999
    expect(compareToTarget(57 - 1e-6, value(57), 'higherIsBetter')).toBe('misses');
    expect(compareToTarget(0.1 + 0.2, value(0.3), 'lowerIsBetter')).toBe('meets'); // 0.30000000000000004
    expect(compareToTarget(1945.001, value(1945), 'lowerIsBetter')).toBe('misses');
  });

  it('is null without a value or a numeric target', () => {
    expect(compareToTarget(null, value(33), 'higherIsBetter')).toBeNull();
    expect(compareToTarget(12, null, 'higherIsBetter')).toBeNull();
    expect(compareToTarget(12, undefined, 'lowerIsBetter')).toBeNull();
    expect(compareToTarget(12, { type: 'text', text: 'Tas fram av nämnd' }, 'higherIsBetter')).toBeNull();
  });
});

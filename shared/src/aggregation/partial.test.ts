import fc from 'fast-check';
import { maxFactor } from '../schemas/figures';
import { Aggregation as AggregationSchema, type Aggregation } from '../schemas/indicator';
import { IndicatorReport } from '../schemas/report';
import type { IndicatorFigures } from './indicatorValue';
import { addUnit, emptyPartial, finalValue, mergeAllPartials, mergePartials, partialOf, pooledCounts, type PartialAggregate } from './partial';

const figures = (f: Partial<IndicatorFigures>): IndicatorFigures => ({ value: null, numerator: null, denominator: null, weight: null, ...f });
const share: Aggregation = { rule: 'ratioOfSums', numerator: 'legitimerade (åa)', denominator: 'anställda (åa)', factor: 100 };
const perGroup: Aggregation = { rule: 'ratioOfSums', numerator: 'barn', denominator: 'grupper', factor: 1 };
const survey: Aggregation = { rule: 'weightedMean', weight: 'svarande' };
const valueOf = (aggregation: Aggregation, units: IndicatorFigures[]) => finalValue(partialOf(aggregation, units), aggregation);

/** Relative comparison: sums computed in another order differ in the last bits. */
const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));

describe('partial aggregates: hand-computed examples', () => {
  it('a share is Σnumerators / Σdenominators, not the mean of unit percentages (DOMAIN.md)', () => {
    const units = [figures({ numerator: 10, denominator: 20 }), figures({ numerator: 1, denominator: 10 })];
    const p = partialOf(share, units);
    expect(pooledCounts(p)).toEqual({ numerator: 11, denominator: 30, weight: null });
    expect(finalValue(p, share)).toBeCloseTo(36.6667, 4); // 11/30, while (50 % + 10 %) / 2 = 30 %
    expect(finalValue(p, share)).not.toBeCloseTo(30, 1);
  });

  it('children per group is Σchildren / Σgroups', () => {
    // 120/8 = 15 and 511/31 ≈ 16.48; the plain mean ≈ 15.74 would wrongly meet a target of 16
    const units = [figures({ numerator: 120, denominator: 8 }), figures({ numerator: 511, denominator: 31 })];
    expect(valueOf(perGroup, units)).toBeCloseTo(631 / 39, 10);
    expect(valueOf(perGroup, units)).toBeCloseTo(16.1795, 4);
  });

  it('a survey result is weighted by respondents', () => {
    // 80 % of 200 and 95 % of 20: (16000 + 1900) / 220 = 81.36 %, not 87.5 %
    const units = [figures({ value: 80, weight: 200 }), figures({ value: 95, weight: 20 })];
    expect(valueOf(survey, units)).toBeCloseTo(17900 / 220, 10);
    expect(pooledCounts(partialOf(survey, units))).toEqual({ numerator: null, denominator: null, weight: 220 });
  });

  it('median of scale values: the middle one, or the mean of the two middle ones', () => {
    const median: Aggregation = { rule: 'median' };
    expect(valueOf(median, [3, 1, 4].map((value) => figures({ value })))).toBe(3);
    expect(valueOf(median, [2, 4, 3, 1].map((value) => figures({ value })))).toBe(2.5);
    expect(valueOf(median, [3.6, 2.1, 3.6, 3.9, 1.0].map((value) => figures({ value })))).toBe(3.6);
  });

  it('sum, min and max', () => {
    const units = [4, 0, 7.5].map((value) => figures({ value }));
    expect(valueOf({ rule: 'sum' }, units)).toBe(11.5);
    expect(valueOf({ rule: 'min' }, units)).toBe(0);
    expect(valueOf({ rule: 'max' }, units)).toBe(7.5);
  });

  it('no contributing unit gives null, not 0', () => {
    for (const aggregation of [share, survey, { rule: 'sum' }, { rule: 'median' }, { rule: 'min' }, { rule: 'max' }] as Aggregation[]) {
      expect(finalValue(emptyPartial(aggregation), aggregation)).toBeNull();
      expect(valueOf(aggregation, [figures({})])).toBeNull();
    }
    expect(pooledCounts(emptyPartial(share))).toEqual({ numerator: null, denominator: null, weight: null });
  });

  it('a pooled denominator or weight of 0 gives null', () => {
    expect(valueOf(perGroup, [figures({ numerator: 0, denominator: 0 })])).toBeNull();
    expect(valueOf(survey, [figures({ value: 3, weight: 0 })])).toBeNull();
    // a zero-denominator unit adds nothing to the others
    expect(valueOf(perGroup, [figures({ numerator: 0, denominator: 0 }), figures({ numerator: 30, denominator: 2 })])).toBe(15);
  });

  it('refuses to mix rules', () => {
    expect(() => mergePartials(emptyPartial(share), emptyPartial({ rule: 'sum' }))).toThrow();
    expect(() => finalValue(emptyPartial({ rule: 'min' }), { rule: 'max' })).toThrow();
  });
});

// --- property tests ---

const count = fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 200_000 }).map((n) => n / 100)); // FTE have decimals
const nonNegative = fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });
/** Any unit's figures, sometimes with fields missing. Values are non-negative like every indicator in the sources. */
const anyFigures: fc.Arbitrary<IndicatorFigures> = fc.record({ value: maybe(nonNegative), numerator: maybe(count), denominator: maybe(count), weight: maybe(fc.integer({ min: 0, max: 500 })) });
const aggregation: fc.Arbitrary<Aggregation> = fc.oneof(
  fc.constantFrom<Aggregation>({ rule: 'sum' }, { rule: 'median' }, { rule: 'min' }, { rule: 'max' }, { rule: 'weightedMean', weight: 'w' }),
  fc.constantFrom(1, 100, 1000).map((factor): Aggregation => ({ rule: 'ratioOfSums', numerator: 'n', denominator: 'd', factor })),
);

/** The value over all units in one pass, written directly from the definitions (an oracle independent of partials). */
function onePass(agg: Aggregation, units: IndicatorFigures[]): number | null {
  switch (agg.rule) {
    case 'ratioOfSums': {
      const used = units.filter((u) => u.numerator !== null && u.denominator !== null);
      const n = used.reduce((s, u) => s + u.numerator!, 0);
      const d = used.reduce((s, u) => s + u.denominator!, 0);
      return used.length === 0 || d === 0 ? null : (n * agg.factor) / d;
    }
    case 'weightedMean': {
      const used = units.filter((u) => u.value !== null && u.weight !== null);
      const w = used.reduce((s, u) => s + u.weight!, 0);
      return w === 0 ? null : used.reduce((s, u) => s + u.value! * u.weight!, 0) / w;
    }
    default: {
      const values = units.flatMap((u) => (u.value === null ? [] : [u.value]));
      if (values.length === 0) return null;
      if (agg.rule === 'sum') return values.reduce((s, v) => s + v, 0);
      if (agg.rule === 'min') return Math.min(...values);
      if (agg.rule === 'max') return Math.max(...values);
      const sorted = values.sort((a, b) => a - b);
      const m = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
    }
  }
}

/** Merges partials in a tree shaped by `choices`, sometimes swapping the operands. */
function mergeInShape(agg: Aggregation, parts: PartialAggregate[], choices: number[]): PartialAggregate {
  let c = 0;
  const next = () => choices[c++ % Math.max(1, choices.length)] ?? 0;
  const go = (xs: PartialAggregate[]): PartialAggregate => {
    if (xs.length === 0) return emptyPartial(agg);
    if (xs.length === 1) return next() % 3 === 0 ? mergePartials(emptyPartial(agg), xs[0]!) : xs[0]!;
    const cut = 1 + (next() % (xs.length - 1));
    const [l, r] = [go(xs.slice(0, cut)), go(xs.slice(cut))];
    return next() % 2 ? mergePartials(l, r) : mergePartials(r, l);
  };
  return go(parts);
}

describe('partial aggregates: properties', () => {
  it('(a) per-group partials merged in any grouping and order equal one pass over all units, for every rule', () => {
    fc.assert(
      fc.property(
        aggregation,
        fc.array(anyFigures, { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 40 }), // group boundaries
        fc.array(fc.nat(), { minLength: 1, maxLength: 60 }), // order of groups and merge-tree shape
        (agg, units, cuts, choices) => {
          // split the units into consecutive groups, fold each group with addUnit
          const bounds = [...new Set(cuts.map((c) => c % (units.length + 1)))].sort((a, b) => a - b);
          const groups: IndicatorFigures[][] = [];
          let start = 0;
          for (const b of [...bounds, units.length]) {
            groups.push(units.slice(start, Math.max(start, b)));
            start = Math.max(start, b);
          }
          const partials = groups.map((g) => g.reduce(addUnit, emptyPartial(agg)));
          // shuffle groups by the choices, then merge in a random tree
          const shuffled = partials.map((p, i) => ({ p, k: choices[i % choices.length]! * 31 + i })).sort((x, y) => x.k - y.k).map((x) => x.p);
          const merged = mergeInShape(agg, shuffled, choices);
          const expected = onePass(agg, units);
          expect(close(finalValue(merged, agg), expected)).toBe(true);
          expect(close(finalValue(mergeAllPartials(agg, partials), agg), expected)).toBe(true);
          expect(merged.units).toBe(partialOf(agg, units).units);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('(a) empty is the identity and merging is commutative', () => {
    fc.assert(
      fc.property(aggregation, fc.array(anyFigures, { maxLength: 10 }), fc.array(anyFigures, { maxLength: 10 }), (agg, xs, ys) => {
        const a = partialOf(agg, xs);
        const b = partialOf(agg, ys);
        expect(finalValue(mergePartials(a, emptyPartial(agg)), agg)).toBe(finalValue(a, agg));
        expect(finalValue(mergePartials(emptyPartial(agg), a), agg)).toBe(finalValue(a, agg));
        expect(close(finalValue(mergePartials(a, b), agg), finalValue(mergePartials(b, a), agg))).toBe(true);
      }),
    );
  });

  it('(b) ratioOfSums is the ratio of the pooled counts, and splitting a unit does not change it', () => {
    const ratioAgg = aggregation.filter((a) => a.rule === 'ratioOfSums');
    const unit = fc.record({ numerator: count, denominator: count });
    fc.assert(
      fc.property(ratioAgg, fc.array(unit, { minLength: 1, maxLength: 30 }), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (agg, units, pick, at) => {
        if (agg.rule !== 'ratioOfSums') return;
        const all = units.map((u) => figures(u));
        const p = partialOf(agg, all);
        const pooled = pooledCounts(p);
        expect(close(pooled.numerator, units.reduce((s, u) => s + u.numerator, 0))).toBe(true);
        expect(close(pooled.denominator, units.reduce((s, u) => s + u.denominator, 0))).toBe(true);
        const expected = pooled.denominator === 0 ? null : (pooled.numerator! * agg.factor) / pooled.denominator!;
        expect(close(finalValue(p, agg), expected)).toBe(true);

        // one unit reported as two parts (two preschools instead of one unit): the förvaltning value is unchanged.
        // A mean of unit percentages fails this.
        const i = pick % units.length;
        const u = units[i]!;
        const part = { numerator: u.numerator * at, denominator: u.denominator * at };
        const rest = { numerator: u.numerator - part.numerator, denominator: u.denominator - part.denominator };
        const split = [...all.slice(0, i), figures(part), figures(rest), ...all.slice(i + 1)];
        expect(close(finalValue(partialOf(agg, split), agg), expected)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('(c) a unit missing what the rule needs never changes the partial', () => {
    /** Figures lacking exactly what the rule needs; the other fields are arbitrary (a stale value, a stray weight). */
    const missingFor = (agg: Aggregation) =>
      anyFigures.map((f): IndicatorFigures => {
        if (agg.rule === 'ratioOfSums') return f.numerator === null ? f : { ...f, denominator: null };
        if (agg.rule === 'weightedMean') return f.value === null ? f : { ...f, weight: null };
        return { ...f, value: null };
      });
    fc.assert(
      fc.property(
        aggregation.chain((agg) => fc.tuple(fc.constant(agg), fc.array(anyFigures, { maxLength: 15 }), missingFor(agg), fc.nat(15))),
        ([agg, units, missing, at]) => {
          const base = partialOf(agg, units);
          expect(addUnit(base, missing)).toBe(base);
          const withMissing = [...units.slice(0, at), missing, ...units.slice(at)];
          expect(partialOf(agg, withMissing)).toEqual(partialOf(agg, units));
        },
      ),
    );
  });

  it('(e) no figures the stored-report schema accepts give an Infinity or NaN value or count, with any factor the indicator schema accepts', () => {
    // Finite, counts ≥ 0: what a stored report may hold, up to Number.MAX_VALUE and down to the smallest denominator.
    const extreme = fc.constantFrom(Number.MAX_VALUE, 1e308, 1e12, Number.MIN_VALUE, 1e-300);
    const anyFinite = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), extreme, extreme.map((x) => -x));
    const anyCount = fc.oneof(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }), extreme);
    const stored = fc.record({ value: maybe(anyFinite), numerator: maybe(anyCount), denominator: maybe(anyCount), weight: maybe(anyCount) });
    const anyAggregation = fc.oneof(
      aggregation,
      fc.oneof(fc.double({ min: Number.MIN_VALUE, max: maxFactor, noNaN: true }), fc.constant(maxFactor)).map((factor): Aggregation => ({ rule: 'ratioOfSums', numerator: 'n', denominator: 'd', factor })),
    );
    const scope = { id: 'r', forvaltningId: 'f', unitId: 'u', year: 2021, period: 'T1', indicatorId: 'i', comment: '' };
    fc.assert(
      fc.property(anyAggregation, fc.array(stored, { maxLength: 12 }), (agg, units) => {
        expect(AggregationSchema.safeParse(agg).success).toBe(true);
        for (const u of units) expect(IndicatorReport.safeParse({ ...scope, ...u }).success).toBe(true);
        const p = partialOf(agg, units);
        const value = finalValue(p, agg);
        expect(value === null || Number.isFinite(value)).toBe(true);
        for (const c of Object.values(pooledCounts(p))) expect(c === null || Number.isFinite(c)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

import { Field, SearchBox } from '@fluentui/react-components';
import type { PlanTree } from '@vp/shared';
import { useMemo } from 'react';
import { useStrings } from '../i18n/strings';
import { countMatches } from './filterPlan';

export interface PlanSearchProps {
  tree: PlanTree | null;
  query: string;
  onChange(query: string): void;
  className?: string;
}

/** The plan's search box; its hint tells, and screen readers hear, how many hits the search marks ("3 träffar"). */
export function PlanSearch({ tree, query, onChange, className }: PlanSearchProps) {
  const t = useStrings();
  const hits = useMemo(() => (tree && query.trim() ? countMatches(tree.goals, tree.sections, query) : null), [tree, query]);
  return (
    <Field label={t.search} hint={{ children: hits === null ? t.searchHint : t.matches(hits), role: 'status' }} className={className}>
      <SearchBox value={query} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}

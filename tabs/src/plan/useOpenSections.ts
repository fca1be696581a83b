import { useState } from 'react';

const none: ReadonlySet<string> = new Set();

function flip(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

/**
 * Which of the plan's texts are open: closed by default so the goals stay in view. A search opens the
 * texts it finds; the reader can still close one, until the query changes.
 * @param query the folded search query, '' when nothing is searched
 */
export function useOpenSections(query: string) {
  const [opened, setOpened] = useState<ReadonlySet<string>>(none);
  const [closedInSearch, setClosedInSearch] = useState<{ query: string; ids: ReadonlySet<string> }>({ query, ids: none });
  const searching = query !== '';
  const closed = closedInSearch.query === query ? closedInSearch.ids : none;
  return {
    isOpen: (id: string) => (searching ? !closed.has(id) : opened.has(id)),
    toggle(id: string) {
      if (searching) setClosedInSearch({ query, ids: flip(closed, id) });
      else setOpened(flip(opened, id));
    },
    openAll(ids: string[]) {
      setOpened(new Set(ids));
      setClosedInSearch({ query, ids: none });
    },
    closeAll(ids: string[]) {
      setOpened(none);
      setClosedInSearch({ query, ids: new Set(ids) });
    },
  };
}

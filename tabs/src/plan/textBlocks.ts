import { textBlocks } from '@vp/shared';

/** The pieces of a free text the reader sees (laid out by @vp/shared's textBlocks), each shown (and searched) on its own. */
export function shownPieces(text: string): string[] {
  return textBlocks(text).flatMap((b) => (b.kind === 'list' ? b.items : [b.text]));
}

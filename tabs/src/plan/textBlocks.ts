/** A free text's blocks as the plan shows them: paragraphs split by blank lines; a block of "- " lines is a list. */
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

export function textBlocks(text: string): TextBlock[] {
  return text
    .split(/\n{2,}/)
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      return lines.every((l) => l.startsWith('- ')) ? { kind: 'list', items: lines.map((l) => l.slice(2)) } : { kind: 'paragraph', text: block };
    });
}

/** The pieces of a free text the reader sees, each shown (and searched) on its own. */
export function shownPieces(text: string): string[] {
  return textBlocks(text).flatMap((b) => (b.kind === 'list' ? b.items : [b.text]));
}

/**
 * How a plan's free text is laid out, in the tab and in the Word exports alike: blank lines separate
 * blocks; a block whose every line starts with "- " is a bulleted list, any other block a paragraph
 * whose single line breaks are kept.
 */
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

export function textBlocks(text: string): TextBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block): TextBlock => {
      const lines = block.split('\n');
      return lines.every((line) => line.startsWith('- '))
        ? { kind: 'list', items: lines.map((line) => line.slice(2)) }
        : { kind: 'paragraph', text: block };
    });
}

import { TEXT_WIDTH, paragraphXml, type Block, type Run } from './docx';

export interface Column {
  header: string;
  /** relative width; the columns share the page's text width */
  width: number;
  /** numbers read best right-aligned */
  align?: 'left' | 'right';
}

/** A cell: text (line breaks kept) or runs with formatting. */
export type Cell = string | Run[];

export interface TableOptions {
  /** the last row is a total (bold, shaded) */
  totalRow?: boolean;
}

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"';
const HEADER_FILL = 'DCE3EE';
const TOTAL_FILL = 'F2F2F2';

function cellXml(cell: Cell, width: number, align: Column['align'], fill: string | null, bold: boolean): string {
  const runs = typeof cell === 'string' ? [{ text: cell }] : cell;
  const shaded = fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : '';
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shaded}</w:tcPr>${paragraphXml(
    runs.map((r) => (bold ? { ...r, bold: true } : r)),
    { style: 'TableText', align },
  )}</w:tc>`;
}

/**
 * A full-width table with a header row that repeats on every page and rows that do not split
 * across pages. Rows shorter than the columns are padded with empty cells.
 */
export function table(columns: Column[], rows: Cell[][], options: TableOptions = {}): Block {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => Math.floor((c.width / total) * TEXT_WIDTH));
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('');
  const tblPr = `<w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>`;
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const header = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${columns
    .map((c, i) => cellXml(c.header, widths[i]!, c.align, HEADER_FILL, true))
    .join('')}</w:tr>`;
  const body = rows
    .map((row, r) => {
      const isTotal = options.totalRow === true && r === rows.length - 1;
      const cells = columns.map((c, i) => cellXml(row[i] ?? '', widths[i]!, c.align, isTotal ? TOTAL_FILL : null, isTotal));
      return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`;
    })
    .join('');
  return { kind: 'tbl', xml: `<w:tbl>${tblPr}${grid}${header}${body}</w:tbl>` };
}

import { BorderStyle, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { TEXT_WIDTH, paragraph, type Run } from './wordDocument';

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

const BORDER = { style: BorderStyle.SINGLE, size: 4, space: 0, color: 'A6A6A6' };
const HEADER_FILL = 'DCE3EE';
const TOTAL_FILL = 'F2F2F2';

function cell(content: Cell, width: number, align: Column['align'], fill: string | null, bold: boolean): TableCell {
  const runs = typeof content === 'string' ? [{ text: content }] : content;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
    children: [paragraph(bold ? runs.map((r) => ({ ...r, bold: true })) : runs, { style: 'TableText', align })],
  });
}

/**
 * A full-width table with a header row that repeats on every page and rows that do not split
 * across pages. Rows shorter than the columns are padded with empty cells.
 */
export function table(columns: Column[], rows: Cell[][], options: TableOptions = {}): Table {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => Math.floor((c.width / total) * TEXT_WIDTH));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(c.header, widths[i]!, c.align, HEADER_FILL, true)),
  });
  const body = rows.map((row, r) => {
    const isTotal = options.totalRow === true && r === rows.length - 1;
    return new TableRow({
      cantSplit: true,
      children: columns.map((c, i) => cell(row[i] ?? '', widths[i]!, c.align, isTotal ? TOTAL_FILL : null, isTotal)),
    });
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    margins: { top: 28, bottom: 28, left: 85, right: 85 },
    rows: [header, ...body],
  });
}

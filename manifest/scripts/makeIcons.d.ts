export const ACCENT_COLOR: string;
export function renderColorIcon(): Buffer;
export function renderOutlineIcon(): Buffer;

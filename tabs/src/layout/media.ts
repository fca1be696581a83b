// The widths and pointers the tab adapts to, as Griffel media keys.

/** Phones (and a laptop zoomed to 200 %): too narrow for a table of several columns side by side. */
export const narrowScreen = '@media (max-width: 40rem)';

/** Where a finger taps: a narrow screen, or any screen whose main pointer is coarse (a tablet in Teams mobile). */
export const touchScreenQuery = '(max-width: 40rem), (pointer: coarse)';

import { z } from 'zod';

/**
 * The largest magnitude a reported figure or target may have. Far above any real indicator (a
 * förvaltning's yearly costs in kronor stay below 10^11), and small enough that sums over thousands of
 * units, and value × weight, stay finite — whole numbers even stay exact (below 2^53).
 */
export const maxFigure = 1e12;
const maxFigureText = '1 000 000 000 000';

/** A reported value or a target: a finite number of at most maxFigure either way (a change can be negative). */
export const FigureValue = z.number().min(-maxFigure, `Minst −${maxFigureText}`).max(maxFigure, `Högst ${maxFigureText}`);

/** A reported count (numerator, denominator, weight): 0 or more, at most maxFigure. */
export const FigureCount = z.number().min(0, 'Kan inte vara negativt').max(maxFigure, `Högst ${maxFigureText}`);

/** The largest factor of a ratio (×100 for per cent, ×1 000 for per mille, ×100 000 per 100 000 inhabitants, …). */
export const maxFactor = 1e6;

export const outOfRangeMessage = `Värdet blir större än ${maxFigureText}`;

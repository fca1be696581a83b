import {
  buttonClassNames,
  checkboxClassNames,
  inputClassNames,
  linkClassNames,
  makeStaticStyles,
  radioClassNames,
  searchBoxClassNames,
  selectClassNames,
} from '@fluentui/react-components';
import { touchScreenQuery } from './media';

/** WCAG 2.5.5's target size, and what Apple and Microsoft ask of touch targets. */
const size = '44px';

// Fluent's controls are 24–32 px tall, made for a mouse. On touch screens every one of them, on every page and in
// dialogs (which render outside the page), gets at least 44×44 px: one global rule on Fluent's stable class names,
// rather than a class on each control. "body" outranks Fluent's single-class rules whatever their order.
const css = `@media ${touchScreenQuery} {
  body .${buttonClassNames.root}, body .${searchBoxClassNames.dismiss} { min-height: ${size}; min-width: ${size}; }
  body .${selectClassNames.select}, body .${inputClassNames.input} { min-height: ${size}; }
  body .${radioClassNames.root}, body .${checkboxClassNames.root} { min-height: ${size}; align-items: center; }
  /* Fluent pins a checkbox's box to the top of its row; in the taller row it would sit above its label. */
  body .${checkboxClassNames.indicator} { align-self: center; }
  /* A link inside running text keeps the line's height (WCAG 2.5.8 exempts it); a link standing alone grows. */
  body .${linkClassNames.root}:not(p .${linkClassNames.root}) { display: inline-flex; align-items: center; min-height: ${size}; min-width: ${size}; }
}`;

/** Call once at the root: controls at least 44×44 px wherever fingers tap. */
export const useTouchTargets = makeStaticStyles(css);

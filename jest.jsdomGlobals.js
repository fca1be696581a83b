// jsdom's window lacks TextEncoder/TextDecoder, which Node has: tests that render the tab and also
// build a Word file (numbersMatchExports) run the docx package inside jsdom. Node's own are used.
const { TextDecoder, TextEncoder } = require('node:util');

globalThis.TextEncoder ??= TextEncoder;
globalThis.TextDecoder ??= TextDecoder;

// jsdom has no innerText, which the adaptivecards renderer writes its text with (the tab shows a
// channel card as posted). Setting it as browsers do: the text, each line break a <br>.
if (typeof HTMLElement !== 'undefined' && !('innerText' in HTMLElement.prototype)) {
  Object.defineProperty(HTMLElement.prototype, 'innerText', {
    configurable: true,
    get() {
      return this.textContent;
    },
    set(value) {
      this.replaceChildren();
      String(value)
        .split('\n')
        .forEach((line, i) => {
          if (i > 0) this.appendChild(this.ownerDocument.createElement('br'));
          if (line) this.appendChild(this.ownerDocument.createTextNode(line));
        });
    },
  });
}

// jsdom's window lacks TextEncoder/TextDecoder, which Node has: tests that render the tab and also
// build a Word file (numbersMatchExports) run the docx package inside jsdom. Node's own are used.
const { TextDecoder, TextEncoder } = require('node:util');

globalThis.TextEncoder ??= TextEncoder;
globalThis.TextDecoder ??= TextDecoder;

import { textBlocks } from './textBlocks';

it('splits paragraphs at blank lines and keeps single line breaks', () => {
  expect(textBlocks('Ett\nmed rad.\n\n \nTvå.\r\n\r\nTre.\n')).toEqual([
    { kind: 'paragraph', text: 'Ett\nmed rad.' },
    { kind: 'paragraph', text: 'Två.' },
    { kind: 'paragraph', text: 'Tre.' },
  ]);
  expect(textBlocks('  \n\n')).toEqual([]);
});

it('reads a block of "- " lines as a list, and a block that only starts with one as a paragraph', () => {
  expect(textBlocks('Insatser:\n\n- Rektorsprogrammet.\n- Vfu-handledarutbildning.\n\n- Ett\ninte en lista')).toEqual([
    { kind: 'paragraph', text: 'Insatser:' },
    { kind: 'list', items: ['Rektorsprogrammet.', 'Vfu-handledarutbildning.'] },
    { kind: 'paragraph', text: '- Ett\ninte en lista' },
  ]);
});

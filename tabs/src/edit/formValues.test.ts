import { bodyOf, changedFields, formValuesOf, lineNumberOf, messagesByField } from './formValues';

const spec = { title: 'line', results: 'lines', notes: 'text' } as const;
const lineError = (line: number, message: string) => `Rad ${line}: ${message}`;

test('items become texts and back', () => {
  const values = formValuesOf(spec, { title: 'Mål', results: ['Ett', 'Två'], notes: ' fritt \n' });
  expect(values).toEqual({ title: 'Mål', results: 'Ett\nTvå', notes: ' fritt \n' });
  expect(bodyOf(spec, { title: '  Mål ', results: '\n Ett \n\nTvå\n', notes: ' fritt ' })).toEqual({ title: 'Mål', results: ['Ett', 'Två'], notes: ' fritt ' });
  expect(formValuesOf(spec)).toEqual({ title: '', results: '', notes: '' });
});

test('changes are compared as saved values', () => {
  const base = formValuesOf(spec, { title: 'Mål', results: ['Ett'], notes: '' });
  expect(changedFields(spec, { ...base, title: 'Mål  ', results: 'Ett\n' }, base)).toEqual([]);
  expect(changedFields(spec, { ...base, results: 'Ett\nTvå' }, base)).toEqual(['results']);
});

test('errors land on their fields, naming the line of a list', () => {
  const values = { title: '', results: 'Ett\n\nTvå', notes: '' };
  const sorted = messagesByField(spec, values, [
    { field: 'title', message: 'Får inte vara tom' },
    { field: 'title', message: 'Andra felet' },
    { field: 'results.1', message: 'För lång' },
    { field: 'parentId', message: 'Överordnat mål saknas' },
  ], lineError);
  expect(sorted).toEqual({ byField: { title: 'Får inte vara tom', results: 'Rad 3: För lång' }, other: ['Överordnat mål saknas'] });
  expect(lineNumberOf('a\n\n\nb', 1)).toBe(4);
});

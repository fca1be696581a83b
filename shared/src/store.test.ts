import { isStoreError, storeErrors } from './store';

describe('storeErrors.invalidRow', () => {
  it('names the kind, our id, the SharePoint row and each wrong field', () => {
    const error = storeErrors.invalidRow('goal', { itemId: 'hag-em-1', listItemId: '17' }, [
      { field: 'title', message: 'För kort' },
      { field: 'expectedResults.2', message: 'Otillåtet styrtecken (U+0007) på plats 3' },
    ]);
    expect(isStoreError(error, 'STORED_DATA_INVALID')).toBe(true);
    expect(error.message).toBe(
      'Målet "hag-em-1" (rad 17 i SharePoint-listan) har ogiltiga värden: title – För kort; expectedResults.2 – Otillåtet styrtecken (U+0007) på plats 3. ' +
        'Rätta raden i SharePoint eller återställ en tidigare version.',
    );
  });

  it('says the content is not JSON, and names the row alone when our id cannot be read', () => {
    expect(storeErrors.invalidRow('indicator', { listItemId: '4' }, 'notJson').message).toBe(
      'Indikatorn på rad 4 i SharePoint-listan kan inte läsas: innehållet är inte giltig JSON. Rätta raden i SharePoint eller återställ en tidigare version.',
    );
  });

  it('words a problem with the whole item without a field name, and names audit entries', () => {
    expect(storeErrors.invalidRow('audit', { itemId: 'a1', listItemId: '9' }, [{ field: '', message: 'Ogiltig indata' }]).message).toMatch(
      /^Historikposten "a1" \(rad 9 i SharePoint-listan\) har ogiltiga värden: Ogiltig indata\. /,
    );
  });

  it('names at most five fields and counts the rest', () => {
    const problems = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((field) => ({ field, message: 'Saknas' }));
    const { message } = storeErrors.invalidRow('plan', { itemId: 'p1', listItemId: '2' }, problems);
    expect(message).toContain('e – Saknas (och 2 fält till).');
    expect(message).not.toContain('f – ');
  });
});

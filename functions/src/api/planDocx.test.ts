import { startApiHost, type ApiHost } from '../testing/apiHost';
import { readDocx } from '../testing/docxReader';

let api: ApiHost;
beforeAll(async () => {
  api = await startApiHost();
});
afterAll(() => api.stop());

describe('the plan as a Word document', () => {
  it('downloads the unit’s whole plan with a Swedish file name', async () => {
    const response = await api.call('/units/malarhojden-vastertorps-forskolor/plans/2021.docx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toBe(
      "attachment; filename=\"Verksamhetsplan 2021 Malarhojden/Vastertorps forskolor.docx\"; filename*=UTF-8''Verksamhetsplan%202021%20M%C3%A4larh%C3%B6jden%2FV%C3%A4stertorps%20f%C3%B6rskolor.docx",
    );
    const doc = readDocx(new Uint8Array(await response.arrayBuffer()));
    expect(doc.paragraphs.slice(0, 4).map((p) => p.text)).toEqual([
      'Verksamhetsplan 2021',
      'Mälarhöjden/Västertorps förskolor',
      'Hägersten-Älvsjö stadsdelsförvaltning',
      'Upprättad av Jeanette Smedjer',
    ]);
    expect(doc.paragraphs.find((p) => p.style === 'Heading1')!.text).toBe('Inledning');
  });

  it('shows an edit in the next download', async () => {
    const created = await api.call('/units/hagerstensasens-forskolor/plans/2021/activities', {
      method: 'POST',
      as: 'dev-rektor-hag',
      body: JSON.stringify({ parentId: 'hag-em-1', text: 'Studiedag om lärmiljöer', start: '2021-03-01', end: '2021-03-01', responsible: 'Rektor', resources: '' }),
    });
    expect(created.status).toBe(201);
    const doc = readDocx(new Uint8Array(await (await api.call('/units/hagerstensasens-forskolor/plans/2021.docx')).arrayBuffer()));
    expect(doc.tables.flat()).toContainEqual(['Studiedag om lärmiljöer', '2021-03-01', '2021-03-01', 'Rektor', '']);
  });

  it('answers 404 for a year without a plan and 400 for a malformed year', async () => {
    expect((await api.call('/units/hagerstensasens-forskolor/plans/2020.docx')).status).toBe(404);
    expect((await api.call('/units/hagerstensasens-forskolor/plans/20x1.docx')).status).toBe(400);
    expect((await api.call('/units/nope/plans/2021.docx')).status).toBe(404);
  });
});

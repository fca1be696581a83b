// The plan page's Word download in a browser: the link the tab renders fetches the unit's whole plan.
import { readDocx } from '../../functions/src/testing/docxReader';
import { flowTimeoutMs, planHash, startTab, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

let tab: TabFixture;
beforeAll(async () => {
  tab = await startTab();
});
afterAll(() => tab?.stop());

it('offers the plan as a Word document, which downloads from the link as the tab resolves it', async () => {
  const { page, errors } = await tab.open(planHash);
  const link = page.getByRole('link', { name: 'Ladda ner planen som Word', exact: true });
  await link.waitFor();
  await expect(link.getAttribute('download')).resolves.toBe('');
  // Chromium here does not save downloads; fetch what the link points at, from the page, as a click would.
  const download = await link.evaluate(async (a: HTMLAnchorElement) => {
    const response = await fetch(a.href);
    return { type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), bytes: [...new Uint8Array(await response.arrayBuffer())] };
  });
  expect(download.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  expect(download.disposition).toContain("filename*=UTF-8''Verksamhetsplan%202021%20H%C3%A4gerstens%C3%A5sens%20f%C3%B6rskolor.docx");
  const doc = readDocx(new Uint8Array(download.bytes));
  expect(doc.paragraphs.slice(0, 2).map((p) => p.text)).toEqual(['Verksamhetsplan 2021', 'Hägerstensåsens förskolor']);
  await page.screenshot({ path: `${__dirname}/screenshots/plan-download.png` });
  expect(errors).toEqual([]);
});

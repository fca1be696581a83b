/**
 * @jest-environment jsdom
 */
import { AdaptiveCard, OpenUrlAction, SerializationContext, Versions, type Action } from 'adaptivecards';
import { approvalCard, type ApprovalCardEvent } from '@vp/shared';

const link = 'https://teams.microsoft.com/l/entity/app-id/verksamhetsplan?webUrl=https%3A%2F%2Fplan.example.se%2Findex.html%23%2Freport%2Fhag%2F2025%2FT1';

const returned: ApprovalCardEvent = {
  id: 'ev-1',
  approvalId: 'unitReport:hag:2025:T1',
  subject: 'unitReport',
  forvaltningId: 'hagersten-alvsjo',
  unitId: 'hag',
  year: 2025,
  period: 'T1',
  action: 'return',
  from: 'submitted',
  to: 'returned',
  version: 1,
  at: '2025-05-12T12:30:00.000Z',
  by: { id: 'chef', name: 'Anna <Avdelningschef> & Co' },
  comment: '**Mål 2** saknar analys 🙂\n\n- <b>inte fet</b> & [ingen länk](https://example.com)',
  requestKey: 'k',
  digest: {
    title: 'Hägerstensåsens förskolor – Tertialrapport 1 2025',
    goals: 6,
    indicators: 14,
    activities: 23,
    progress: { filled: 17, total: 20 },
    assessed: { fully: 3, partly: 2, not: 1, none: 0 },
    belowTarget: [{ indicatorId: 'i1', name: 'Andel barn med språkutvecklande samtal', value: '62,5 %', target: '80 %' }],
  },
};

// The card's TextBlocks hold only its own plain words: drawn as text, as without a markdown library.
AdaptiveCard.onProcessMarkdown = () => undefined;

function render(json: Record<string, unknown>) {
  const card = new AdaptiveCard();
  card.parse(json, new SerializationContext(Versions.v1_5));
  const opened: string[] = [];
  card.onExecuteAction = (action: Action) => {
    if (action instanceof OpenUrlAction && action.url) opened.push(action.url);
  };
  const element = card.render();
  if (!element) throw new Error('not rendered');
  document.body.replaceChildren(element);
  return { element, opened };
}

describe('the channel card drawn by adaptivecards (as the tab and Teams web show it)', () => {
  it('shows what was returned, by whom, the digest, the indicator below target and the comment as written', () => {
    const { element } = render(approvalCard({ event: returned, subjectName: 'Hägerstensåsens förskolor', link }));
    const text = element.textContent ?? '';
    for (const expected of [
      'Återremitterad',
      'Hägerstensåsens förskolor – Tertialrapport 1 2025',
      'Återremitterad av Anna <Avdelningschef> & Co, 12 maj 2025 kl. 14:30',
      'Ifyllt',
      '17 av 20',
      'Andel barn med språkutvecklande samtal',
      '62,5 %',
      '80 %',
      'Det här behöver ändras',
      '**Mål 2** saknar analys 🙂',
      '- <b>inte fet</b> & [ingen länk](https://example.com)',
    ]) {
      expect(text).toContain(expected);
    }
    // what people wrote stays text: no element or link made of it
    expect(element.querySelector('b, script, a[href="https://example.com"]')).toBeNull();
  });

  it('has one button, and it opens the deep link', () => {
    const { element, opened } = render(approvalCard({ event: { ...returned, action: 'approve', to: 'approved', comment: '' }, subjectName: 'Hägerstensåsens förskolor', link }));
    const buttons = [...element.querySelectorAll<HTMLElement>('button, [role="button"]')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Öppna rapporten']);
    buttons[0]!.click();
    expect(opened).toEqual([link]);
  });
});

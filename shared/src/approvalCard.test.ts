import { approvalCard, isPostedAction, postedActions, type ApprovalCardEvent } from './approvalCard';
import { approvalDeepLink } from './approvalLink';
import type { ApprovalDigest } from './schemas/approval';
import { adaptiveCardProblems } from './testing/adaptiveCard';

const link = 'https://teams.microsoft.com/l/entity/app/verksamhetsplan?context=%7B%7D';

const planDigest: ApprovalDigest = { title: 'Hägerstensåsens förskolor – Verksamhetsplan 2025', goals: 6, indicators: 14, activities: 23, progress: null, assessed: null, belowTarget: null };

const reportDigest: ApprovalDigest = {
  title: 'Hägerstensåsens förskolor – Tertialrapport 1 2025',
  goals: 6,
  indicators: 14,
  activities: 23,
  progress: { filled: 17, total: 20 },
  assessed: { fully: 3, partly: 2, not: 1, none: 0 },
  belowTarget: [
    { indicatorId: 'i1', name: 'Andel barn med språkutvecklande samtal', value: '62,5 %', target: '80 %' },
    { indicatorId: 'i2', name: 'Barn per årsarbetare', value: '5,4', target: '4,9' },
  ],
};

function event(overrides: Partial<ApprovalCardEvent>): ApprovalCardEvent {
  return {
    id: 'ev-1',
    approvalId: 'unitReport:hag:2025:T1',
    subject: 'unitReport',
    forvaltningId: 'hagersten-alvsjo',
    unitId: 'hag',
    year: 2025,
    period: 'T1',
    action: 'approve',
    from: 'submitted',
    to: 'approved',
    version: 1,
    at: '2025-05-12T12:30:00.000Z',
    by: { id: 'rektor-1', name: 'Rut Rektor' },
    comment: '',
    requestKey: 'key-1',
    digest: reportDigest,
    ...overrides,
  };
}

type Element = Record<string, unknown> & { type: string };

/** Every element and action of the card, depth first. */
function elements(node: unknown): Element[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (typeof node !== 'object' || node === null) return [];
  const children = Object.values(node).flatMap(elements);
  return 'type' in node ? [node as Element, ...children] : children;
}

/** The card's words in order, as a reader sees them (texts, facts, runs). */
function words(card: Record<string, unknown>): string {
  return elements([card.body, card.actions])
    .flatMap((e) => {
      if (e.type === 'FactSet') return (e.facts as { title: string; value: string }[]).map((f) => `${f.title}: ${f.value}`);
      if (e.type === 'Action.OpenUrl') return [`[${String(e.title)}]`];
      return typeof e.text === 'string' ? [e.text] : [];
    })
    .join('\n');
}

const planApproved = approvalCard({ event: event({ subject: 'unitPlan', approvalId: 'unitPlan:hag:2025', period: null, digest: planDigest, comment: 'Bra jobbat!' }), subjectName: 'Hägerstensåsens förskolor', link });
const reportReturned = approvalCard({
  event: event({
    action: 'return',
    to: 'returned',
    version: 2,
    by: { id: 'chef-1', name: 'Anna Avdelningschef' },
    comment: 'Mål 2 saknar analys.\nIndikatorn om språk behöver en kommentar.\n\nHör av dig om du undrar något.\r\nMvh Anna\n' + 'Lång text. '.repeat(400),
  }),
  subjectName: 'Hägerstensåsens förskolor',
  link,
});
const summaryApproved = approvalCard({
  event: event({ subject: 'summary', approvalId: 'summary:hagersten-alvsjo:2025:T1', unitId: null, by: { id: 'chef-1', name: 'Anna Avdelningschef' }, digest: { ...reportDigest, title: 'Hägersten-Älvsjö – Tertialsammanställning 1 2025' } }),
  subjectName: 'Hägersten-Älvsjö stadsdelsförvaltning',
  link,
});
const manyBelow = approvalCard({
  event: event({
    digest: {
      ...reportDigest,
      belowTarget: Array.from({ length: 200 }, (_, i) => ({ indicatorId: `i${i}`, name: `Indikator ${i} ${'med ett mycket långt namn '.repeat(40)}`, value: `${i} %`, target: '100 %' })),
    },
    comment: 'x'.repeat(20_000),
  }),
  subjectName: 'Hägerstensåsens förskolor',
  link,
});
const noneBelow = approvalCard({ event: event({ digest: { ...reportDigest, belowTarget: [] } }), subjectName: 'Hägerstensåsens förskolor', link });
const awkward = '**Inte fet** _inte kursiv_ [inte en länk](https://example.com) # ingen rubrik\n- ingen lista 🎉 <script>alert(1)</script> & "citat" \\ {{DATE(2025-01-01T00:00:00Z)}}';
const awkwardCard = approvalCard({
  event: event({ comment: awkward, by: { id: 'r', name: 'Åsa <Öberg> & Co 😀' }, digest: { ...reportDigest, title: '*Enhet* <b>fet</b> & [x](y)' } }),
  subjectName: '# Enhet & <Co>',
  link,
});

const cards = { planApproved, reportReturned, summaryApproved, manyBelow, noneBelow, awkwardCard };

describe('the channel card', () => {
  it.each(Object.entries(cards))('%s is a valid Adaptive Card 1.5 with one OpenUrl button to the link', (_, card) => {
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(card.version).toBe('1.5');
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: expect.any(String), url: link }]);
    expect(elements(card).filter((e) => e.type.startsWith('Action.')).map((e) => e.type)).toEqual(['Action.OpenUrl']);
  });

  it.each(Object.entries(cards))('%s fits in a Teams message (about 28 KB) with its attachment', (_, card) => {
    const message = { body: { contentType: 'html', content: '<attachment id="ev-1"></attachment>' }, attachments: [{ id: 'ev-1', contentType: 'application/vnd.microsoft.card.adaptive', content: JSON.stringify(card) }] };
    expect(Buffer.byteLength(JSON.stringify(message))).toBeLessThan(24_000);
  });

  it('says what was approved, by whom and when, in Swedish time, and what the plan holds', () => {
    expect(words(planApproved)).toBe(
      [
        'Godkänd',
        'Hägerstensåsens förskolor – Verksamhetsplan 2025',
        'Godkänd av Rut Rektor, 12 maj 2025 kl. 14:30',
        'Enhet: ',
        'Hägerstensåsens förskolor',
        'Mål: 6',
        'Indikatorer: 14',
        'Aktiviteter: 23',
        'Kommentar',
        'Bra jobbat!',
        '[Öppna planen]',
      ].join('\n'),
    );
  });

  it('tells a returned report with its version, the digest, the indicators below target and the comment line by line, shortened', () => {
    const text = words(reportReturned);
    expect(text).toContain('Återremitterad\nHägerstensåsens förskolor – Tertialrapport 1 2025\nÅterremitterad av Anna Avdelningschef, 12 maj 2025 kl. 14:30 (version 2)');
    expect(text).toContain('Ifyllt: 17 av 20\nMål som uppfylls helt: 3\nMål som uppfylls delvis: 2\nMål som inte uppfylls: 1\nMål utan bedömning: 0');
    expect(text).toContain('Indikatorer som inte når målvärdet (2)\nIndikator\nVärde\nMålvärde\nAndel barn med språkutvecklande samtal\n62,5 %\n80 %\nBarn per årsarbetare\n5,4\n4,9');
    expect(text).toContain('Det här behöver ändras\nMål 2 saknar analys.\nIndikatorn om språk behöver en kommentar.\nHör av dig om du undrar något.\nMvh Anna\nLång text.');
    expect(text).toContain('…\nKommentaren är förkortad här. Hela finns i Verksamhetsplan.\n[Öppna rapporten]');
    // a blank line in the comment is a paragraph's spacing, a line break none
    const comment = elements(reportReturned.body).filter((e) => e.type === 'RichTextBlock').slice(-5);
    expect(comment.map((e) => e.spacing)).toEqual(['Small', 'None', 'Medium', 'None', 'None']);
    expect(text).not.toContain('Kommentar\n');
  });

  it('names the förvaltning for the summary and opens the summary', () => {
    expect(words(summaryApproved)).toContain('Godkänd av Anna Avdelningschef, 12 maj 2025 kl. 14:30\nFörvaltning: \nHägersten-Älvsjö stadsdelsförvaltning');
    expect(summaryApproved.actions).toEqual([expect.objectContaining({ title: 'Öppna sammanställningen' })]);
  });

  it('shows ten indicators below target and counts the rest; says so when none is below', () => {
    const tables = elements(manyBelow).filter((e) => e.type === 'Table');
    expect(tables).toHaveLength(1);
    expect((tables[0]!.rows as unknown[]).length).toBe(11);
    expect(words(manyBelow)).toContain('Indikatorer som inte når målvärdet (200)');
    expect(words(manyBelow)).toContain('… och 190 till. Alla finns i Verksamhetsplan.');
    expect(words(noneBelow)).toContain('Alla indikatorer når sina målvärden.');
    expect(elements(noneBelow).some((e) => e.type === 'Table')).toBe(false);
    expect(words(planApproved)).not.toContain('målvärd');
  });

  it('keeps what people wrote as written, in TextRuns (never markdown), and the card survives JSON', () => {
    const runs = elements(awkwardCard).filter((e) => e.type === 'TextRun').map((e) => e.text);
    expect(runs).toEqual(expect.arrayContaining(['*Enhet* <b>fet</b> & [x](y)', '# Enhet & <Co>', ...awkward.split('\n')]));
    expect(runs.some((t) => typeof t === 'string' && t.includes('Åsa <Öberg> & Co 😀'))).toBe(true);
    // every text from a person is in a TextRun: TextBlocks and facts hold only the card's own words
    const ownWords = elements(awkwardCard).filter((e) => e.type === 'TextBlock').map((e) => e.text);
    expect(ownWords.join(' ')).not.toMatch(/[<>&*#]/);
    expect(JSON.parse(JSON.stringify(awkwardCard))).toEqual(awkwardCard);
  });

  it('is posted for approve and return only', () => {
    expect(postedActions).toEqual(['approve', 'return']);
    expect(['submit', 'approve', 'return', 'reopen'].filter((a) => isPostedAction(a as never))).toEqual(['approve', 'return']);
  });
});

describe('adaptiveCardProblems', () => {
  const good = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Hej' }] };

  it('finds nothing wrong with a plain 1.5 card', () => {
    expect(adaptiveCardProblems(good)).toEqual([]);
  });

  it.each([
    ['a card version above 1.5', { ...good, version: '1.6' }, /1\.6/],
    ['an unknown element', { ...good, body: [{ type: 'Carousell' }] }, /UnknownElementType/],
    ['an unknown action', { ...good, actions: [{ type: 'Action.Open', url: 'https://x' }] }, /UnknownActionType/],
    ['a made-up property', { ...good, body: [{ type: 'TextBlock', text: 'Hej', colour: 'Good' }] }, /\/body\/0\/colour/],
    ['a property newer than 1.5', { ...good, body: [{ type: 'Image', url: 'https://x/a.png', forceLoad: true }] }, /UnsupportedProperty.*forceLoad/],
    ['an invalid value', { ...good, body: [{ type: 'TextBlock', text: 'Hej', weight: 'Heavy' }] }, /weight|InvalidPropertyValue/],
    ['a missing required property', { ...good, actions: [{ type: 'Action.OpenUrl', title: 'Öppna' }] }, /PropertyCantBeNull.*url/],
    ['no version', { type: 'AdaptiveCard', body: [] }, /version/],
  ])('reports %s', (_, card, expected) => {
    expect(adaptiveCardProblems(card).join('\n')).toMatch(expected);
  });
});

describe('approvalDeepLink', () => {
  const report = { subject: 'unitReport' as const, forvaltningId: 'hagersten-alvsjo', unitId: 'hag skola', year: 2025, period: 'T1' as const };

  it('links to the channel tab in Teams, with the route as its sub-page and the tab page as fallback', () => {
    const url = new URL(approvalDeepLink(report, '19:abc@thread.tacv2', { tabUrl: 'https://plan.example.se/index.html', teamsAppId: '11111111-2222-3333-4444-555555555555' }));
    expect(`${url.origin}${url.pathname}`).toBe('https://teams.microsoft.com/l/entity/11111111-2222-3333-4444-555555555555/verksamhetsplan');
    expect(url.searchParams.get('webUrl')).toBe('https://plan.example.se/index.html#/report/hag%20skola/2025/T1');
    expect(JSON.parse(url.searchParams.get('context')!)).toEqual({ subEntityId: '#/report/hag%20skola/2025/T1', channelId: '19:abc@thread.tacv2' });
    expect(url.search).not.toContain('+');
  });

  it('opens the tab page itself without a Teams app (local mode)', () => {
    const settings = { tabUrl: 'http://localhost:7071/index.html', teamsAppId: null };
    expect(approvalDeepLink(report, null, settings)).toBe('http://localhost:7071/index.html#/report/hag%20skola/2025/T1');
    expect(approvalDeepLink({ ...report, subject: 'unitPlan', period: null }, null, settings)).toBe('http://localhost:7071/index.html#/plan/hag%20skola/2025');
    expect(approvalDeepLink({ ...report, subject: 'summary', unitId: null }, null, settings)).toBe('http://localhost:7071/index.html#/overview/hagersten-alvsjo/2025/T1');
  });

  it('refuses a target that names no page', () => {
    expect(() => approvalDeepLink({ ...report, period: null }, null, { tabUrl: 'http://x/', teamsAppId: null })).toThrow();
  });
});

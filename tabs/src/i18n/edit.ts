// Strings of editing: dialogs, validation and conflicts.
type Thing = 'goal' | 'activity' | 'section' | 'indicator' | 'analysis';

const svThe: Record<Thing, string> = { goal: 'målet', activity: 'aktiviteten', section: 'texten', indicator: 'indikatorn', analysis: 'analysen' };
const svIt: Record<Thing, string> = { goal: 'det', activity: 'den', section: 'den', indicator: 'den', analysis: 'den' };

const sv = {
  edit: 'Redigera',
  save: 'Spara',
  saving: 'Sparar…',
  cancel: 'Avbryt',
  delete: 'Ta bort',
  deleting: 'Tar bort…',

  newGoal: 'Nytt enhetsmål',
  editGoal: 'Redigera enhetsmål',
  /** a goal of another level than enhetsmål, by its level's name: "Redigera fokusområde" */
  editGoalAt: (level: string) => `Redigera ${level.toLowerCase()}`,
  goalTitle: 'Titel',
  expectedResultsHint: 'Ett resultat per rad.',
  workingMethodsHint: 'Skriv i stycken; lämna en tom rad mellan styckena.',
  onePerLineHint: 'En per rad.',

  newActivity: 'Ny aktivitet',
  editActivity: 'Redigera aktivitet',
  activityText: 'Aktivitet',
  activityResources: 'Resurser',
  activityResourcesHint: 'Till exempel timmar, kronor och personal.',
  responsibleHint: 'Funktion, till exempel rektor eller arbetslag.',

  editSection: 'Redigera text',
  sectionTitle: 'Rubrik',
  sectionText: 'Text',

  /** A line-list field's error, naming the line in the text box. */
  lineError: (line: number, message: string) => `Rad ${line}: ${message}`,

  unsavedTitle: 'Osparade ändringar',
  unsavedText: 'Du har ändringar som inte är sparade. Stänga ändå?',
  keepEditing: 'Fortsätt redigera',
  discard: 'Stäng utan att spara',

  saveFailed: 'Det gick inte att spara',
  conflictTitle: (thing: Thing) => `Någon annan har ändrat ${svThe[thing]} medan du redigerade.`,
  // A dialog of choices (which units an indicator applies to) keeps a choice, not a text.
  conflictText: (thing: Thing): string =>
    thing === 'indicator' ? 'Ditt val finns kvar nedan, och under det visas den nya versionen.' : 'Din text finns kvar nedan. Under varje fält du har ändrat visas den nya versionen.',
  goneTitle: (thing: Thing) => `Någon annan har tagit bort ${svThe[thing]} medan du redigerade.`,
  goneText: (thing: Thing): string => (thing === 'indicator' ? 'Det finns inget kvar att spara. Stäng dialogen.' : 'Din text finns kvar nedan, men den kan inte sparas här. Kopiera det du vill behålla.'),
  saveMine: 'Spara min version',
  useTheirs: 'Använd den nya versionen',
  theirValue: 'Den nya versionen:',
  empty: '(tomt)',

  deleteGoalTitle: 'Ta bort enhetsmål',
  deleteActivityTitle: 'Ta bort aktivitet',
  deleteConfirm: (thing: Thing, name: string) => `Vill du ta bort ${svThe[thing]} ”${name}”? Det går inte att ångra.`,
  activitiesDeletedToo: (count: number) =>
    count === 0
      ? 'Aktiviteter och indikatorer under målet tas bort tillsammans med det.'
      : count === 1
        ? 'Målets aktivitet tas bort tillsammans med målet, liksom målets indikatorer.'
        : `Målets ${count} aktiviteter tas bort tillsammans med målet, liksom målets indikatorer.`,
  deleteFailed: 'Det gick inte att ta bort',
  deleteStale: (thing: Thing) =>
    `Någon annan har ändrat ${svThe[thing]} sedan du öppnade planen, så inget togs bort. Ladda om för att se den nya versionen och bestäm dig igen.`,
  deleteGone: (thing: Thing) => `${svThe[thing].replace(/^./, (c) => c.toUpperCase())} finns inte längre; någon annan har redan tagit bort ${svIt[thing]}.`,
  reload: 'Ladda om',

  history: 'Versioner',
  historyLoading: 'Hämtar versionerna…',
  historyFailed: 'Det gick inte att hämta versionerna',
  versionTitle: (n: number, current: boolean) => (current ? `Version ${n} (nuvarande)` : `Version ${n}`),
  versionBy: (name: string, at: string) => `${name}, ${at}`,
  versionCreated: 'Skapades.',
  versionNoChanges: 'Inga fält ändrades.',
  versionChange: (label: string, before: string, after: string) => `${label}: ${before} → ${after}`,
  versionIncomplete: 'Kan inte återställas: ändringsloggen saknar en ändring före eller efter den här versionen.',
  restore: (n: number) => `Återställ version ${n}`,
  restoreTitle: (n: number) => `Återställa version ${n}?`,
  restoreText: (thing: Thing, n: number) =>
    `Fälten i ${svThe[thing]} får värdena från version ${n}. Det sparas som en ny version, så den nuvarande finns kvar i historiken.`,
  restoreDiscardsTyped: 'Det du har skrivit i formuläret men inte sparat ersätts.',
  restoreConfirm: 'Återställ',
  restoring: 'Återställer…',
  restoreFailed: 'Det gick inte att återställa',
  restoreStale: (thing: Thing) => `Någon annan har ändrat ${svThe[thing]} sedan versionerna visades. Listan är uppdaterad; välj igen.`,
  /** Labels of fields the dialog does not show, as they appear in a version's changes. */
  fieldLabels: {
    parentId: 'Placering i planen',
    order: 'Ordning',
    number: 'Nummer',
    level: 'Nivå',
    key: 'Nyckel',
  } as Record<string, string>,
};

const enThe: Record<Thing, string> = { goal: 'the goal', activity: 'the activity', section: 'the text', indicator: 'the indicator', analysis: 'the analysis' };

const en: typeof sv = {
  edit: 'Edit',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  delete: 'Delete',
  deleting: 'Deleting…',

  newGoal: 'New unit goal',
  editGoal: 'Edit unit goal',
  editGoalAt: (level: string) => `Edit ${level.toLowerCase()}`,
  goalTitle: 'Title',
  expectedResultsHint: 'One result per line.',
  workingMethodsHint: 'Write in paragraphs; leave an empty line between paragraphs.',
  onePerLineHint: 'One per line.',

  newActivity: 'New activity',
  editActivity: 'Edit activity',
  activityText: 'Activity',
  activityResources: 'Resources',
  activityResourcesHint: 'For example hours, money and staff.',
  responsibleHint: 'A role, for example principal or team.',

  editSection: 'Edit text',
  sectionTitle: 'Heading',
  sectionText: 'Text',

  lineError: (line: number, message: string) => `Line ${line}: ${message}`,

  unsavedTitle: 'Unsaved changes',
  unsavedText: 'You have changes that are not saved. Close anyway?',
  keepEditing: 'Keep editing',
  discard: 'Close without saving',

  saveFailed: 'Could not save',
  conflictTitle: (thing: Thing) => `Someone else changed ${enThe[thing]} while you were editing.`,
  conflictText: (thing: Thing) =>
    thing === 'indicator' ? 'Your choice is still below, with the new version under it.' : 'Your text is still below. Under each field you changed, the new version is shown.',
  goneTitle: (thing: Thing) => `Someone else deleted ${enThe[thing]} while you were editing.`,
  goneText: (thing: Thing) => (thing === 'indicator' ? 'There is nothing left to save. Close the dialog.' : 'Your text is still below, but it cannot be saved here. Copy what you want to keep.'),
  saveMine: 'Save my version',
  useTheirs: 'Use the new version',
  theirValue: 'The new version:',
  empty: '(empty)',

  deleteGoalTitle: 'Delete unit goal',
  deleteActivityTitle: 'Delete activity',
  deleteConfirm: (thing: Thing, name: string) => `Do you want to delete ${enThe[thing]} “${name}”? This cannot be undone.`,
  activitiesDeletedToo: (count: number) =>
    count === 0
      ? 'Activities and indicators under the goal are deleted with it.'
      : count === 1
        ? 'The goal’s activity is deleted with the goal, as are its indicators.'
        : `The goal’s ${count} activities are deleted with the goal, as are its indicators.`,
  deleteFailed: 'Could not delete',
  deleteStale: (thing: Thing) => `Someone else changed ${enThe[thing]} since you opened the plan, so nothing was deleted. Reload to see the new version and decide again.`,
  deleteGone: (thing: Thing) => `${enThe[thing].replace(/^./, (c) => c.toUpperCase())} no longer exists; someone else already deleted it.`,
  reload: 'Reload',

  history: 'Versions',
  historyLoading: 'Loading the versions…',
  historyFailed: 'Could not load the versions',
  versionTitle: (n: number, current: boolean) => (current ? `Version ${n} (current)` : `Version ${n}`),
  versionBy: (name: string, at: string) => `${name}, ${at}`,
  versionCreated: 'Created.',
  versionNoChanges: 'No fields changed.',
  versionChange: (label: string, before: string, after: string) => `${label}: ${before} → ${after}`,
  versionIncomplete: 'Cannot be restored: the change log is missing a change before or after this version.',
  restore: (n: number) => `Restore version ${n}`,
  restoreTitle: (n: number) => `Restore version ${n}?`,
  restoreText: (thing: Thing, n: number) =>
    `The fields of ${enThe[thing]} get the values of version ${n}. This is saved as a new version, so the current one stays in the history.`,
  restoreDiscardsTyped: 'What you have typed in the form but not saved is replaced.',
  restoreConfirm: 'Restore',
  restoring: 'Restoring…',
  restoreFailed: 'Could not restore',
  restoreStale: (thing: Thing) => `Someone else changed ${enThe[thing]} since the versions were shown. The list is updated; choose again.`,
  fieldLabels: {
    parentId: 'Place in the plan',
    order: 'Order',
    number: 'Number',
    level: 'Level',
    key: 'Key',
  } as Record<string, string>,
};

export type EditThing = Thing;
export const edit = { sv, en };

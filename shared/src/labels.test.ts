import { activityStatusLabel, activityStatuses, assessmentText, assessments, reportStatusLabel } from './labels';

it('words an assessment as a forecast in the tertials and as the outcome in the verksamhetsberättelse', () => {
  expect(assessments.map((a) => assessmentText(a, 'T2'))).toEqual(['Målet bedöms uppfyllas helt', 'Målet bedöms uppfyllas delvis', 'Målet bedöms inte uppfyllas']);
  expect(assessments.map((a) => assessmentText(a, 'VB'))).toEqual(['Uppfyllt', 'Delvis uppfyllt', 'Ej uppfyllt']);
});

it('names statuses in the order they are offered', () => {
  expect(activityStatuses.map((s) => activityStatusLabel[s])).toEqual(['Ej påbörjad', 'Pågående', 'Avslutad', 'Inställd']);
  expect(reportStatusLabel.none).toBe('Ej påbörjad');
});

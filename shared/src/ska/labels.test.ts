import { skaAreaFieldLabels, skaAreaHeading } from './labels';

it('heads an area as the plans do, with or without its number', () => {
  expect(skaAreaHeading({ type: 'utvecklingsomrade', number: 1, title: 'Pedagogisk ledning' })).toBe('Utvecklingsområde 1 Pedagogisk ledning');
  expect(skaAreaHeading({ type: 'forbattringsomrade', number: null, title: 'Språk- och kunskapsutvecklande arbetssätt' })).toBe('Förbättringsområde Språk- och kunskapsutvecklande arbetssätt');
});

it('names what is desired and the evidence by the area’s type and plan', () => {
  expect(skaAreaFieldLabels({ type: 'forbattringsomrade', scope: 'forskola' })).toMatchObject({ desired: 'Önskvärd förbättring', evidence: 'Spår i undervisningen', background: 'Bakgrund' });
  expect(skaAreaFieldLabels({ type: 'utvecklingsomrade', scope: 'forskola' })).toMatchObject({ desired: 'Önskvärd kvalitet', evidence: 'Spår och bevis', background: 'Bakgrund till avgränsningen' });
  expect(skaAreaFieldLabels({ type: 'forbattringsomrade', scope: 'kommun' }).desired).toBe('Förväntade effekter');
});

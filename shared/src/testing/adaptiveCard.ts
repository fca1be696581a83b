import { AdaptiveCard, SerializationContext, ValidationEvent, Version, Versions } from 'adaptivecards';
import { isDeepStrictEqual } from 'node:util';

/**
 * What is wrong with a card for Teams (Adaptive Cards 1.5), as the adaptivecards package sees it: an
 * empty list means none. The official 1.5 JSON schema is not published in any npm package (the
 * designer's is 1.0), so the library that renders cards is the judge:
 * - parse events at target version 1.5 (unknown element or action types, properties newer than 1.5,
 *   invalid values);
 * - its validation (missing required properties, a card version the renderer does not support);
 * - the card's own version above 1.5;
 * - a round trip: what the parser does not know (a misspelt or made-up property) is dropped when the
 *   card is written back, so the written card must equal the one given.
 */
export function adaptiveCardProblems(card: Record<string, unknown>, target: Version = Versions.v1_5): string[] {
  // As plain JSON of this realm: a card read from a response (fetch parses in Node's own realm) compares structurally.
  const json = JSON.parse(JSON.stringify(card)) as Record<string, unknown>;
  const context = new SerializationContext(target);
  const parsed = new AdaptiveCard();
  parsed.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`${ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of parsed.validateProperties().validationEvents) problems.push(`${ValidationEvent[event.event]}: ${event.message}`);
  const version = Version.parse(String(json.version), context);
  if (!version?.isValid || version.compareTo(target) > 0) problems.push(`version ${String(json.version)} är nyare än ${target.toString()}`);
  const written = parsed.toJSON(new SerializationContext(target)) ?? {};
  // the writer names the schema whether or not the card did
  if (!('$schema' in json)) delete written.$schema;
  if (!isDeepStrictEqual(written, json)) problems.push(`okänt eller ogiltigt i kortet: ${difference(json, written).join(', ')}`);
  return problems;
}

/** Paths where the written card differs from the given one. */
function difference(given: unknown, written: unknown, path = ''): string[] {
  if (isDeepStrictEqual(given, written)) return [];
  if (typeof given !== 'object' || typeof written !== 'object' || given === null || written === null) return [path || '(kortet)'];
  const keys = new Set([...Object.keys(given), ...Object.keys(written)]);
  return [...keys].flatMap((key) => difference((given as Record<string, unknown>)[key], (written as Record<string, unknown>)[key], `${path}/${key}`));
}

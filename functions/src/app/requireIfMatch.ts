import { AppError } from './errors';

/** A write of a stored item names the eTag it read (`what` is the item in Swedish, definite form: "raden"); 428 otherwise. */
export function requireIfMatch(ifMatch: string | null, what: string): string {
  if (!ifMatch) throw new AppError('PRECONDITION_REQUIRED', `If-Match saknas: skicka med ${what}s eTag från när du läste den, så att ingen annans ändring skrivs över`);
  return ifMatch;
}

/**
 * Why a bearer token is refused: an English description for the WWW-Authenticate header (which
 * allows ASCII only) and the Swedish message of the JSON body.
 */
export interface TokenRejection {
  description: string;
  message: string;
}

const signInAgain = 'Logga in igen.';

/** Every reason a token is refused, worded once. */
export const tokenRejections = {
  malformed: { description: 'The token is malformed', message: `Inloggningen kunde inte läsas. ${signInAgain}` },
  algorithm: { description: 'The token is not signed with an accepted algorithm', message: `Inloggningen är inte signerad på ett godkänt sätt. ${signInAgain}` },
  unknownKey: { description: 'No signing key of the tenant matches the token', message: `Inloggningen är inte signerad med någon av organisationens nycklar. ${signInAgain}` },
  signature: { description: 'The token signature is invalid', message: `Inloggningens signatur stämmer inte. ${signInAgain}` },
  expired: { description: 'The token has expired', message: `Inloggningen har gått ut. ${signInAgain}` },
  notYetValid: { description: 'The token is not yet valid', message: `Inloggningen gäller inte ännu; kontrollera datorns klocka. ${signInAgain}` },
  issuer: { description: 'The token was issued by another issuer', message: `Inloggningen kommer från en annan utfärdare än organisationens. ${signInAgain}` },
  audience: { description: 'The token is meant for another audience', message: `Inloggningen gäller en annan app än Verksamhetsplan. ${signInAgain}` },
  tenant: { description: 'The token was issued for another tenant', message: `Inloggningen kommer från en annan organisation (klientorganisation) än den appen är registrerad i.` },
  scope: { description: 'The token lacks the access_as_user scope', message: `Inloggningen ger inte åtkomst till Verksamhetsplan (behörigheten access_as_user saknas). ${signInAgain}` },
  claims: { description: 'The token lacks required claims', message: `Inloggningen saknar uppgifter som krävs (användarens eller organisationens id). ${signInAgain}` },
} satisfies Record<string, TokenRejection>;

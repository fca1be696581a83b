/** How the tab gets its access token for the API: which way depends on where it runs (chooseTokenSource). */
export type TokenSourceKind = 'naa' | 'teams-sso' | 'redirect';

export interface TokenSource {
  readonly kind: TokenSourceKind;
  /**
   * An access token for the API's own scope, without asking the person: MSAL's cache renews it before
   * it expires. `fresh` skips every cache (the API refused the last one). Throws SignInRequired when
   * only the person can go on (first sign-in, consent, multi-factor).
   */
  token(fresh?: boolean): Promise<string>;
  /** Signs in or asks for consent, from a button the person pressed (a popup in Teams, a redirect in a browser). */
  signIn(): Promise<void>;
}

/** The person must sign in or consent before a token can be had; the tab explains and offers a button. */
export class SignInRequired extends Error {
  constructor(
    readonly why: unknown,
    /**
     * The sign-in page's error code (AADSTS…, else OAuth's, such as access_denied) when the person came
     * back from it without being signed in: cancelled, consent declined, or a failure there.
     */
    readonly cameBackWith: string | null = null,
  ) {
    super('Inloggning krävs');
    this.name = 'SignInRequired';
  }
}

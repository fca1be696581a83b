import { AppError } from '../app/errors';

/**
 * The sign-in authority (its metadata or keys) could not be reached or answered nonsense: nobody's
 * token can be checked now, which is not the caller's fault (503), and is logged with the cause.
 */
export function authorityUnavailable(cause: unknown): AppError {
  const error = new AppError('UNAVAILABLE', 'Inloggningstjänsten (Microsoft Entra ID) kan inte nås just nu. Försök igen om en stund.');
  error.cause = cause;
  return error;
}

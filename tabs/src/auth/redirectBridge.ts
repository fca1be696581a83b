import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

// auth.html, the redirect URI of the browser sign-in (MSAL v5's redirect bridge): hands the sign-in
// page's answer back to the tab and returns to the page the person started from.
broadcastResponseToMainFrame().catch((error: unknown) => {
  console.error(error);
  const message = document.getElementById('message');
  if (message) message.textContent = 'Inloggningen kunde inte slutföras. Gå tillbaka till Verksamhetsplan och försök igen.';
});

/**
 * The development provider's sign-in page: a plain form (no script), labelled, with errors
 * announced and linked to their field, marked for development only on every view.
 */
import { DEMO_ACCOUNTS } from './demoAccounts';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; color: #1a1b1e; background: #f8f9fa; line-height: 1.5; }
  main { max-width: 32rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border: 1px solid #ced4da; border-radius: 8px; }
  .warning { border: 2px solid #8a4b00; background: #fff4e6; padding: 0.75rem 1rem; border-radius: 6px; }
  label { display: block; font-weight: 600; margin-top: 1rem; }
  input { display: block; width: 100%; box-sizing: border-box; font-size: 1rem; padding: 0.5rem; margin-top: 0.25rem; border: 1px solid #495057; border-radius: 4px; }
  input:focus, button:focus { outline: 3px solid #1c4e80; outline-offset: 2px; }
  button.secondary { background: #fff; color: #1c4e80; border: 1px solid #1c4e80; margin-left: 0.5rem; }
  button { margin-top: 1.25rem; font-size: 1rem; padding: 0.6rem 1.2rem; background: #1c4e80; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
  .error { border: 2px solid #a51d24; padding: 0.75rem 1rem; border-radius: 6px; color: #a51d24; }
  table { border-collapse: collapse; margin-top: 0.5rem; font-size: 0.9rem; }
  th, td { text-align: left; padding: 0.25rem 0.75rem 0.25rem 0; border-bottom: 1px solid #dee2e6; }
`;

export function loginPage({
  title = 'Sign in to SafetyNet',
  action,
  email = '',
  error,
}: {
  title?: string;
  action?: string;
  email?: string;
  error?: string;
}): string {
  const form = action
    ? `<form method="post" action="${escape(action)}" novalidate>
        <label for="email">Email address</label>
        <input id="email" name="email" type="email" autocomplete="username" value="${escape(email)}" required ${error ? 'aria-describedby="sign-in-error"' : ''} />
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <button type="submit">Sign in</button>
      </form>
      <h2>Demo accounts</h2>
      <p>The password for each is in the README.</p>
      <table>
        <thead><tr><th scope="col">Email address</th><th scope="col">Name</th><th scope="col">Suggested role</th></tr></thead>
        <tbody>${DEMO_ACCOUNTS.map((a) => `<tr><td>${escape(a.email)}</td><td>${escape(a.name)}</td><td>${escape(a.suggestedRole)}</td></tr>`).join('')}</tbody>
      </table>`
    : '';
  return page(
    title,
    `${error ? `<p class="error" id="sign-in-error" role="alert">${escape(error)}</p>` : ''}
      ${form}`,
  );
}

/**
 * The provider's question before signing out; `form` is the provider's own hidden form (its
 * anti-forgery token), which the two buttons submit.
 */
export function signOutPage(form: string): string {
  return page(
    'Sign out of SafetyNet?',
    `${form}
      <p>You will need to sign in again to use the shared plan.</p>
      <button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>
      <button type="submit" form="op.logoutForm" class="secondary">No, stay signed in</button>`,
  );
}

function page(title: string, content: string): string {
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)} (development sign-in)</title>
    <style>${STYLE}</style>
  </head>
  <body>
    <main>
      <h1>${escape(title)}</h1>
      <p class="warning"><strong>For development only.</strong> This sign-in page belongs to the
      shared plan server's built-in test identity provider. A council's server uses its own
      identity provider (for example Microsoft Entra ID) instead.</p>
      ${content}
    </main>
  </body>
</html>`;
}

// The decoder panel's HTML shell. No `vscode` import so the browser test serves exactly this page.
// Token data never goes into this string: the page fills the regions with textContent after a `render` message.

export interface PanelHtmlOptions {
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
}

export function panelHtml(o: PanelHtmlOptions): string {
  const csp = `default-src 'none'; script-src 'nonce-${o.nonce}'; style-src ${o.cspSource}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${o.styleUri}">
<title>Cognito Lens: Token</title>
</head>
<body>
<section id="empty" data-region="empty">
  <p id="empty-message">Paste a token to decode it.</p>
  <button id="paste" type="button">Paste a token…</button>
</section>
<main id="token" hidden>
  <header>
    <h1 id="kind" data-region="kind"></h1>
    <p id="source" class="muted" data-region="source"></p>
    <div class="actions"><button id="copy-token" type="button">Copy token</button><button id="paste-other" type="button">Decode another…</button></div>
  </header>
  <table id="summary" class="kv"><tbody data-region="summary"></tbody></table>
  <h2>Signature</h2>
  <p id="signature-status" class="status" data-region="signature"></p>
  <form id="verify-form">
    <label>token_use <select id="f-token-use"><option value="">id or access</option><option value="id">id</option><option value="access">access</option></select></label>
    <label>Client id <input id="f-client-id" type="text" spellcheck="false" placeholder="client_id / aud"></label>
    <label>Scopes (any of) <input id="f-scopes" type="text" spellcheck="false"></label>
    <label>Groups (any of) <input id="f-groups" type="text" spellcheck="false"></label>
    <label>JWKS URL <input id="f-jwks-url" type="text" spellcheck="false"></label>
    <label class="wide">JWKS (paste to verify offline) <textarea id="f-jwks-json" rows="3" spellcheck="false"></textarea></label>
    <button id="verify" type="submit">Verify</button>
  </form>
  <table id="checks" class="checks"><tbody data-region="checks"></tbody></table>
  <h2>Header <button class="copy" id="copy-header" type="button">Copy</button></h2>
  <table id="header-table" class="claims"><tbody data-region="header"></tbody></table>
  <h2>Claims <button class="copy" id="copy-payload" type="button">Copy JSON</button></h2>
  <table id="claims" class="claims"><thead><tr><th>Claim</th><th>Value</th><th>Meaning</th><th></th></tr></thead><tbody data-region="claims"></tbody></table>
  <details><summary>Raw JSON</summary><pre id="raw-header" data-region="raw-header"></pre><pre id="raw-payload" data-region="raw-payload"></pre><p class="muted">Signature (base64url)</p><pre id="raw-signature" data-region="raw-signature"></pre></details>
</main>
<script nonce="${o.nonce}" src="${o.scriptUri}"></script>
</body>
</html>`;
}

/** 32 random characters from [A-Za-z0-9] for the CSP nonce. */
export function makeNonce(random: (n: number) => Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(random(32), (b) => alphabet[b % alphabet.length]).join('');
}

// The decoder panel's page: renders what the host sends, with DOM APIs and textContent only. It never decodes, never
// builds HTML from strings, never turns a value into a link, and keeps no token in webview state.
import type { Check, SignatureStatus } from '../jwt/verify';
import type { ClaimView, HostMessage, PageMessage, PanelModel, VerifyRequest } from './messages';

declare function acquireVsCodeApi(): { postMessage(message: PageMessage): void };

const vscode = acquireVsCodeApi();
const post = (message: PageMessage): void => vscode.postMessage(message);
/** Table cells show this much of a value; the raw JSON and the copy buttons keep all of it. */
const CELL_LIMIT = 2000;

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el as T;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function clip(value: string): string {
  return value.length > CELL_LIMIT ? `${value.slice(0, CELL_LIMIT)}… (${value.length - CELL_LIMIT} more characters; see Raw JSON)` : value;
}

function fill(tbody: HTMLElement, rows: HTMLTableRowElement[]): void {
  tbody.replaceChildren(...rows);
}

function claimRow(c: ClaimView, copyable: boolean): HTMLTableRowElement {
  const tr = el('tr');
  tr.append(el('td', c.name, 'name'));
  const value = el('td', undefined, 'value');
  value.append(el('span', clip(c.value)));
  if (c.time) value.append(el('div', c.time, 'muted'));
  tr.append(value, el('td', c.meaning, 'meaning'));
  const actions = el('td');
  if (copyable) {
    const button = el('button', 'Copy', 'copy');
    button.type = 'button';
    button.addEventListener('click', () => post({ type: 'copy', target: { what: 'claim', name: c.name } }));
    actions.append(button);
  }
  tr.append(actions);
  return tr;
}

function render(model: PanelModel): void {
  byId('empty').hidden = true;
  byId('token').hidden = false;
  byId('kind').textContent = model.kindLabel;
  byId('source').textContent = model.source ? `From ${model.source}` : '';
  fill(byId('summary').querySelector('tbody') as HTMLElement, model.summary.map((s) => {
    const tr = el('tr');
    tr.append(el('th', s.label), el('td', clip(s.value)));
    return tr;
  }));
  fill(byId('header-table').querySelector('tbody') as HTMLElement, model.header.map((c) => claimRow(c, false)));
  fill(byId('claims').querySelector('tbody') as HTMLElement, model.claims.map((c) => claimRow(c, true)));
  byId('raw-header').textContent = model.rawHeader;
  byId('raw-payload').textContent = model.rawPayload;
  byId('raw-signature').textContent = model.signature || '(empty: the token is not signed)';
  setRequest(model.request, model.jwksHint);
  setSignature('unverified', 'Not verified yet: press Verify. Decoding happened locally.');
  fill(byId('checks').querySelector('tbody') as HTMLElement, []);
}

function setRequest(r: VerifyRequest, jwksHint: string): void {
  byId<HTMLSelectElement>('f-token-use').value = r.tokenUse;
  byId<HTMLInputElement>('f-client-id').value = r.clientId;
  byId<HTMLInputElement>('f-scopes').value = r.scopes;
  byId<HTMLInputElement>('f-groups').value = r.groups;
  const url = byId<HTMLInputElement>('f-jwks-url');
  url.value = r.jwksUrl;
  url.placeholder = jwksHint;
  byId<HTMLTextAreaElement>('f-jwks-json').value = r.jwksJson;
}

function readRequest(): VerifyRequest {
  const use = byId<HTMLSelectElement>('f-token-use').value;
  return {
    tokenUse: use === 'id' || use === 'access' ? use : '',
    clientId: byId<HTMLInputElement>('f-client-id').value,
    scopes: byId<HTMLInputElement>('f-scopes').value,
    groups: byId<HTMLInputElement>('f-groups').value,
    jwksUrl: byId<HTMLInputElement>('f-jwks-url').value,
    jwksJson: byId<HTMLTextAreaElement>('f-jwks-json').value,
  };
}

function setSignature(status: SignatureStatus | 'busy' | 'error', text: string): void {
  const p = byId('signature-status');
  p.className = `status ${status}`;
  p.textContent = text;
}

function showChecks(checks: Check[]): void {
  fill(byId('checks').querySelector('tbody') as HTMLElement, checks.map((c) => {
    const tr = el('tr', undefined, c.ok ? 'pass' : 'fail');
    tr.append(el('td', c.ok ? '✓ pass' : '✗ fail', 'verdict'), el('td', c.name, 'name'), el('td', c.message));
    return tr;
  }));
}

function showEmpty(message: string): void {
  byId('token').hidden = true;
  byId('empty').hidden = false;
  byId('empty-message').textContent = message;
}

function handle(message: HostMessage): void {
  switch (message.type) {
    case 'render':
      render(message.model);
      return;
    case 'empty':
      showEmpty(message.message);
      return;
    case 'verifying':
      setSignature('busy', `Verifying with ${message.jwksLabel}…`);
      return;
    case 'verified': {
      const label = { valid: 'Signature valid', invalid: 'Signature INVALID', unverified: 'Signature not verified' }[message.signature];
      setSignature(message.signature, `${label} (keys: ${message.jwksLabel}). ${message.valid ? 'All checks passed.' : 'The token is NOT valid.'}`);
      showChecks(message.checks);
      return;
    }
    case 'verifyError':
      setSignature('error', message.message);
      return;
    default: {
      const never: never = message;
      return never;
    }
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data as { type?: unknown } | null;
  if (typeof data?.type === 'string') handle(data as HostMessage);
});

byId('verify-form').addEventListener('submit', (e) => {
  e.preventDefault();
  post({ type: 'verify', request: readRequest() });
});
byId('copy-token').addEventListener('click', () => post({ type: 'copy', target: { what: 'token' } }));
byId('copy-header').addEventListener('click', () => post({ type: 'copy', target: { what: 'header' } }));
byId('copy-payload').addEventListener('click', () => post({ type: 'copy', target: { what: 'payload' } }));
byId('paste').addEventListener('click', () => post({ type: 'paste' }));
byId('paste-other').addEventListener('click', () => post({ type: 'paste' }));
post({ type: 'ready' });

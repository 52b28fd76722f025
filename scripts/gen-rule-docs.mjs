// Writes docs/rules/<name>.md for every catalog rule, plus docs/rules/README.md indexing them, from
// server/src/rules/catalog.json. Quick-fix titles come from running the rules on each failing example, so the
// pages say what the extension really offers. Run: `node scripts/gen-rule-docs.mjs` (or `npm run docs:rules`).
// test/unit/rules/registry.test.ts renders the pages in memory and compares them with the committed files.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DOCS_DIR = join(ROOT, 'docs', 'rules');
/** Arrays longer than this are shortened in examples (the too-many-scopes examples hold 100+ items). */
const MAX_ITEMS = 6;

export function ruleName(id) {
  return id.replace(/^cognito\//, '');
}

function title(id) {
  const words = ruleName(id).split('-');
  const text = words.join(' ').replace(/\bcfn\b/g, 'CloudFormation').replace(/\bm2m\b/g, 'M2M').replace(/\bidp\b/g, 'IdP')
    .replace(/\buri\b/g, 'URI').replace(/\burl\b/g, 'URL').replace(/\boidc\b/g, 'OIDC').replace(/\bpkce\b/g, 'PKCE')
    .replace(/\boauth\b/g, 'OAuth').replace(/\bv(\d)\b/g, 'V$1').replace(/\barn\b/g, 'ARN').replace(/\bid\b/g, 'ID');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------- examples: YAML for templates, JSON for API inputs

const PLAIN = /^[A-Za-z0-9_./@+-][A-Za-z0-9_ ./:@+=,-]*$/;
const RESERVED = /^(true|false|yes|no|on|off|y|n|null|~|-?\d+(\.\d+)?([eE][-+]?\d+)?)$/i;

function yamlScalar(value) {
  if (typeof value !== 'string') return JSON.stringify(value);
  return PLAIN.test(value) && !RESERVED.test(value) && !value.endsWith(' ') && !value.includes(': ') && !value.includes(' #') ? value : JSON.stringify(value);
}

/** `{"Ref": "X"}` / `{"Fn::GetAtt": [...]}` → its YAML short tag and argument, as a template author writes it. */
function intrinsic(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1 || !(keys[0] === 'Ref' || keys[0] === 'Condition' || keys[0].startsWith('Fn::'))) return undefined;
  const fn = keys[0];
  const arg = value[fn];
  const tag = `!${fn.replace(/^Fn::/, '')}`;
  if (fn === 'Fn::GetAtt' && Array.isArray(arg) && arg.length === 2 && arg.every((a) => typeof a === 'string')) return { tag, arg: arg.join('.') };
  return { tag, arg };
}

function yamlFlow(value) {
  const fn = intrinsic(value);
  if (fn) return `${fn.tag} ${yamlFlow(fn.arg)}`;
  if (Array.isArray(value)) return `[${value.map(yamlFlow).join(', ')}]`;
  if (value && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${yamlScalar(k)}: ${yamlFlow(v)}`).join(', ')}}`;
  return yamlScalar(value);
}

function isBlock(value) {
  if (intrinsic(value)) return false;
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && typeof value === 'object' && Object.keys(value).length > 0;
}

function shorten(list) {
  if (list.length <= MAX_ITEMS) return { items: list, skipped: 0, at: list.length };
  return { items: [...list.slice(0, 2), list[list.length - 1]], skipped: list.length - 3, at: 2 };
}

function yamlBlock(value, indent) {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    const { items, skipped, at } = shorten(value);
    const lines = items.map((item) => {
      if (!isBlock(item)) return `${pad}- ${yamlFlow(item)}`;
      const inner = yamlBlock(item, indent + 2);
      return `${pad}- ${inner.slice(indent + 2)}`;
    });
    if (skipped > 0) lines.splice(at, 0, `${pad}# ... ${skipped} more items of the same shape ...`);
    return lines.join('\n');
  }
  return Object.entries(value).map(([k, v]) => {
    if (!isBlock(v)) return `${pad}${yamlScalar(k)}: ${yamlFlow(v)}`;
    return `${pad}${yamlScalar(k)}:\n${yamlBlock(v, Array.isArray(v) ? indent + 2 : indent + 2)}`;
  }).join('\n');
}

export function toYaml(value) {
  return isBlock(value) ? `${yamlBlock(value, 0)}\n` : `${yamlFlow(value)}\n`;
}

/** Pretty JSON; long arrays keep their first two and last item with a `//` note (so the block is JSONC). */
function toJson(value) {
  let shortened = false;
  const walk = (v) => {
    if (Array.isArray(v)) {
      const { items, skipped, at } = shorten(v);
      const out = items.map(walk);
      if (skipped > 0) {
        shortened = true;
        out.splice(at, 0, `__SKIPPED_${skipped}__`);
      }
      return out;
    }
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const text = JSON.stringify(walk(value), null, 2).replace(/"__SKIPPED_(\d+)__",?/g, '// ... $1 more items of the same shape ...');
  return { text: `${text}\n`, lang: shortened ? 'jsonc' : 'json' };
}

function example(ex) {
  if (ex.format === 'cfn') return `CloudFormation template:\n\n\`\`\`yaml\n${toYaml(ex.document)}\`\`\``;
  const { text, lang } = toJson(ex.document);
  return `\`${ex.format}\` input (\`--cli-input-json\` or \`--cli-input-yaml\`):\n\n\`\`\`${lang}\n${text}\`\`\``;
}

// ---------------------------------------------------------------- how to fix: what differs between fail and pass

function short(value) {
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Paths where the passing example differs from the failing one: what a user changes to fix it. */
export function differences(fail, pass, path = []) {
  const isMap = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !intrinsic(v);
  if (isMap(fail) && isMap(pass)) {
    const out = [];
    for (const key of Object.keys(fail)) {
      if (!(key in pass)) out.push(`Remove \`${[...path, key].join('.')}\``);
      else out.push(...differences(fail[key], pass[key], [...path, key]));
    }
    for (const key of Object.keys(pass)) if (!(key in fail)) out.push(`Add \`${[...path, key].join('.')}\`: \`${short(pass[key])}\``);
    return out;
  }
  if (JSON.stringify(fail) === JSON.stringify(pass)) return [];
  if (Array.isArray(fail) && Array.isArray(pass)) return listDifferences(fail, pass, path);
  return [`Change \`${path.join('.')}\` from \`${short(fail)}\` to \`${short(pass)}\``];
}

function listDifferences(fail, pass, path) {
  const where = `\`${path.join('.')}\``;
  const key = (v) => JSON.stringify(v);
  if (fail.every((v) => typeof v !== 'object') && pass.every((v) => typeof v !== 'object')) {
    const removed = fail.filter((v) => !pass.some((p) => key(p) === key(v)));
    const added = pass.filter((v) => !fail.some((f) => key(f) === key(v)));
    return [...removed.map((v) => `Remove \`${short(v)}\` from ${where}`), ...added.map((v) => `Add \`${short(v)}\` to ${where}`)];
  }
  if (fail.length === pass.length) {
    return fail.flatMap((v, i) => differences(v, pass[i], [...path.slice(0, -1), `${path[path.length - 1] ?? ''}[${i}]`]));
  }
  return [`Make ${where} hold ${pass.length} items instead of ${fail.length}`];
}

/** "Hint: ..." sentences of the condition: the catalog's own advice. */
function hints(entry) {
  const out = [];
  for (const m of entry.condition.matchAll(/Hint: ([^.]*(?:\.(?!\s|$)[^.]*)*\.?)/g)) out.push(m[1].trim());
  return out;
}

// ---------------------------------------------------------------- pages

function sourcesSection(entry) {
  const lines = (entry.sources ?? []).map((s) => `- [${s.title}](${s.url}):\n  > ${s.quote.replace(/\n/g, ' ')}`);
  const corroboration = /\|\| Corroboration: (.*)$/.exec(entry.source ?? '')?.[1];
  if (corroboration) lines.push(`- Corroboration (observed behaviour, tooling): ${corroboration}`);
  return lines.join('\n');
}

/** Quick fixes that need more than the failing example (another file of the workspace, another shape). */
const CONTEXT_FIXES = {
  'cognito/update-resets-omitted-fields': '**Add omitted members with their current values**, when the workspace holds the describe-user-pool-client output (`{"UserPoolClient": …}`) of the same ClientId',
  'cognito/update-resource-server-resets-scopes': '**Add the current scopes**, when the workspace holds the describe-resource-server or list-resource-servers output of the same Identifier',
  'cognito/update-input-readonly-fields': '**Unwrap UserPoolClient into an update input**, when a describe-user-pool-client output was pasted as the update input',
};

function fixSection(entry, fixes) {
  const parts = [];
  if (fixes.length > 0) parts.push(`Quick fixes offered on the failing example below: ${fixes.map((t) => `**${t}**`).join(', ')}.`);
  else parts.push('No quick fix is offered on the failing example below: the right value depends on your setup.');
  if (CONTEXT_FIXES[entry.id]) parts.push(`Also offered: ${CONTEXT_FIXES[entry.id]}.`);
  for (const h of hints(entry)) parts.push(`Hint: ${h}`);
  const diff = entry.fail && entry.pass ? differences(entry.fail.document, entry.pass.document) : [];
  if (diff.length > 0) parts.push(`What turns the failing example into the passing one:\n\n${diff.slice(0, 12).map((d) => `- ${d}`).join('\n')}${diff.length > 12 ? `\n- ... and ${diff.length - 12} more` : ''}`);
  return parts.join('\n\n');
}

export function renderRulePage(entry, fixes = []) {
  const name = ruleName(entry.id);
  const meta = [
    `- **Code:** \`${entry.id}\``,
    `- **Severity:** ${entry.severity}`,
    `- **Applies to:** ${entry.appliesTo.join(', ')}`,
    `- **Formats:** ${entry.formats.map((f) => `\`${f}\``).join(', ')}`,
    ...(entry.fields?.length ? [`- **Fields:** ${entry.fields.map((f) => `\`${f}\``).join(', ')}`] : []),
  ];
  const sections = [
    `<!-- Generated by scripts/gen-rule-docs.mjs from server/src/rules/catalog.json. Do not edit. -->`,
    `# ${title(entry.id)} (\`${name}\`)`,
    meta.join('\n'),
    `## What it checks\n\n${entry.condition}`,
    `## Why it matters\n\n${sourcesSection(entry)}`,
    ...(entry.notes ? [`## Notes\n\n${entry.notes}`] : []),
    `## How to fix\n\n${fixSection(entry, fixes)}`,
    `## Examples\n\n### Fails\n\n${entry.fail ? example(entry.fail) : '(none)'}\n\n### Passes\n\n${entry.pass ? example(entry.pass) : '(none)'}`,
    `[All rules](README.md)`,
  ];
  return `${sections.join('\n\n')}\n`;
}

function firstSentence(text) {
  const m = /^(.*?[.])(?:\s+(?=[A-Z(])|$)/.exec(text);
  const s = m ? m[1] : text;
  return (s.length > 160 ? `${s.slice(0, 157)}...` : s).replace(/\|/g, '\\|');
}

export function renderIndex(catalog) {
  const rows = catalog.map((e, i) => `| ${i + 1} | [\`${ruleName(e.id)}\`](${ruleName(e.id)}.md) | ${e.severity} | ${e.appliesTo.join(', ')} | ${firstSentence(e.condition)} |`);
  const counts = ['error', 'warning', 'info'].map((s) => `${catalog.filter((e) => e.severity === s).length} ${s}`).join(', ');
  return [
    '<!-- Generated by scripts/gen-rule-docs.mjs from server/src/rules/catalog.json. Do not edit. -->',
    '# Cognito Lens rules',
    '',
    `${catalog.length} rules (${counts}). Each diagnostic's code is the rule id (\`cognito/<name>\`) and links to its page here.`,
    '',
    '| # | Rule | Severity | Applies to | What it checks |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** Every page: `{ 'README.md': …, '<name>.md': … }`. `fixesById` maps a rule id to its quick-fix titles. */
export function renderRuleDocs(catalog, fixesById = new Map()) {
  const files = { 'README.md': renderIndex(catalog) };
  for (const entry of catalog) files[`${ruleName(entry.id)}.md`] = renderRulePage(entry, fixesById.get(entry.id) ?? []);
  return files;
}

/** Quick-fix titles each rule offers on its failing example (needs the TypeScript sources: run under tsx). */
export async function collectQuickFixes(catalog) {
  const { createLanguageService } = await import(pathToFileURL(join(ROOT, 'server', 'src', 'language-service.ts')).href);
  const out = new Map();
  for (const entry of catalog) {
    if (!entry.fail) continue;
    const service = createLanguageService();
    const uri = 'file:///docs/example.json';
    service.update(uri, JSON.stringify(entry.fail.document, null, 2), 'json', { format: entry.fail.format === 'cfn' ? undefined : entry.fail.format });
    const titles = new Set();
    for (const p of service.validate(uri)) if (p.ruleId === entry.id) for (const f of p.fixes ?? []) titles.add(f.title);
    out.set(entry.id, [...titles]);
  }
  return out;
}

export function loadCatalog() {
  return JSON.parse(readFileSync(join(ROOT, 'server', 'src', 'rules', 'catalog.json'), 'utf8'));
}

async function main() {
  // The quick-fix titles come from the TypeScript rules: rerun under tsx when started with plain node.
  if (!process.execArgv.some((a) => a.includes('tsx'))) {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], { stdio: 'inherit' });
    process.exit(result.status ?? 1);
  }
  await import('./gen-rule-index.mjs');
  const catalog = loadCatalog();
  const files = renderRuleDocs(catalog, await collectQuickFixes(catalog));
  mkdirSync(DOCS_DIR, { recursive: true });
  for (const old of existsSync(DOCS_DIR) ? readdirSync(DOCS_DIR) : []) if (old.endsWith('.md') && !(old in files)) rmSync(join(DOCS_DIR, old));
  let changed = 0;
  for (const [file, text] of Object.entries(files)) {
    const target = join(DOCS_DIR, file);
    if (existsSync(target) && readFileSync(target, 'utf8') === text) continue;
    writeFileSync(target, text);
    changed++;
  }
  console.log(`docs/rules: ${Object.keys(files).length} pages, ${changed} written`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

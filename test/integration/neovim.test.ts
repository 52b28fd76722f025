import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLIENT, positionOf, requireBuiltServer, RESOURCE_SERVER, scopeListPosition } from '../support/lsp-client';

/**
 * Neovim's built-in LSP client against `node dist/server.js --stdio`: proof that the server works with an editor
 * other than VS Code. Neovim runs headless with a generated init.lua that starts the client for json/yaml buffers,
 * waits for diagnostics, asks for completion and hover, writes what it got as JSON and quits.
 */

// One undeclared scope (`orders/write`) and a client_credentials client without secret, as in the stdio test.
const NVIM_CLIENT = CLIENT.replace('["orders/read", "orders/write"]', '["orders/write"]');

const INIT_LUA = String.raw`
local env = vim.env
local out_path = env.LENS_OUT
local result = { codes = {}, descriptions = {} }

local function write(tbl)
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.fn.json_encode(tbl))
  f:close()
end

local function start_for(bufnr)
  local config = {
    name = 'cognito-lens',
    cmd = { 'node', env.LENS_SERVER, '--stdio' },
    root_dir = env.LENS_ROOT,
    workspace_folders = { { uri = vim.uri_from_fname(env.LENS_ROOT), name = 'ws' } },
  }
  if vim.lsp.start then
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  -- Neovim 0.7 (Debian bookworm) has no vim.lsp.start yet.
  local id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'json', 'yaml' },
  callback = function(args) start_for(args.buf) end,
})

local function run()
  local bufnr = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[bufnr].filetype
  local function codes()
    local set = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local lsp = d.user_data and d.user_data.lsp or {}
      local code = d.code or lsp.code
      if code then set[code] = (lsp.codeDescription or {}).href or '' end
    end
    return set
  end
  local ok = vim.wait(20000, function()
    local c = codes()
    return c['cognito/custom-scope-not-defined'] ~= nil and c['cognito/client-credentials-requires-secret'] ~= nil
  end, 50)
  result.diagnostics_ok = ok
  for code, href in pairs(codes()) do
    table.insert(result.codes, code)
    result.descriptions[code] = href
  end
  table.sort(result.codes)

  local uri = vim.uri_from_bufnr(bufnr)
  local completion = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', {
    textDocument = { uri = uri },
    position = { line = tonumber(env.LENS_COMPLETE_LINE), character = tonumber(env.LENS_COMPLETE_CHAR) },
  }, 10000)
  result.completion = {}
  for _, res in pairs(completion or {}) do
    local items = res.result and (res.result.items or res.result) or {}
    for _, item in ipairs(items) do table.insert(result.completion, item.label) end
  end

  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
    textDocument = { uri = uri },
    position = { line = tonumber(env.LENS_HOVER_LINE), character = tonumber(env.LENS_HOVER_CHAR) },
  }, 10000)
  for _, res in pairs(hover or {}) do
    if res.result and res.result.contents then
      result.hover_kind = res.result.contents.kind
      result.hover = res.result.contents.value
    end
  end
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local ok, err = pcall(run)
    if not ok then result.error = tostring(err) end
    write(result)
    vim.cmd('qa!')
  end,
})
`;

interface NvimResult {
  filetype: string;
  diagnostics_ok: boolean;
  codes: string[];
  descriptions: Record<string, string>;
  completion: string[];
  hover?: string;
  hover_kind?: string;
  error?: string;
}

function nvimVersion(): string | undefined {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n')[0] : undefined;
}

describe('Neovim built-in LSP client', () => {
  let dir: string;
  let result: NvimResult;

  before(async () => {
    const version = nvimVersion();
    assert.ok(version, 'Neovim (`nvim`) is not installed: install it to run this test (`apt-get install -y neovim`; CI installs it).');
    const server = requireBuiltServer();
    dir = mkdtempSync(join(tmpdir(), 'cognito-lens-nvim-'));
    writeFileSync(join(dir, 'orders-resource-server.yaml'), RESOURCE_SERVER);
    const clientFile = join(dir, 'm2m-client.json');
    writeFileSync(clientFile, NVIM_CLIENT);
    const init = join(dir, 'init.lua');
    writeFileSync(init, INIT_LUA);
    const out = join(dir, 'result.json');
    const complete = scopeListPosition(NVIM_CLIENT);
    const hover = positionOf(NVIM_CLIENT, 'AllowedOAuthFlowsUserPoolClient', 3);
    const env = {
      ...process.env,
      LENS_OUT: out, LENS_SERVER: server, LENS_ROOT: dir,
      LENS_COMPLETE_LINE: String(complete.line), LENS_COMPLETE_CHAR: String(complete.character),
      LENS_HOVER_LINE: String(hover.line), LENS_HOVER_CHAR: String(hover.character),
    };
    const child = spawn('nvim', ['--headless', '--clean', '-u', init, clientFile], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.on('exit', (c) => { clearTimeout(timer); resolve(c); });
    });
    assert.ok(existsSync(out), `Neovim (${version}) exited with ${code} without writing results; stderr: ${stderr}`);
    result = JSON.parse(readFileSync(out, 'utf8')) as NvimResult;
    assert.equal(result.error, undefined, `the init.lua script failed: ${result.error}`);
    if (process.env.LENS_DEBUG) console.error(JSON.stringify(result, null, 1));
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('starts the server for the JSON buffer and receives cognito diagnostics with doc links', () => {
    assert.equal(result.filetype, 'json');
    assert.ok(result.diagnostics_ok, `diagnostics seen: ${JSON.stringify(result.codes)}`);
    for (const code of ['cognito/client-credentials-requires-secret', 'cognito/custom-scope-not-defined']) {
      assert.ok(result.codes.includes(code), `${code} missing from ${JSON.stringify(result.codes)}`);
      assert.match(result.descriptions[code], new RegExp(code.split('/')[1]));
    }
    assert.ok(result.codes.every((c) => c.startsWith('cognito/')), JSON.stringify(result.codes));
  });

  it('completes the workspace scope in the scope list, without standard scopes for a client_credentials client', () => {
    assert.deepEqual(result.completion, ['orders/read']);
  });

  it('shows the field hover as markdown', () => {
    assert.equal(result.hover_kind, 'markdown');
    assert.match(result.hover ?? '', /\*\*AllowedOAuthFlowsUserPoolClient\*\*/);
    assert.match(result.hover ?? '', /invalid_grant/);
  });
});

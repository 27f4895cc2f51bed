-- Headless Neovim (>= 0.7) as an LSP client of the Journey Maps language server.
--
--   LSP_CMD='node /abs/path/bin/journey-language-server.cjs --stdio' \
--     nvim --headless --clean -c 'luafile scripts/nvim-lsp-diag.lua' path/to/file.journey
--
-- Starts LSP_CMD with vim.lsp.start_client (Neovim 0.7 has no vim.lsp.start), attaches it to the
-- current buffer as filetype `journey`, waits for the server's diagnostics for that buffer and
-- prints one line per diagnostic to stdout:  line:col: severity: message  (1-based line and column),
-- then quits with `qa!` (exit code 0).
-- It never hangs: with no diagnostics within LSP_TIMEOUT_MS (default 15000) it prints the reason to
-- stderr and exits 1; exit 2 if the server cannot be started or exits early.
--
-- Environment:
--   LSP_CMD         the server command, split on whitespace; or a JSON array for paths with spaces
--   LSP_ROOT        workspace root (default: the file's own folder, not the current directory)
--   LSP_TIMEOUT_MS  how long to wait for diagnostics (default 15000)
--   LSP_SETTLE_MS   after diagnostics arrive, wait this long for a newer set (default 300)

local function out(line) io.stdout:write(line, '\n') end
local function err(line) io.stderr:write(line, '\n') end
local function fail(code, message)
  err('nvim-lsp-diag: ' .. message)
  io.stdout:flush()
  io.stderr:flush()
  vim.cmd('cquit ' .. code)
end

local cmd_env = os.getenv('LSP_CMD')
if not cmd_env or cmd_env:match('^%s*$') then
  fail(2, 'set LSP_CMD to the language server command, e.g. "node bin/journey-language-server.cjs --stdio"')
end
local cmd
if cmd_env:match('^%s*%[') then
  cmd = vim.fn.json_decode(cmd_env)
else
  cmd = vim.split(vim.trim(cmd_env), '%s+', { trimempty = true })
end
local timeout = tonumber(os.getenv('LSP_TIMEOUT_MS') or '') or 15000
local settle = tonumber(os.getenv('LSP_SETTLE_MS') or '') or 300

local buf = vim.api.nvim_get_current_buf()
local fname = vim.api.nvim_buf_get_name(buf)
if fname == '' then
  fail(2, 'no file given: pass the .journey file to open after the -c argument')
end
vim.bo[buf].filetype = 'journey'
local root = os.getenv('LSP_ROOT') or vim.fn.fnamemodify(fname, ':p:h')

-- The latest diagnostics for this buffer, and when they came.
local latest, latest_at = nil, nil
local exited = nil

-- Same file? Compare decoded paths, so a server that percent-encodes differently still matches.
local function is_this_buffer(uri)
  local ok, path = pcall(vim.uri_to_fname, uri)
  return ok and vim.fn.fnamemodify(path, ':p') == vim.fn.fnamemodify(fname, ':p')
end

local client_id = vim.lsp.start_client({
  name = 'journey',
  cmd = cmd,
  root_dir = root,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(e, result, ctx, config)
      if result and is_this_buffer(result.uri) then
        latest, latest_at = result, vim.loop.now()
      end
    end,
  },
  on_exit = function(code, signal) exited = { code = code, signal = signal } end,
})
if not client_id then
  fail(2, 'could not start ' .. table.concat(cmd, ' '))
end
vim.lsp.buf_attach_client(buf, client_id)

-- Wait for a first set of diagnostics, then for the server to go quiet for `settle` ms.
local done = vim.wait(timeout, function()
  if exited then return true end
  return latest ~= nil and vim.loop.now() - latest_at >= settle
end, 20)

if exited and not latest then
  fail(2, string.format('the language server exited (code %s, signal %s) before publishing diagnostics',
    tostring(exited.code), tostring(exited.signal)))
elseif not done or not latest then
  fail(1, string.format('timed out after %d ms waiting for diagnostics for %s', timeout, fname))
end

local severity_names = { 'error', 'warning', 'information', 'hint' }
for _, d in ipairs(latest.diagnostics) do
  local message = tostring(d.message):gsub('\r?\n', ' ')
  out(string.format('%d:%d: %s: %s', d.range.start.line + 1, d.range.start.character + 1,
    severity_names[d.severity or 1] or tostring(d.severity), message))
end
io.stdout:flush()

vim.lsp.stop_client(client_id)
vim.wait(1000, function() return exited ~= nil end, 20)
vim.cmd('qa!')

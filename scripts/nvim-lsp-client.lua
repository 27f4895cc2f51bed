-- Headless Neovim (>= 0.7) as an LSP client of the Journey Maps language server.
--
--   LSP_CMD='node /abs/path/bin/journey-language-server.cjs --stdio' \
--   LSP_REQUESTS='[{"method":"textDocument/hover","line":3,"col":40}]' \
--     nvim --headless --clean -c 'luafile scripts/nvim-lsp-client.lua' path/to/file.journey
--
-- Starts LSP_CMD with vim.lsp.start_client (Neovim 0.7 has no vim.lsp.start), attaches it to the
-- current buffer as filetype `journey`, waits for the server's diagnostics for that buffer and
-- prints one line per diagnostic to stdout:  line:col: severity: message  (1-based line and column).
-- Then it sends each request of LSP_REQUESTS through Neovim's own vim.lsp.buf_request_sync and
-- prints one line per request:  @@ {"method":…,"line":…,"col":…,"result":…,"error":…}  (JSON;
-- "error" is the server's error, or "timeout"). It quits with `qa!` (exit code 0).
-- It never hangs: with no diagnostics within LSP_TIMEOUT_MS (default 15000) it prints the reason to
-- stderr and exits 1; exit 2 if the server cannot be started or exits early.
--
-- Environment:
--   LSP_CMD         the server command, split on whitespace; or a JSON array for paths with spaces
--   LSP_ROOT        workspace root (default: the file's own folder, not the current directory)
--   LSP_TIMEOUT_MS  how long to wait for diagnostics, and for each request (default 15000)
--   LSP_SETTLE_MS   after diagnostics arrive, wait this long for a newer set (default 300)
--   LSP_SETTINGS    optional JSON object: the client's settings (e.g. {"journey":{"rules":{"*":"off"}}}).
--                   They answer the server's workspace/configuration requests and, as
--                   nvim-lspconfig does, are sent in a workspace/didChangeConfiguration on init.
--   LSP_INIT_OPTIONS optional JSON object: the initializationOptions
--   LSP_REQUESTS    optional JSON array of requests: {"method", "line", "col", "params"}. The
--                   params sent are {textDocument} plus, when line and col (1-based) are given, a
--                   position; "params" is merged over them (e.g. a range, or formatting options).

local function out(line) io.stdout:write(line, '\n') end
local function err(line) io.stderr:write(line, '\n') end
local function fail(code, message)
  err('nvim-lsp-client: ' .. message)
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
local function json_object_env(name)
  local text = os.getenv(name)
  if not text or text:match('^%s*$') then return nil end
  local ok, decoded = pcall(vim.fn.json_decode, text)
  if not ok or type(decoded) ~= 'table' then
    fail(2, name .. ' is not a JSON object: ' .. tostring(decoded))
  end
  return decoded
end
local settings = json_object_env('LSP_SETTINGS')
local init_options = json_object_env('LSP_INIT_OPTIONS')
local requests = {}
local requests_env = os.getenv('LSP_REQUESTS')
if requests_env and not requests_env:match('^%s*$') then
  local ok, decoded = pcall(vim.fn.json_decode, requests_env)
  if not ok or type(decoded) ~= 'table' then
    fail(2, 'LSP_REQUESTS is not a JSON array of requests: ' .. tostring(decoded))
  end
  requests = decoded
end

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
  settings = settings or vim.empty_dict(),
  init_options = init_options,
  on_init = function(client)
    if settings then client.notify('workspace/didChangeConfiguration', { settings = settings }) end
  end,
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

-- JSON null for what Lua holds as nil, so every reply line has the same keys.
local function or_null(value)
  if value == nil then return vim.NIL end
  return value
end

for index, request in ipairs(requests) do
  if type(request) ~= 'table' or type(request.method) ~= 'string' then
    fail(2, string.format('LSP_REQUESTS[%d] has no "method"', index))
  end
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) } }
  if type(request.line) == 'number' and type(request.col) == 'number' then
    params.position = { line = request.line - 1, character = request.col - 1 }
  end
  if type(request.params) == 'table' then
    params = vim.tbl_deep_extend('force', params, request.params)
  end
  local replies, request_error = vim.lsp.buf_request_sync(buf, request.method, params, timeout)
  local reply = replies and replies[client_id]
  local failure = request_error
  if reply and reply.err then
    failure = reply.err
  elseif not reply and not failure then
    failure = 'no reply'
  end
  out('@@ ' .. vim.fn.json_encode({
    method = request.method,
    line = or_null(request.line),
    col = or_null(request.col),
    result = or_null(reply and reply.result),
    error = or_null(failure),
  }))
  io.stdout:flush()
end

vim.lsp.stop_client(client_id)
vim.wait(1000, function() return exited ~= nil end, 20)
vim.cmd('qa!')

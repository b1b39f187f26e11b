-- Neovim test of `surety lsp`: headless Neovim opens an example draft with a known error,
-- attaches the server through Neovim's own LSP client, and asserts what the editor shows:
--   1. the diagnostics in the buffer (vim.diagnostic) are the draft's `.expected` findings, with
--      their codes, lines, columns and severities;
--   2. go to definition on a party in a commitment lands on the party's declaration, in the
--      included file;
--   3. formatting through the server puts a disordered buffer back into the canonical layout.
--
-- Run by editors/test/nvim-lsp.sh as
--   nvim --headless -u NONE -i NONE -n -c 'luafile editors/test/nvim-lsp.lua'
-- Environment: SURETY_CMD (the surety command), SURETY_DRAFT (the draft, absolute),
-- SURETY_EXPECTED (its .expected file), SURETY_FORMATTED (the draft in canonical layout),
-- SURETY_DEF_LINE / SURETY_DEF_COL / SURETY_DEF_FILE (the use to jump from, 1-based, and the
-- file the declaration is in), SURETY_DECL_LINE (the declaration's line there).
-- Writes "nvim-lsp: ok: ..." lines and exits 0, or "nvim-lsp: FAIL: ..." and exits 1.
-- Works with Neovim 0.7 (Debian bookworm) and later: the API differences are handled below.

local TIMEOUT = tonumber(vim.env.SURETY_TIMEOUT_MS or '120000')

local function out(message)
  io.stdout:write(message .. '\n')
end

local function fail(message)
  io.stderr:write('nvim-lsp: FAIL: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local function env(name)
  local value = vim.env[name]
  if value == nil or value == '' then fail('the environment variable ' .. name .. ' is not set') end
  return value
end

local function read_lines(path)
  local lines = {}
  for line in io.lines(path) do table.insert(lines, line) end
  return lines
end

-- Disorders the layout of a draft's lines without changing its meaning: statements pushed to the
-- left margin, runs of blanks, blanks before punctuation, a statement split over two lines, more
-- blank lines. Lines with a string or a comment are kept as they are.
local function disorder(lines)
  local result = {}
  for i, line in ipairs(lines) do
    if line:match('^%s+%a') and not line:find('"', 1, true) and not line:find('//', 1, true)
        and not line:find('/*', 1, true) then
      local text = vim.trim(line):gsub(' ', '   '):gsub(',', ' ,'):gsub('%.$', ' .')
      if i % 3 == 0 then
        local first, rest = text:match('^(%S+)%s+(.*)$')
        if first then
          table.insert(result, first)
          text = '        ' .. rest
        end
      end
      table.insert(result, text)
    else
      table.insert(result, line)
    end
    if line == '' then table.insert(result, '') end
  end
  return result
end

local ok, err = pcall(function()
  local cmd = env('SURETY_CMD')
  local draft = env('SURETY_DRAFT')
  local expected_file = env('SURETY_EXPECTED')

  -- ---- open the draft and attach the server ---------------------------------------------
  vim.cmd('edit ' .. vim.fn.fnameescape(draft))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'surety' -- the languageId of didOpen
  local stderr_lines = {}
  local exited
  local client_id = vim.lsp.start_client({
    name = 'surety',
    cmd = { cmd, 'lsp' },
    root_dir = vim.fn.fnamemodify(draft, ':h'),
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
    handlers = {
      ['window/logMessage'] = function(_, result) table.insert(stderr_lines, result and result.message or '') end,
    },
  })
  if not client_id then fail('vim.lsp.start_client did not start `' .. cmd .. ' lsp`') end
  vim.lsp.buf_attach_client(bufnr, client_id)

  -- ---- 1. diagnostics --------------------------------------------------------------------
  local expected = {}
  for _, line in ipairs(read_lines(expected_file)) do
    -- `LINE:COL CODE SEVERITY MESSAGE`; findings in another file carry its name first: skipped.
    local l, c, code, severity, message = line:match('^(%d+):(%d+) (SUR%d%d%d) (%a+) (.*)$')
    if l then
      table.insert(expected, { lnum = tonumber(l), col = tonumber(c), code = code, severity = severity, message = message })
    end
  end
  if #expected == 0 then fail(expected_file .. ' lists no finding') end

  local got_all = vim.wait(TIMEOUT, function()
    return exited ~= nil or #vim.diagnostic.get(bufnr) >= #expected
  end, 100)
  if exited then
    fail(('`%s lsp` exited (code %s, signal %s) before publishing diagnostics'):format(cmd, exited.code, exited.signal))
  end
  local diagnostics = vim.diagnostic.get(bufnr)
  if not got_all then
    fail(('after %d ms the buffer shows %d diagnostic(s), expected %d'):format(TIMEOUT, #diagnostics, #expected))
  end
  -- Let a late second publication settle, then read again.
  vim.wait(500, function() return false end)
  diagnostics = vim.diagnostic.get(bufnr)

  local severities = { [vim.diagnostic.severity.ERROR] = 'error', [vim.diagnostic.severity.WARN] = 'warning',
    [vim.diagnostic.severity.INFO] = 'info', [vim.diagnostic.severity.HINT] = 'hint' }
  local function key(lnum, col, code, severity) return ('%d:%d %s %s'):format(lnum, col, code, severity) end
  local shown = {}
  for _, d in ipairs(diagnostics) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    -- vim.diagnostic is 0-based; the draft is ASCII, so UTF-16 columns are code points.
    table.insert(shown, key(d.lnum + 1, d.col + 1, tostring(code), severities[d.severity] or tostring(d.severity)))
  end
  local wanted = {}
  for _, e in ipairs(expected) do table.insert(wanted, key(e.lnum, e.col, e.code, e.severity)) end
  table.sort(shown)
  table.sort(wanted)
  if not vim.deep_equal(shown, wanted) then
    fail('the buffer shows the diagnostics\n  ' .. table.concat(shown, '\n  ') .. '\nexpected\n  ' .. table.concat(wanted, '\n  '))
  end
  local the_error
  for _, e in ipairs(expected) do if e.severity == 'error' then the_error = e break end end
  if not the_error then fail(expected_file .. ' lists no error: pick a draft with a known error') end
  -- The error is also what the cursor line shows: the diagnostics on that line include it.
  local on_line = vim.diagnostic.get(bufnr, { lnum = the_error.lnum - 1, severity = vim.diagnostic.severity.ERROR })
  local found = false
  for _, d in ipairs(on_line) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    if code == the_error.code and d.col + 1 == the_error.col and d.message:find(the_error.message:sub(1, 40), 1, true) then
      found = true
    end
  end
  if not found then fail(('no error %s at %d:%d with its message'):format(the_error.code, the_error.lnum, the_error.col)) end
  out(('nvim-lsp: ok: %d diagnostics as in %s, among them error %s at line %d, column %d')
    :format(#diagnostics, vim.fn.fnamemodify(expected_file, ':t'), the_error.code, the_error.lnum, the_error.col))

  -- ---- 2. go to definition ---------------------------------------------------------------
  local def_line, def_col = tonumber(env('SURETY_DEF_LINE')), tonumber(env('SURETY_DEF_COL'))
  local decl_file, decl_line = env('SURETY_DEF_FILE'), tonumber(env('SURETY_DECL_LINE'))
  vim.api.nvim_win_set_cursor(0, { def_line, def_col - 1 })
  local word = vim.fn.expand('<cword>')
  vim.lsp.buf.definition()
  local jumped = vim.wait(TIMEOUT, function()
    return vim.api.nvim_buf_get_name(0) == decl_file and vim.api.nvim_win_get_cursor(0)[1] == decl_line
  end, 50)
  local here = vim.api.nvim_buf_get_name(0)
  local cursor = vim.api.nvim_win_get_cursor(0)
  if not jumped then
    fail(('definition of `%s` at %d:%d landed at %s:%d:%d, expected %s:%d')
      :format(word, def_line, def_col, here, cursor[1], cursor[2] + 1, decl_file, decl_line))
  end
  local declaration = vim.api.nvim_get_current_line()
  if not declaration:find(word, 1, true) then
    fail(('definition of `%s` landed on a line that does not name it: %q'):format(word, declaration))
  end
  out(('nvim-lsp: ok: definition of `%s` (line %d) jumps to %s:%d:%d: %s')
    :format(word, def_line, vim.fn.fnamemodify(here, ':t'), cursor[1], cursor[2] + 1, vim.trim(declaration)))

  -- ---- 3. formatting ---------------------------------------------------------------------
  vim.cmd('buffer ' .. bufnr)
  local formatted = read_lines(env('SURETY_FORMATTED'))
  local original = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local disordered = disorder(original)
  if vim.env.SURETY_DISORDERED_OUT then vim.fn.writefile(disordered, vim.env.SURETY_DISORDERED_OUT) end
  if vim.deep_equal(disordered, formatted) then fail('the disordered buffer is already formatted: nothing to test') end
  local client = vim.lsp.get_client_by_id(client_id)
  local caps = client.server_capabilities or {}
  local can_format = caps.documentFormattingProvider
  if can_format == nil and client.resolved_capabilities then -- Neovim 0.7
    can_format = client.resolved_capabilities.document_formatting
  end
  if not can_format then fail('the server does not offer formatting (no documentFormattingProvider)') end
  vim.api.nvim_buf_set_lines(bufnr, 0, -1, false, disordered)
  if vim.lsp.buf.format then
    vim.lsp.buf.format({ bufnr = bufnr, async = false, timeout_ms = TIMEOUT })
  else
    vim.lsp.buf.formatting_sync(nil, TIMEOUT) -- Neovim 0.7
  end
  local after = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  if vim.deep_equal(after, disordered) then fail('formatting left the buffer unchanged') end
  if not vim.deep_equal(after, formatted) then
    local first_difference
    for i = 1, math.max(#after, #formatted) do
      if after[i] ~= formatted[i] then first_difference = i break end
    end
    fail(('after formatting, line %d of the buffer is %q, expected %q (%d lines, expected %d)')
      :format(first_difference, after[first_difference] or '<none>', formatted[first_difference] or '<none>', #after, #formatted))
  end
  out(('nvim-lsp: ok: formatting turned %d disordered lines into the %d lines of the canonical layout')
    :format(#disordered, #after))

  -- ---- shut down -------------------------------------------------------------------------
  vim.lsp.stop_client(client_id)
  vim.wait(10000, function() return exited ~= nil end, 50)
end)

if not ok then fail(tostring(err)) end
vim.cmd('qall!')

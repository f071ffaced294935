-- Neovim's built-in LSP client against `wflint server` (docs/editors.md):
-- open an invalid document, wait for its diagnostics and check them, apply
-- the preferred quick fix, check the buffer's text and the diagnostics left.
--
-- Run headless, with no user configuration (Scripts/test):
--   WFLINT=.build/release/wflint nvim --headless -u NONE -c 'luafile Tests/Neovim/lsp_test.lua'
-- Exits 0 when every check holds, 1 with the failure on standard error.
-- Debian 12's Neovim is 0.7, which has no vim.lsp.start: the client is
-- started with vim.lsp.start_client and attached with vim.lsp.buf_attach_client.
-- Nothing sleeps: each step waits (vim.wait, bounded) for its condition.

local WAIT_MS = 30000 -- only turns a hang into a failure

local function fail(message)
  io.stderr:write("FAIL: " .. message .. "\n")
  vim.cmd("cquit 1")
end

local function expect_equal(actual, expected, what)
  if not vim.deep_equal(actual, expected) then
    fail(what .. ":\n  expected " .. vim.inspect(expected) .. "\n  got      " .. vim.inspect(actual))
  end
end

local function run()
  local wflint = vim.fn.fnamemodify(os.getenv("WFLINT") or ".build/debug/wflint", ":p")
  local root = vim.fn.tempname()
  vim.fn.mkdir(root .. "/.git", "p")
  local path = root .. "/team.yaml"
  vim.fn.writefile({
    "WorkforceName: labelers",
    "CognitoConfig: {UserPool: us-east-1_abc, ClientID: abc}",
    "SourceIpConfig:",
    "  Cidrs:",
    "    - 203.0.113.1/24",
  }, path)
  vim.cmd("edit " .. vim.fn.fnameescape(path))
  local buffer = vim.api.nvim_get_current_buf()

  local client_id = vim.lsp.start_client({
    name = "wflint",
    cmd = { wflint, "server", "--debounce-ms", "0" },
    cmd_cwd = root,
    root_dir = root,
  })
  if not client_id then return fail("the client did not start") end
  vim.lsp.buf_attach_client(buffer, client_id)

  local function diagnostics()
    local found = {}
    for _, d in ipairs(vim.diagnostic.get(buffer)) do
      local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
      table.insert(found, { d.lnum, d.col, d.severity, code, d.message })
    end
    table.sort(found, function(a, b) return a[1] < b[1] or (a[1] == b[1] and a[2] < b[2]) end)
    return found
  end

  if not vim.wait(WAIT_MS, function() return #vim.diagnostic.get(buffer) == 3 end, 20) then
    return fail("no diagnostics came: " .. vim.inspect(diagnostics()))
  end
  local E, W = vim.diagnostic.severity.ERROR, vim.diagnostic.severity.WARN
  expect_equal(diagnostics(), {
    { 1, 0, E, "WF005", 'CognitoConfig is missing required member "ClientId" [missing-field]' },
    { 1, 41, E, "WF003", "\"ClientID\" is not a member of CognitoConfig; did you mean 'ClientId'? [unknown-field]" },
    { 4, 6, W, "WF203", 'CIDR "203.0.113.1/24" has host bits set; the block it allows is "203.0.113.0/24" [cidr-host-bits]' },
  }, "diagnostics of the invalid document")

  -- The code actions at the CIDR (line 5, 0-based 4), as `vim.lsp.buf.code_action` asks.
  local params = vim.lsp.util.make_range_params()
  params.range = { start = { line = 4, character = 8 }, ["end"] = { line = 4, character = 8 } }
  params.context = { diagnostics = {} }
  local responses = vim.lsp.buf_request_sync(buffer, "textDocument/codeAction", params, WAIT_MS)
  local actions = responses and responses[client_id] and responses[client_id].result or {}
  local titles = {}
  for _, action in ipairs(actions) do table.insert(titles, action.title) end
  expect_equal(titles, {
    "Write the network address 203.0.113.0/24",
    "Disable WF203 for this line",
    "Disable WF203 for this file",
    "Fix all safe wflint findings (2 fixes)",
  }, "code action titles")
  local preferred = vim.tbl_filter(function(action) return action.isPreferred end, actions)
  expect_equal(#preferred, 1, "preferred actions")
  vim.lsp.util.apply_workspace_edit(preferred[1].edit, "utf-16")

  expect_equal(vim.api.nvim_buf_get_lines(buffer, 0, -1, false), {
    "WorkforceName: labelers",
    "CognitoConfig: {UserPool: us-east-1_abc, ClientID: abc}",
    "SourceIpConfig:",
    "  Cidrs:",
    "    - 203.0.113.0/24",
  }, "the buffer after the quick fix")
  -- The edit went to the server as a change: the fixed finding goes away.
  if not vim.wait(WAIT_MS, function() return #vim.diagnostic.get(buffer) == 2 end, 20) then
    return fail("the fixed finding stayed: " .. vim.inspect(diagnostics()))
  end
  expect_equal(vim.tbl_map(function(d) return d[4] end, diagnostics()), { "WF005", "WF003" }, "diagnostics left")

  vim.lsp.stop_client(client_id)
  vim.fn.delete(root, "rf")
  io.stderr:write("ok: Neovim " .. tostring(vim.version().major) .. "." .. tostring(vim.version().minor)
    .. ": diagnostics, quick fix and buffer text as expected\n")
  vim.cmd("qall!")
end

local ok, error = pcall(run)
if not ok then fail(tostring(error)) end

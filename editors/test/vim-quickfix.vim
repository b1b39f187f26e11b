" Vim reads `surety lint --format gcc` into its quickfix list with its DEFAULT 'errorformat'
" (this script sets none: run it with `vim -N -u NONE -i NONE -es -S vim-quickfix.vim`).
"
" Environment:
"   SURETY_LINT_CMD   the lint command to run (its output is read with :cgetexpr)
"   SURETY_LINT_OUT   a file holding the same command's output (read with :cgetfile)
"   SURETY_QF_JSON    where to write what Vim shows: the quickfix entries and :clist
"   SURETY_VIMFILES   a runtime directory with compiler/surety.vim (docs/cli.md), for :make
"   SURETY_DRAFT      the draft that :make checks
"   SURETY_SPACED_DRAFT      a copy of it whose name has spaces and a colon
"   SURETY_FTPLUGIN_MAKEPRG  a file with the ftplugin's `setlocal makeprg=` of docs/editors.md
"
" The shell script editors/test/vim-quickfix.sh asserts on the JSON; this script only records.
set nocompatible
let s:result = {'errorformat': &errorformat}

function! s:Entries() abort
  return map(getqflist(), {_, e -> {
        \ 'file': bufname(e.bufnr), 'lnum': e.lnum, 'col': e.col, 'vcol': e.vcol,
        \ 'valid': e.valid, 'type': e.type, 'text': e.text}})
endfunction

try
  " 1. :cgetexpr on the command's output, as a user would with :cexpr system('...').
  cgetexpr systemlist($SURETY_LINT_CMD)
  let s:result.cexpr = s:Entries()
  let s:result.cexpr_clist = split(execute('clist'), "\n")

  " 2. :cgetfile on the same output saved to a file (what :make does through 'makeef').
  execute 'cgetfile ' . fnameescape($SURETY_LINT_OUT)
  let s:result.cfile = s:Entries()
  let s:result.cfile_clist = split(execute('clist'), "\n")

  " 3. Jumping to the first error: :cfirst opens the file at the line and column.
  silent! cfirst
  let s:result.jump = {'file': bufname('%'), 'lnum': line('.'), 'col': col('.')}

  " 4. The `:compiler surety` plugin of docs/cli.md, then :make on the draft, as a user would.
  if !empty($SURETY_VIMFILES)
    let &runtimepath = $SURETY_VIMFILES . ',' . &runtimepath
    execute 'edit ' . fnameescape($SURETY_DRAFT)
    compiler surety
    let s:result.make_errorformat = &l:errorformat
    let s:result.makeprg = &l:makeprg
    silent make
    let s:result.make = s:Entries()
  endif

  " 5. A draft whose name has spaces and a colon: :make with the compiler plugin, :make with the
  "    ftplugin's makeprg (docs/editors.md), and the :cexpr of docs/editors.md.
  if !empty($SURETY_SPACED_DRAFT)
    execute 'edit ' . fnameescape($SURETY_SPACED_DRAFT)
    let s:result.spaced_bufname = bufname('%')
    compiler surety
    silent make
    let s:result.make_spaced = s:Entries()
    " the ftplugin alone, with the default errorformat (no :compiler)
    setlocal errorformat<
    execute 'source ' . fnameescape($SURETY_FTPLUGIN_MAKEPRG)
    let s:result.ftplugin_makeprg = &l:makeprg
    silent make
    let s:result.ftplugin_spaced = s:Entries()
    cexpr system('surety lint --format gcc ' . shellescape(expand('%')))
    let s:result.cexpr_spaced = s:Entries()
  endif
catch
  let s:result.exception = v:exception . ' at ' . v:throwpoint
endtry

call writefile([json_encode(s:result)], $SURETY_QF_JSON)
qall!

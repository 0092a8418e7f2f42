// The form's stylesheet, added to the widget's shadow root when the form chunk loads. The colour
// variables (--b, --t, --e, --k, --f…) come from the list's stylesheet (`../styles.ts`).
export const formStyles = `label,legend,.er{font-weight:700}
label{margin-bottom:8px}
form,.ok{max-width:640px;margin-top:16px}
.g{border:0;margin-bottom:24px}
label,legend{display:block}
input,select,textarea{display:block;width:100%;background:var(--b);border:2px solid;padding:6px 8px}
.o label{display:flex;gap:8px;font-weight:400}
.o input{width:24px;height:24px;flex:none;accent-color:var(--c)}
.x{border-left:4px solid var(--e);padding-left:12px}
.er,.over,.es a{color:var(--e)}
.es{border:4px solid var(--e);padding:16px;margin-bottom:24px}
.pc{border-left:4px solid var(--k);padding-left:12px}
.pc ul{list-style:disc;padding-left:20px}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
[tabindex]{outline:0}
input:focus,select:focus,textarea:focus{outline:4px solid var(--f);box-shadow:inset 0 0 0 2px}
.es:focus{outline:4px solid var(--f)}
`

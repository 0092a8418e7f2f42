// The widget's one stylesheet, adopted as a constructable stylesheet (so a CSP without
// 'unsafe-inline' is fine). Written compactly by hand: it ships inside the 10 KB budget.
// The host page reaches in only through inherited properties, which `.c` resets with `all` (and
// `direction`, which `all` leaves alone), and through the root font size, which `rem` would
// follow: only px units here.
const dark =
  '--b:var(--heard-background,#1d252b);--t:var(--heard-text,#f0f4f5);--s:#b4bfc6;--l:var(--heard-link,#8fcbff);--e:#ff8a80;--k:#4c6272;color-scheme:dark'

export const styles = `:host{display:block!important;visibility:visible!important;opacity:1!important}
:host([hidden]){display:none!important}
*{box-sizing:border-box;margin:0;padding:0;font:inherit;color:inherit}
.c{all:initial;display:block;direction:ltr;--b:var(--heard-background,#fff);--t:var(--heard-text,#212b32);--s:#4c6272;--l:var(--heard-link,#005eb8);--c:var(--heard-color,#005eb8);--f:var(--heard-focus,#ffeb3b);--e:#d5281b;--k:#d8dde0;--r:var(--heard-radius,4px);font:16px/1.5 var(--heard-font,Arial,sans-serif);color:var(--t);background:var(--b);border:1px solid var(--k);border-radius:var(--r);padding:16px;overflow-wrap:anywhere}
.dark{${dark}}
@media(prefers-color-scheme:dark){.auto{${dark}}}
h2,h3,h4,label,legend,button,.er{font-weight:700}
h2{font-size:22px}
h3{font-size:18px}
p,h2,h3,h4,label{margin-bottom:8px}
a{color:var(--l)}
ul{list-style:none}
.l{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));column-gap:32px}
.l>li{border-top:1px solid var(--k);padding-top:12px;min-height:140px}
.m,.h{color:var(--s)}
.m{font-size:14px}
.a{display:flex;flex-wrap:wrap;align-items:center;gap:12px 20px}
button{color:#fff;background:var(--c);border:2px solid var(--c);border-radius:var(--r);padding:8px 16px;cursor:pointer}
.s{color:var(--l);background:0}
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
a:focus,button:focus{outline:4px solid #0000;background:var(--f);color:#212b32;box-shadow:0 4px #212b32;text-decoration:none}
input:focus,select:focus,textarea:focus{outline:4px solid var(--f);box-shadow:inset 0 0 0 2px}
.es:focus{outline:4px solid var(--f)}
`

// The list's stylesheet, adopted as a constructable stylesheet (so a CSP without 'unsafe-inline'
// is fine); the form adds its own (`form/styles.ts`). Written compactly by hand: it ships in the
// entry's 8 KB budget.
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
h2,h3,h4,b,button{font-weight:700}
h2{font-size:22px}
h3{font-size:18px}
p,h2,h3,h4{margin-bottom:8px}
a{color:var(--l)}
ul{list-style:none}
.l{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));column-gap:32px}
.l>li{border-top:1px solid var(--k);padding-top:12px;min-height:140px}
.m,.h{color:var(--s)}
.m{font-size:14px}
.a{display:flex;flex-wrap:wrap;align-items:center;gap:12px 20px}
button{color:#fff;background:var(--c);border:2px solid var(--c);border-radius:var(--r);padding:8px 16px;cursor:pointer}
.s{color:var(--l);background:0}
.r{margin-bottom:8px}
.b{display:inline-block;border:1px solid;border-radius:var(--r);padding:0 6px;margin-left:4px;font-size:14px;font-weight:700}
a:focus,button:focus{outline:4px solid #0000;background:var(--f);color:#212b32;box-shadow:0 4px #212b32;text-decoration:none}
`

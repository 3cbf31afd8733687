// The stylesheet and the script, compiled in: the pages load nothing from
// elsewhere.
#include "web/handlers.h"

namespace vanban::web::internal {

namespace {

constexpr char kCss[] = R"css(
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:0;color:#1d2433;background:#f7f8fa;line-height:1.45}
header{display:flex;gap:1.2em;align-items:center;background:#1f3b63;color:#fff;padding:.6em 1.2em}
header a{color:#fff;text-decoration:none;margin-right:1em}
.brand{font-weight:bold;font-size:1.2em}
header form.quick{margin-left:auto}
main{max-width:1200px;margin:1em auto;padding:0 1em}
footer{color:#667;font-size:.85em;text-align:center;padding:2em}
h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #ccd;margin-top:1.6em}
table{border-collapse:collapse;width:100%;background:#fff;margin:.5em 0}
th,td{border:1px solid #d8dce3;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#eef1f6}
table.props th{width:14em}
.muted{color:#667}.error{color:#a00;font-weight:bold}
.count{display:inline-block;background:#fff;border:1px solid #ccd;padding:.4em .8em;margin:.2em;border-radius:4px}
[data-b]{cursor:pointer}[data-b]:hover{background:#fff6d5}
.evidence{color:#445;font-style:italic}
pre.source{position:relative;white-space:pre-wrap;background:#fff;border:1px solid #ccd;padding:1em;max-height:40em;overflow:auto;font-size:.9em}
mark{background:#ffe066}
mark#hl{background:#ffb347;outline:2px solid #e07b00}
form.filters{display:flex;flex-wrap:wrap;gap:.6em;align-items:end;background:#fff;padding:.6em;border:1px solid #ccd}
form.filters label{display:flex;flex-direction:column;font-size:.85em}
.pager a,.pager span{margin-right:.6em}
.status-overdue{color:#a00;font-weight:bold}.status-due-soon{color:#b36b00}
svg{background:#fff;border:1px solid #ccd;max-width:100%;height:auto}
svg a:hover rect{stroke:#e07b00;stroke-width:2}
.legend span{margin-right:1em}
)css";

constexpr char kJs[] = R"js(
(function(){
  function highlight(b, e, scrollPage) {
    var pre = document.getElementById('src');
    if (!pre) return;
    pre.textContent = pre.textContent;
    var node = pre.firstChild;
    if (!node || e > node.length || b > e) return;
    var range = document.createRange();
    range.setStart(node, b);
    range.setEnd(node, e);
    var mark = document.createElement('mark');
    mark.id = 'hl';
    range.surroundContents(mark);
    pre.scrollTop = Math.max(0, mark.offsetTop - pre.offsetTop - 80);
    if (scrollPage) mark.scrollIntoView({block: 'center'});
  }
  document.addEventListener('click', function(ev) {
    var fact = ev.target.closest('[data-b]');
    if (!fact || ev.target.closest('a')) return;
    highlight(+fact.dataset.b, +fact.dataset.e, true);
  });
  document.addEventListener('DOMContentLoaded', function() {
    var pre = document.getElementById('src');
    if (pre && pre.dataset.hb) highlight(+pre.dataset.hb, +pre.dataset.he, false);
  });
})();
)js";

Response Asset(const char* type, const char* body) {
  Response r;
  r.content_type = type;
  r.body = body;
  return r;
}

}  // namespace

Response Stylesheet(const Context&) {
  return Asset("text/css; charset=utf-8", kCss);
}

Response Script(const Context&) {
  return Asset("text/javascript; charset=utf-8", kJs);
}

}  // namespace vanban::web::internal

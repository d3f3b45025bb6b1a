// counterpoint report: opening a finding highlights its evidence in the article columns.
(function () {
  function show(details) {
    document.querySelectorAll("span.f.flash").forEach(function (el) { el.classList.remove("flash"); });
    var ids = (details.getAttribute("data-spans") || "").split(" ");
    var first = null;
    ids.forEach(function (id) {
      if (!id) { return; }
      var el = document.getElementById(id);
      if (el) {
        el.classList.add("flash");
        if (!first) { first = el; }
        var col = el.closest("article.col");
        if (col) { col.scrollTop = el.offsetTop - col.offsetTop - 60; }
      }
    });
  }
  document.querySelectorAll("details.finding").forEach(function (d) {
    d.addEventListener("toggle", function () { if (d.open) { show(d); } });
  });
  // the finding open on arrival shows its evidence at once (its toggle event comes later)
  var opened = document.querySelector("details.finding[open]");
  if (opened) { show(opened); }
})();

(function () {
  "use strict";
  var table = document.getElementById("findings-table");
  if (table && table.tBodies.length) {
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var boxes = Array.prototype.slice.call(document.querySelectorAll("#findings-filters input[type=checkbox]"));
    var code = document.getElementById("filter-code");
    var text = document.getElementById("filter-text");
    var count = document.getElementById("findings-count");
    var apply = function () {
      var wanted = {};
      boxes.forEach(function (b) { wanted[b.value] = b.checked; });
      var c = code.value;
      var t = text.value.toLowerCase();
      var shown = 0;
      rows.forEach(function (r) {
        var ok = wanted[r.getAttribute("data-severity")] !== false
          && (!c || r.getAttribute("data-code") === c)
          && (!t || r.textContent.toLowerCase().indexOf(t) >= 0);
        r.hidden = !ok;
        if (ok) shown++;
      });
      count.textContent = shown + " of " + rows.length + " shown";
    };
    boxes.forEach(function (b) { b.addEventListener("change", apply); });
    code.addEventListener("change", apply);
    text.addEventListener("input", apply);
    apply();
  }
  Array.prototype.slice.call(document.querySelectorAll(".diagram")).forEach(function (d) {
    d.addEventListener("click", function () { d.classList.toggle("actual"); });
  });
  document.documentElement.setAttribute("data-ready", "1");
})();

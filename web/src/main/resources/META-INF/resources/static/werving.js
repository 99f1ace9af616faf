// Progressive enhancement only: every page works without this file.
// The internal-track questions show only when the candidate says they already work for stad or OCMW.
document.addEventListener("DOMContentLoaded", function () {
  var internal = document.querySelectorAll("input[name=internal]");
  var block = document.getElementById("intern");
  if (!block || internal.length === 0) { return; }
  function sync() {
    var yes = document.querySelector("input[name=internal][value=ja]");
    block.hidden = !(yes && yes.checked);
  }
  internal.forEach(function (i) { i.addEventListener("change", sync); });
  if (!block.querySelector(".has-error")) { sync(); }
});

// A form that came back with errors: move the focus to the summary, which links to each field.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.getElementById("fouten");
  if (summary) { summary.focus(); }
});

// Schets pages: insert a reference from the picker at the caret, ask before removing a
// section, and keep the focus on the move button after a section moved (keyboard use).
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var knop = event.target.closest("[data-invoegen]");
    if (!knop) return;
    var veld = document.querySelector("textarea.schets-tekst");
    if (!veld) return;
    var code = knop.getAttribute("data-invoegen");
    var begin = veld.selectionStart || 0;
    var eind = veld.selectionEnd || begin;
    var voor = veld.value.slice(0, begin);
    var scheiding = voor && !/\n\n$/.test(voor) ? (/\n$/.test(voor) ? "\n" : "\n\n") : "";
    var tekst = scheiding + code + "\n\n";
    veld.value = voor + tekst + veld.value.slice(eind);
    veld.focus();
    veld.selectionStart = veld.selectionEnd = begin + tekst.length;
    if (window.htmx) window.htmx.trigger(veld, "invoegen");
  });
  document.addEventListener("submit", function (event) {
    var vraag = event.target.getAttribute("data-bevestig");
    if (vraag && !window.confirm(vraag)) event.preventDefault();
    var knop = event.submitter;
    if (knop && knop.dataset.verplaats) {
      try { sessionStorage.setItem("schets-focus", knop.dataset.verplaats); } catch (e) { /* private mode */ }
    }
  });
  var focus = null;
  try { focus = sessionStorage.getItem("schets-focus"); sessionStorage.removeItem("schets-focus"); } catch (e) { /* ignore */ }
  if (focus) {
    // After the page (and the browser's jump to the #fragment) has settled.
    window.addEventListener("load", function () {
      window.setTimeout(function () {
        var doel = document.querySelector('[data-verplaats="' + focus + '"]');
        if (doel && doel.disabled) {
          var andere = focus.indexOf("op-") === 0 ? "neer-" + focus.slice(3) : "op-" + focus.slice(5);
          doel = document.querySelector('[data-verplaats="' + andere + '"]');
        }
        if (doel) doel.focus();
      }, 0);
    });
  }
})();

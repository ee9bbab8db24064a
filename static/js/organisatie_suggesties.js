// The request form's organisation field as a combobox (WAI-ARIA "list autocomplete"):
// htmx fetches at most ten names while the visitor types; this script lets them pick one
// with the arrow keys and Enter, or by clicking, and closes the list with Escape or when
// the focus leaves. Picking fires "change", so inline validation and autosave run as
// after typing. Without this script the field is a plain text field.
(function () {
  "use strict";
  var VELD = "id_organisatie_naam";
  var LIJST = "organisatie-suggesties";

  function veld() { return document.getElementById(VELD); }
  function lijst() { return document.getElementById(LIJST); }
  function opties() {
    var l = lijst();
    return l && !l.hidden ? Array.prototype.slice.call(l.querySelectorAll('[role="option"]')) : [];
  }
  function actief() {
    var o = opties();
    for (var i = 0; i < o.length; i++) if (o[i].getAttribute("aria-selected") === "true") return i;
    return -1;
  }
  function bijwerken() {
    var v = veld();
    var l = lijst();
    if (!v || !l) return;
    var open = !l.hidden && opties().length > 0;
    v.setAttribute("aria-expanded", open ? "true" : "false");
    if (!open) v.removeAttribute("aria-activedescendant");
  }
  function sluiten() {
    var l = lijst();
    if (l) l.hidden = true;
    bijwerken();
  }
  function markeer(index) {
    var o = opties();
    var v = veld();
    o.forEach(function (optie, i) { optie.setAttribute("aria-selected", i === index ? "true" : "false"); });
    if (o[index]) {
      v.setAttribute("aria-activedescendant", o[index].id);
      o[index].scrollIntoView({ block: "nearest" });
    } else {
      v.removeAttribute("aria-activedescendant");
    }
  }
  function kies(optie) {
    var v = veld();
    v.value = optie.getAttribute("data-waarde");
    sluiten();
    v.focus();
    v.dispatchEvent(new Event("change", { bubbles: true }));
  }

  document.addEventListener("htmx:afterSettle", bijwerken);
  document.addEventListener("keydown", function (event) {
    if (event.target.id !== VELD) return;
    var o = opties();
    var i = actief();
    if (event.key === "ArrowDown" && o.length) {
      event.preventDefault();
      markeer(i + 1 < o.length ? i + 1 : 0);
    } else if (event.key === "ArrowUp" && o.length) {
      event.preventDefault();
      markeer(i > 0 ? i - 1 : o.length - 1);
    } else if (event.key === "Enter" && i >= 0) {
      event.preventDefault(); // pick the name, do not submit the form
      kies(o[i]);
    } else if (event.key === "Escape" && o.length) {
      event.preventDefault();
      sluiten();
    }
  });
  // mousedown keeps the focus in the field, so the list is still open for the click.
  document.addEventListener("mousedown", function (event) {
    if (event.target.closest && event.target.closest("#" + LIJST)) event.preventDefault();
  });
  document.addEventListener("click", function (event) {
    var optie = event.target.closest && event.target.closest("#" + LIJST + ' [role="option"]');
    if (optie) kies(optie);
  });
  document.addEventListener("focusout", function (event) {
    if (event.target.id === VELD) sluiten();
  });
})();

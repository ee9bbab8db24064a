/* Notes page: autosave while typing, keep text in the browser while offline, refuse to
 * overwrite someone else's newer version (the server answers 409 with both versions), and
 * capture observations and quotes with the keyboard without leaving the page. */
(function () {
  "use strict";
  var form = document.getElementById("aantekening-form");
  if (!form) return;
  var ta = document.getElementById("aantekening-tekst");
  var versieVeld = form.querySelector("input[name=versie]");
  var csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var status = document.getElementById("opslag-status");
  var conflictVak = document.getElementById("conflict");
  var voorbeeld = document.getElementById("aantekening-voorbeeld");
  var teksten = JSON.parse(document.getElementById("opslag-teksten").textContent);
  var sleutel = "spiegel:aantekening:" + form.dataset.gesprek;

  var versie = parseInt(versieVeld.value, 10);
  var bewaard = ta.value; // the text the server has at `versie`
  var bezig = false;
  var conflict = false;
  var timer = null;

  function zet(toestand, tekst) {
    status.dataset.state = toestand;
    status.textContent = tekst;
  }
  function lokaalBewaren() {
    try {
      localStorage.setItem(sleutel, JSON.stringify({ tekst: ta.value, versie: versie, op: Date.now() }));
    } catch (e) { /* storage full or blocked: the server copy is all we have */ }
  }
  function lokaalWissen() {
    try { localStorage.removeItem(sleutel); } catch (e) { /* ignore */ }
  }
  function plan(ms) {
    clearTimeout(timer);
    timer = setTimeout(opslaan, ms);
  }

  function opslaan() {
    if (bezig || conflict) return;
    var tekst = ta.value;
    if (tekst === bewaard) {
      lokaalWissen();
      return;
    }
    if (navigator.onLine === false) {
      zet("offline", teksten.offline);
      return; // the "online" event sends it
    }
    bezig = true;
    zet("bezig", teksten.bezig);
    var body = new FormData();
    body.append("tekst", tekst);
    body.append("versie", String(versie));
    fetch(form.action, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      redirect: "manual",
      headers: { "Accept": "application/json", "X-CSRFToken": csrf },
    })
      .then(function (r) {
        if (r.type === "opaqueredirect") {
          zet("offline", teksten.aanmelden);
          return null;
        }
        if (r.status === 409) {
          return r.json().then(function (d) { toonConflict(d, tekst); return null; });
        }
        if (r.status >= 400 && r.status < 500) {
          // Refused, not lost: retrying would only be refused again. Keep the text here
          // and in this browser, say why; the next keystroke tries again.
          lokaalBewaren();
          return r.json().then(
            function (d) { zet("offline", teksten.geweigerd.replace("{fout}", d.fout || "")); return null; },
            function () { zet("offline", teksten.geweigerd.replace("{fout}", "")); return null; }
          );
        }
        if (!r.ok) {
          zet("offline", teksten.fout);
          plan(5000);
          return null;
        }
        return r.json().then(function (d) {
          versie = d.versie;
          versieVeld.value = String(versie);
          bewaard = tekst;
          if (voorbeeld && d.html !== undefined) voorbeeld.innerHTML = d.html; // sanitised by the server
          if (ta.value === bewaard) {
            lokaalWissen();
            zet("opgeslagen", teksten.opgeslagen.replace("{tijd}", d.opgeslagen_op).replace("{versie}", versie));
          } else {
            lokaalBewaren();
            plan(300);
          }
        });
      })
      .catch(function () {
        zet("offline", teksten.offline);
        plan(5000);
      })
      .finally(function () { bezig = false; });
  }

  function toonConflict(d, poging) {
    conflict = true;
    zet("conflict", teksten.conflict);
    conflictVak.innerHTML = d.html; // rendered and escaped by the server
    conflictVak.hidden = false;
    conflictVak.focus();
    var samen = conflictVak.querySelector(".conflict-samenvoegen");
    if (samen) {
      // The merge is posted as a plain form; the server's merged text replaces the draft.
      samen.addEventListener("submit", function () {
        bewaard = ta.value; // nothing left to keep on leaving the page
        lokaalWissen();
      });
    }
    var mijn = conflictVak.querySelector("[data-conflict=mijn]");
    var server = conflictVak.querySelector("[data-conflict=server]");
    if (mijn) {
      mijn.addEventListener("click", function (e) {
        e.preventDefault();
        // An explicit choice: save my text on top of the version I have now seen.
        versie = d.versie;
        bewaard = d.tekst;
        sluitConflict();
        opslaan();
      });
    }
    if (server) {
      server.addEventListener("click", function (e) {
        e.preventDefault();
        versie = d.versie;
        versieVeld.value = String(versie);
        bewaard = d.tekst;
        ta.value = d.tekst;
        conflict = false;
        lokaalWissen();
        zet("opgeslagen", teksten.overgenomen);
        server.remove();
        if (mijn) mijn.remove();
        ta.focus();
      });
    }
  }
  function sluitConflict() {
    conflict = false;
    conflictVak.hidden = true;
    conflictVak.innerHTML = "";
    ta.focus();
  }

  ta.addEventListener("input", function () {
    lokaalBewaren();
    if (!conflict) zet("wijzigingen", teksten.wijzigingen);
    plan(800);
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    opslaan();
  });
  window.addEventListener("online", function () { plan(0); });
  window.addEventListener("offline", function () {
    if (ta.value !== bewaard) zet("offline", teksten.offline);
  });
  window.addEventListener("beforeunload", function () {
    if (ta.value !== bewaard) lokaalBewaren();
  });

  // Text kept in this browser from an earlier visit (e.g. the connection dropped and the
  // tab was closed): put it back and send it. If the server moved on meanwhile, the save
  // is refused and the conflict screen shows both versions.
  try {
    var oud = JSON.parse(localStorage.getItem(sleutel) || "null");
    if (oud && typeof oud.tekst === "string" && oud.tekst !== ta.value) {
      ta.value = oud.tekst;
      versie = oud.versie;
      zet("wijzigingen", teksten.hersteld);
      plan(0);
    } else if (oud) {
      lokaalWissen();
    }
  } catch (e) { /* ignore unreadable storage */ }

  // --- capturing observations and quotes with the keyboard ---------------------------
  var melding = document.getElementById("vastleg-melding");

  function paneel(soort) { return document.getElementById("paneel-" + soort); }
  function knop(soort) { return document.querySelector("[data-open-paneel=" + soort + "]"); }

  function openPaneel(soort) {
    ["waarneming", "citaat"].forEach(function (s) {
      if (s !== soort) sluitPaneel(s, false);
    });
    var p = paneel(soort);
    var selectie = ta.value.substring(ta.selectionStart, ta.selectionEnd).trim();
    p.hidden = false;
    knop(soort).setAttribute("aria-expanded", "true");
    var veld = p.querySelector("textarea");
    if (veld && selectie && !veld.value) veld.value = selectie;
    if (veld) veld.focus();
  }
  function sluitPaneel(soort, focusTerug) {
    var p = paneel(soort);
    if (!p || p.hidden) return;
    p.hidden = true;
    knop(soort).setAttribute("aria-expanded", "false");
    if (focusTerug !== false) ta.focus();
  }

  document.querySelectorAll("[data-open-paneel]").forEach(function (b) {
    b.addEventListener("click", function () {
      var soort = b.dataset.openPaneel;
      if (paneel(soort).hidden) openPaneel(soort); else sluitPaneel(soort);
    });
  });

  document.addEventListener("keydown", function (e) {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "s" && e.target === ta) {
      e.preventDefault(); // save now instead of the browser's "save page"
      clearTimeout(timer);
      opslaan();
      return;
    }
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey) {
      if (e.code === "KeyW") { e.preventDefault(); openPaneel("waarneming"); return; }
      if (e.code === "KeyC") { e.preventDefault(); openPaneel("citaat"); return; }
    }
    var open = e.target.closest && e.target.closest(".vastleg-paneel");
    if (!open) return;
    var soort = open.id.replace("paneel-", "");
    if (e.key === "Escape") { e.preventDefault(); sluitPaneel(soort); return; }
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      var f = open.querySelector("form");
      if (f) f.requestSubmit();
    }
  });

  document.body.addEventListener("htmx:afterSettle", function () {
    ["waarneming", "citaat"].forEach(function (soort) {
      var f = document.getElementById("form-" + soort);
      var p = paneel(soort);
      if (!f || p.hidden) return;
      if (f.dataset.gelukt) {
        melding.textContent = f.dataset.gelukt;
        delete f.dataset.gelukt;
        sluitPaneel(soort);
      } else if (f.querySelector(".errorlist")) {
        var fout = f.querySelector("[aria-invalid=true]") || f.querySelector("textarea");
        if (fout) fout.focus();
      }
    });
  });
})();

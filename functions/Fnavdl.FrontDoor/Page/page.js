// The regions' front door. Every value from the server or the file is put in the page with
// textContent or as an attribute value, never as HTML.
"use strict";
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var state = { session: null, file: null, report: null };
  var MAX_SHOWN = 100;
  var OUTCOMES = { accepte: "Accepté", refuse: "Refusé", inchange: "Inchangé (déjà reçu)", depasse: "Dépassé par un dépôt plus récent", en_cours: "En cours de traitement" };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "className") node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function announce(text) { var a = $("annonce"); a.textContent = ""; window.setTimeout(function () { a.textContent = text; }, 50); }
  function n(value) { return Number(value || 0).toLocaleString("fr-FR"); }
  function plural(count, one, many) { return n(count) + " " + (count > 1 ? many : one); }
  function when(iso) {
    if (!iso) return "—";
    var d = new Date(iso);
    return isNaN(d) ? iso : d.toLocaleString("fr-FR", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "short" }) + " (heure de Paris)";
  }

  function api(method, url, body) {
    var headers = { "Accept": "application/json" };
    // The anti-forgery token comes with the session (its cookie twin is HttpOnly): another site can read neither.
    if (method !== "GET") headers["X-CSRF-Token"] = (state.session && state.session.jeton) || "";
    return fetch(url, { method: method, headers: headers, body: body, credentials: "same-origin" }).then(function (r) {
      return r.text().then(function (t) {
        var data = null;
        try { data = t ? JSON.parse(t) : null; } catch (e) { data = null; }
        return { status: r.status, data: data };
      });
    });
  }

  function problemOf(answer) {
    if (answer.status === 413) return (answer.data && answer.data.erreur) || "Le fichier est trop volumineux.";
    return (answer.data && answer.data.erreur) || "Le serveur n'a pas pu répondre (code " + answer.status + "). Réessayez dans un instant.";
  }

  // Session: who am I, which region.
  function loadSession() {
    return api("GET", "/api/session").then(function (answer) {
      if (answer.status === 401) {
        var c = $("connexion");
        clear(c);
        c.appendChild(document.createTextNode("Vous n'êtes pas connecté. "));
        c.appendChild(el("a", { href: "/.auth/login/aad?post_login_redirect_uri=/api/portail", text: "Se connecter avec votre compte du ministère" }));
        c.hidden = false;
        $("identite").textContent = "Non connecté";
        return;
      }
      var s = answer.data || {};
      state.session = s;
      if (s.modeLocal) showRegionChoice(s);
      if (s.region) {
        $("identite").textContent = "Région : " + s.region + " — " + (s.regionName || "") + (s.modeLocal ? " (mode local)" : "");
        $("espace").hidden = false;
        refreshDeposits();
      } else {
        $("identite").textContent = s.modeLocal ? "Mode local : aucune région choisie" : "Aucune région";
        $("espace").hidden = true;
        if (!s.modeLocal) { var c2 = $("connexion"); c2.textContent = s.probleme || "Votre compte n'est rattaché à aucune région."; c2.hidden = false; }
      }
    });
  }

  function showRegionChoice(s) {
    var select = $("region");
    if (select.options.length <= 1) {
      (s.regions || []).forEach(function (r) { select.appendChild(el("option", { value: r.code, text: r.code + " — " + r.nom })); });
      select.addEventListener("change", function () {
        document.cookie = "fnavdl_region_local=" + encodeURIComponent(select.value) + "; Path=/; SameSite=Strict";
        resetResult();
        loadSession().then(function () { announce(select.value ? "Région choisie : " + select.options[select.selectedIndex].text : "Aucune région choisie"); });
      });
    }
    select.value = s.region || "";
    $("choix-region").hidden = false;
  }

  // Validation.
  function resetResult() { state.file = null; state.report = null; $("resultat").hidden = true; }

  function chooseFile(file) {
    if (!file) return;
    state.file = file;
    state.report = null;
    announce("Vérification de « " + file.name + " » en cours…");
    var form = new FormData();
    form.append("fichier", file, file.name);
    api("POST", "/api/validation", form).then(function (answer) {
      if (answer.status !== 200 || !answer.data) { showProblem(problemOf(answer)); return; }
      state.report = answer.data;
      showReport(answer.data, file.name);
    }, function () { showProblem("Le serveur est injoignable : vérifiez votre connexion puis réessayez."); });
  }

  function showProblem(text) {
    $("resultat").hidden = false;
    var v = $("verdict");
    clear(v);
    v.appendChild(el("p", { className: "verdict ko", text: text }));
    clear($("problemes"));
    $("deposer").disabled = true;
    $("pourquoi").textContent = "";
    announce(text);
    $("t-resultat").focus();
  }

  function verdictText(r, name) {
    if (!r.valid) return "« " + name + " » contient " + plural(r.stats.errors, "erreur", "erreurs") + (r.stats.warnings ? " et " + plural(r.stats.warnings, "avertissement", "avertissements") : "") + " : corrigez-les avant de le déposer.";
    if (r.stats.warnings) return "« " + name + " » est valide (" + plural(r.rows, "ligne", "lignes") + "), avec " + plural(r.stats.warnings, "avertissement", "avertissements") + " à vérifier.";
    return "« " + name + " » est valide : " + plural(r.rows, "ligne", "lignes") + ", aucune erreur, aucun avertissement.";
  }

  function showReport(r, name) {
    $("resultat").hidden = false;
    var v = $("verdict");
    clear(v);
    var text = verdictText(r, name);
    v.appendChild(el("p", { className: "verdict " + (!r.valid ? "ko" : r.stats.warnings ? "warn" : "ok"), text: text }));
    if (r.kinds && r.kinds.length) v.appendChild(el("p", { text: "Type de fichier reconnu : " + r.kinds.join(", ") + "." }));
    var p = $("problemes");
    clear(p);
    listIssues(p, r, "Erreurs", "erreur", r.errors || [], "Aucune.");
    listIssues(p, r, "Avertissements", "avertissement", r.warnings || [], "Aucun.");
    revealFaultyCells(p);
    if (r.stats.omitted) p.appendChild(el("p", { text: plural(r.stats.omitted, "autre problème n'est pas listé", "autres problèmes ne sont pas listés") + " : corrigez les premiers puis vérifiez de nouveau." }));
    var button = $("deposer");
    button.disabled = !r.valid;
    $("pourquoi").textContent = r.valid ? "Le fichier sera enregistré pour votre région puis intégré." : "Dépôt impossible : ce fichier a " + plural(r.stats.errors, "erreur", "erreurs") + ". Un fichier refusé ne serait pas intégré ; corrigez-le puis déposez-le de nouveau.";
    announce(text);
    $("t-resultat").focus();
  }

  function listIssues(parent, r, title, kind, issues, none) {
    parent.appendChild(el("h3", { text: title + " (" + n(issues.length) + ")" }));
    if (!issues.length) { parent.appendChild(el("p", { text: none })); return; }
    var list = el("ol", { className: "problemes" });
    issues.slice(0, MAX_SHOWN).forEach(function (issue) { list.appendChild(issueItem(r, kind, issue)); });
    parent.appendChild(list);
    if (issues.length > MAX_SHOWN) parent.appendChild(el("p", { text: plural(issues.length - MAX_SHOWN, title.toLowerCase().replace(/s$/, "") + " de plus n'est pas affiché", title.toLowerCase() + " de plus ne sont pas affichés") + " (voir le rapport complet après le dépôt)." }));
  }

  function where(issue) {
    var parts = [];
    if (issue.row !== null && issue.row !== undefined) parts.push((issue.sheet ? "Feuille « " + issue.sheet + " », ligne " : "Ligne ") + n(issue.row));
    if (issue.column) parts.push("colonne « " + issue.column + " »" + (issue.cell ? " (cellule " + issue.cell + ")" : ""));
    else if (issue.field) parts.push("champ « " + issue.field + " »");
    return parts.length ? parts.join(", ") : "Fichier entier";
  }

  function issueItem(r, kind, issue) {
    var item = el("li", { className: kind });
    item.appendChild(el("h4", {}, [el("span", { className: "invisible", text: (kind === "erreur" ? "Erreur" : "Avertissement") + " : " }), where(issue)]));
    item.appendChild(el("p", { className: "message", text: issue.message }));
    var details = [];
    if (issue.value) details.push("Valeur : « " + issue.value + " »");
    if (issue.field && issue.column) details.push("champ du format : " + issue.field);
    details.push("code : " + issue.code);
    item.appendChild(el("p", { className: "code", text: details.join(" · ") }));
    var row = (r.sourceRows || []).filter(function (s) { return s.row === issue.row && (s.sheet || null) === (issue.sheet || null); })[0];
    if (row) item.appendChild(rowTable(r, row, issue));
    return item;
  }

  // The row as the file wrote it, under the file's own headers, the faulty cell highlighted.
  function rowTable(r, row, issue) {
    var header = (r.sourceTables[row.table] || { header: [] }).header;
    var width = Math.max(header.length, row.cells.length);
    var faulty = issue.columnNumber ? issue.columnNumber - 1 : -1;
    var caption = "Ligne " + n(row.row) + " telle qu'écrite dans votre fichier" + (faulty >= 0 ? " (cellule en cause encadrée)" : "");
    var head = el("tr");
    var body = el("tr");
    for (var i = 0; i < width; i++) {
      var isFaulty = i === faulty;
      head.appendChild(el("th", { scope: "col", className: isFaulty ? "fautive" : "", text: header[i] || "(colonne " + (i + 1) + ")" }));
      var cell = el("td", isFaulty ? { className: "fautive" } : {});
      if (isFaulty) {
        cell.appendChild(el("mark", { text: row.cells[i] || "(vide)" }));
        cell.appendChild(el("span", { className: "invisible", text: " — valeur en cause" }));
      } else cell.textContent = row.cells[i] || "";
      body.appendChild(cell);
    }
    // The caption stays for screen readers; its visible twin does not scroll away with the row.
    var table = el("table", { className: "ligne" }, [el("caption", { className: "invisible", text: caption }), el("thead", {}, [head]), el("tbody", {}, [body])]);
    return el("div", {}, [
      el("p", { className: "legende", "aria-hidden": "true", text: caption }),
      el("div", { className: "defile", tabindex: "0", role: "region", "aria-label": caption }, [table])]);
  }

  // On a narrow screen, scroll each row so its faulty cell is in view (again when the width changes).
  function revealFaultyCells(parent) {
    Array.prototype.forEach.call(parent.querySelectorAll(".defile"), function (wrapper) {
      var cell = wrapper.querySelector("td.fautive");
      if (!cell) return;
      var left = cell.getBoundingClientRect().left - wrapper.getBoundingClientRect().left + wrapper.scrollLeft;
      wrapper.scrollLeft = Math.max(0, left - Math.max(16, (wrapper.clientWidth - cell.offsetWidth) / 2));
    });
  }

  // Deposit and follow-up.
  function deposit() {
    if (!state.file || !state.report || !state.report.valid) return;
    var button = $("deposer");
    button.disabled = true;
    announce("Dépôt de « " + state.file.name + " » en cours…");
    var form = new FormData();
    form.append("fichier", state.file, state.file.name);
    api("POST", "/api/depots", form).then(function (answer) {
      if ((answer.status !== 201 && answer.status !== 202) || !answer.data) { showProblem(problemOf(answer)); return; }
      var d = answer.data;
      var text = "Fichier « " + d.fichier + " » déposé : " + (OUTCOMES[d.resultat] || d.resultat) + ".";
      $("pourquoi").textContent = text;
      resetResult();
      refreshDeposits().then(function () { announce(text); $("t-depots").focus(); });
    }, function () { showProblem("Le serveur est injoignable : le fichier n'a pas été déposé."); });
  }

  function refreshDeposits() {
    return api("GET", "/api/depots").then(function (answer) {
      var target = $("depots");
      clear(target);
      if (answer.status !== 200 || !Array.isArray(answer.data)) { target.appendChild(el("p", { className: "alerte", text: problemOf(answer) })); return; }
      if (!answer.data.length) { target.appendChild(el("p", { text: "Aucun dépôt pour l'instant." })); return; }
      var rows = answer.data.map(function (d) {
        var link = d.rapport ? el("a", { href: d.rapport, text: "Rapport de " + d.fichier }) : document.createTextNode("—");
        return el("tr", {}, [
          el("td", { "data-label": "Fichier", text: d.fichier }),
          el("td", { "data-label": "Résultat", text: OUTCOMES[d.resultat] || d.resultat }),
          el("td", { "data-label": "Lignes", text: d.lignes === undefined ? "—" : n(d.lignes) }),
          el("td", { "data-label": "Erreurs", text: d.erreurs === undefined ? "—" : n(d.erreurs) }),
          el("td", { "data-label": "Avertissements", text: d.avertissements === undefined ? "—" : n(d.avertissements) }),
          el("td", { "data-label": "Traité le", text: when(d.traite_le || d.depose_le) }),
          el("td", { "data-label": "Rapport" }, [link]),
        ]);
      });
      var head = el("tr", {}, ["Fichier", "Résultat", "Lignes", "Erreurs", "Avertissements", "Traité le", "Rapport"].map(function (h) { return el("th", { scope: "col", text: h }); }));
      target.appendChild(el("div", { className: "defile", tabindex: "0", role: "region", "aria-label": "Vos dépôts" }, [
        el("table", { className: "depots", id: "liste-depots" }, [el("caption", { text: "Vos dépôts, du plus récent au plus ancien" }), el("thead", {}, [head]), el("tbody", {}, rows)])]));
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var zone = $("zone"), input = $("fichier");
    input.addEventListener("change", function () { chooseFile(input.files[0]); input.value = ""; });
    ["dragenter", "dragover"].forEach(function (t) { zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.add("survol"); }); });
    ["dragleave", "drop"].forEach(function (t) { zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.remove("survol"); }); });
    zone.addEventListener("drop", function (e) { if (e.dataTransfer && e.dataTransfer.files.length) chooseFile(e.dataTransfer.files[0]); });
    $("deposer").addEventListener("click", deposit);
    window.addEventListener("resize", function () { revealFaultyCells($("problemes")); });
    $("actualiser").addEventListener("click", function () { refreshDeposits().then(function () { announce("Liste des dépôts actualisée."); }); });
    loadSession();
  });
})();

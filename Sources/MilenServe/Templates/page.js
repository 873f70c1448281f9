"use strict";
(function () {
  var paths = {
    replan: "/api/replan", save: "/api/save", load: "/api/load", handout: "/api/handout",
    "whatif-keep": "/api/whatif/keep", "whatif-drop": "/api/whatif/drop",
    lock: "/api/lock", unlock: "/api/unlock", unban: "/api/unban", "approve-move": "/api/move"
  };
  function status(text, kind) {
    var s = document.getElementById("status");
    if (s) { s.textContent = text; s.className = "notice " + kind; }
  }
  function call(path, body) {
    document.body.classList.add("busy");
    return fetch(path, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body || {})
    }).then(function (r) {
      return r.json().catch(function () { return { error: r.status + " " + r.statusText }; })
        .then(function (j) {
          if (r.ok && typeof j.app === "string") {
            document.getElementById("app").innerHTML = j.app;
            document.body.removeAttribute("data-error-field");
            keepGridPlace();
            fillListsSoon();
          } else {
            status(j.error || String(r.status), "error");
            document.body.setAttribute("data-error-field", j.field || "");
          }
          return r.ok;
        });
    }).catch(function (e) {
      status(String(e), "error");
      return false;
    }).finally(function () { document.body.classList.remove("busy"); });
  }
  // A large week's grid comes a page of people at a time, or as the people a search finds
  // (GET /api/grid); the server renders and escapes the rows. The page shown and the search
  // are kept here, so a new state (an action's answer) shows the same page again.
  var grid = { page: 1, q: "", asked: 0 };
  function pagesOf(pager) { return Math.max(1, Number(pager.dataset.pages) || 1); }
  function showPager() {
    var pager = document.getElementById("week-pager");
    if (!pager) { return; }
    var pages = pagesOf(pager);
    var searching = grid.q !== "";
    document.getElementById("grid-page").value = String(grid.page);
    document.getElementById("grid-page").disabled = searching;
    document.getElementById("grid-previous").disabled = searching || grid.page <= 1;
    document.getElementById("grid-next").disabled = searching || grid.page >= pages;
    document.getElementById("grid-clear").hidden = !searching;
    var q = document.getElementById("grid-q");
    if (q && document.activeElement !== q) { q.value = grid.q; }
  }
  function showGrid() {
    var pager = document.getElementById("week-pager");
    var view = document.getElementById("week-grid-view");
    if (!pager || !view) { return; }
    grid.page = Math.min(Math.max(1, grid.page), pagesOf(pager));
    showPager();
    var asked = ++grid.asked;
    var url = grid.q !== "" ? "/api/grid?q=" + encodeURIComponent(grid.q)
      : "/api/grid?page=" + grid.page;
    document.body.classList.add("busy");
    fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) {
        return r.json().catch(function () { return {}; }).then(function (j) {
          throw new Error(j.error || r.status + " " + r.statusText);
        });
      }
      return r.text();
    }).then(function (html) {
      // An answer overtaken by a later click is dropped.
      if (asked !== grid.asked) { return; }
      var now = document.getElementById("week-grid-view");
      if (now) { now.innerHTML = html; }
    }).catch(function (err) {
      status(String(err.message || err), "error");
    }).finally(function () { document.body.classList.remove("busy"); });
  }
  function keepGridPlace() {
    if (!document.getElementById("week-pager")) { return; }
    if (grid.page !== 1 || grid.q !== "") { showGrid(); } else { showPager(); }
  }
  // The forms' lists (people, companies, sessions) are filled from one set of lists in the
  // page (#form-lists: [id, label] per choice, a person's third element true where a lock
  // may place them) rather than sent as five lists of options, at L 0.6 MB of the page. A
  // week drawn whole fills them at once; a paged week when the page is idle after its first
  // draw, or a list as soon as it is reached (focus or pointer), whichever comes first. Each
  // filled list is marked data-filled.
  var lists = { island: null, data: {} };
  function formLists() {
    var island = document.getElementById("form-lists");
    if (!island) { return {}; }
    if (lists.island !== island) {
      try { lists.data = JSON.parse(island.textContent || "{}"); } catch (e) { lists.data = {}; }
      lists.island = island;
    }
    return lists.data;
  }
  function fillList(select) {
    if (!select || select.dataset.filled) { return; }
    var kind = select.dataset.list;
    var placeable = kind === "placeable";
    var f = document.createDocumentFragment();
    (formLists()[placeable ? "people" : kind] || []).forEach(function (c) {
      if (!placeable || c[2]) { f.appendChild(new Option(c[1], c[0])); }
    });
    select.appendChild(f);
    select.dataset.filled = "1";
  }
  function fillAllLists() {
    document.querySelectorAll("select[data-list]").forEach(fillList);
    if (window.performance && performance.mark) { performance.mark("milen-lists-filled"); }
  }
  function fillListsSoon() {
    if (!document.getElementById("week-pager")) { fillAllLists(); return; }
    if (window.requestIdleCallback) { requestIdleCallback(fillAllLists, { timeout: 1000 }); }
    else { setTimeout(fillAllLists, 0); }
  }
  function fillReached(e) {
    var t = e.target;
    if (t && t.matches && t.matches("select[data-list]")) { fillList(t); }
  }
  document.addEventListener("focusin", fillReached);
  document.addEventListener("pointerdown", fillReached, true);
  if (!document.getElementById("week-pager")) { fillAllLists(); }
  else if (document.readyState === "complete") { fillListsSoon(); }
  else { window.addEventListener("load", fillListsSoon); }
  function list(text) {
    return String(text || "").split(",").map(function (x) { return x.trim(); })
      .filter(function (x) { return x.length > 0; });
  }
  function number(text) { return text === null || text === "" ? null : Number(text); }
  document.addEventListener("click", function (e) {
    var g = e.target.closest("[data-grid]");
    if (g) {
      e.preventDefault();
      if (g.dataset.grid === "previous") { grid.page -= 1; }
      if (g.dataset.grid === "next") { grid.page += 1; }
      if (g.dataset.grid === "clear") { grid.q = ""; }
      showGrid();
      // Keep the keyboard's place when the button pressed goes away or is disabled.
      if (g.dataset.grid === "clear") { document.getElementById("grid-q").focus(); }
      else if (g.disabled) { document.getElementById("grid-page").focus(); }
      return;
    }
    var el = e.target.closest("[data-action]");
    if (!el || !paths[el.dataset.action]) { return; }
    e.preventDefault();
    var body = {};
    if (el.dataset.participant) { body.participant = el.dataset.participant; }
    if (el.dataset.company) { body.company = el.dataset.company; }
    if (el.dataset.action === "lock") { body.days = []; }
    if (el.dataset.move) { body.move = el.dataset.move; }
    call(paths[el.dataset.action], body);
  });
  // Every audience's download links are fetched when "everyone" is unfolded (at L they
  // were 1.5 MB of the page); the server renders and escapes them.
  document.addEventListener("toggle", function (e) {
    var d = e.target;
    if (!d || d.id !== "everyone" || !d.open || d.dataset.loaded) { return; }
    d.dataset.loaded = "1";
    fetch("/api/audiences", { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) { throw new Error(r.status + " " + r.statusText); }
      return r.text();
    }).then(function (html) {
      var rows = document.getElementById("audience-files");
      if (rows) { rows.innerHTML = html; }
    }).catch(function (err) {
      d.dataset.loaded = "";
      status(String(err), "error");
    });
  }, true);
  document.addEventListener("change", function (e) {
    if (e.target && e.target.id === "grid-page") {
      grid.page = Number(e.target.value) || 1;
      showGrid();
    }
  });
  document.addEventListener("submit", function (e) {
    var f = e.target.closest("form[data-form]");
    if (!f) { return; }
    e.preventDefault();
    var d = new FormData(f);
    switch (f.dataset.form) {
      case "grid-find":
        grid.q = String(d.get("q") || "").trim();
        showGrid();
        break;
      case "lock":
        call("/api/lock", {
          participant: d.get("participant"), company: d.get("company"), days: d.getAll("days")
        });
        break;
      case "ban":
        call("/api/ban", { participant: d.get("participant"), company: d.get("company") });
        break;
      case "session":
        call("/api/session", { participant: d.get("participant"), activity: d.get("activity") });
        break;
      case "whatif-company":
        var open = {};
        d.getAll("days").forEach(function (day) { open[day] = d.get("hours"); });
        var c = {
          id: d.get("id"), name: d.get("name"), slots: number(d.get("slots")),
          ordinaryEmployees: number(d.get("ordinaryEmployees")), open: open
        };
        if (list(d.get("accommodations")).length) { c.accommodations = list(d.get("accommodations")); }
        if (list(d.get("tasks")).length) { c.tasks = list(d.get("tasks")); }
        call("/api/whatif", { kind: "company", value: c });
        break;
      case "whatif-mentor":
        var m = {
          id: d.get("id"), name: d.get("name"), hoursPerWeek: number(d.get("hoursPerWeek")),
          maxMentees: number(d.get("maxMentees")), days: d.getAll("days")
        };
        if (list(d.get("competences")).length) { m.competences = list(d.get("competences")); }
        call("/api/whatif", { kind: "mentor", value: m });
        break;
    }
  });
})();


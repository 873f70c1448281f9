/// The planning page's script and style, served as files of their own so that the page's
/// Content-Security-Policy can forbid every inline script.
enum PageAssets {
  /// Sends each action as JSON and puts the page the server answers in place. Nothing here
  /// builds HTML from data: the server renders (and escapes) every fragment.
  static let script = """
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
      function list(text) {
        return String(text || "").split(",").map(function (x) { return x.trim(); })
          .filter(function (x) { return x.length > 0; });
      }
      function number(text) { return text === null || text === "" ? null : Number(text); }
      document.addEventListener("click", function (e) {
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
      document.addEventListener("submit", function (e) {
        var f = e.target.closest("form[data-form]");
        if (!f) { return; }
        e.preventDefault();
        var d = new FormData(f);
        switch (f.dataset.form) {
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

    """

  /// A calm screen layout; the week's colours are the printable week's.
  static let style = """
    * { box-sizing: border-box; }
    body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 14px;
      color: #111; margin: 0; padding: 0 18px 40px; background: #f3f4f6; }
    body.busy { cursor: progress; }
    body.busy button { pointer-events: none; opacity: 0.6; }
    header { position: sticky; top: 0; background: #f3f4f6; padding: 10px 0 6px; z-index: 2;
      border-bottom: 1px solid #d0d4da; }
    h1 { font-size: 20px; margin: 0 0 2px; }
    h2 { font-size: 16px; margin: 18px 0 6px; }
    h3 { font-size: 14px; margin: 12px 0 4px; }
    section { background: #fff; border: 1px solid #d8dce2; border-radius: 6px; padding: 4px 14px 12px;
      margin-top: 12px; }
    .files, .muted { color: #555; margin: 2px 0; font-size: 12.5px; }
    .toolbar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin: 6px 0; }
    button { font: inherit; padding: 5px 12px; border: 1px solid #8a94a3; border-radius: 4px;
      background: #fff; cursor: pointer; }
    button.primary { background: #1f5fa8; color: #fff; border-color: #1f5fa8; }
    button.small { padding: 1px 7px; font-size: 12px; }
    .state { font-size: 12.5px; padding: 2px 8px; border-radius: 10px; }
    .state.saved { background: #dcefdc; } .state.unsaved { background: #fbeacc; }
    .state.pending { background: #f8d7d7; }
    .notice { margin: 4px 0 0; min-height: 1.2em; font-size: 13px; }
    .notice.error { color: #a40000; font-weight: bold; white-space: pre-wrap; }
    .notice.ok { color: #225522; }
    .warn { color: #8a4b00; margin: 3px 0; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border: 1px solid #c9ced6; padding: 3px 6px; vertical-align: top; text-align: left; }
    thead th { background: #e8eef5; }
    th[scope=row] { background: #f7f7f7; font-weight: normal; white-space: nowrap; }
    table.kv { width: auto; } table.kv th { font-weight: normal; }
    .id { color: #888; font-size: 11px; }
    .sub { color: #666; font-size: 11.5px; }
    .date { font-weight: normal; color: #555; font-size: 11.5px; }
    .grid td { width: 13%; }
    .grid td.reasons { width: 22%; font-size: 12px; color: #333; }
    .item { display: block; width: 100%; text-align: left; margin: 0 0 2px; padding: 1px 4px;
      border-radius: 3px; border: 0; font-size: 12px; line-height: 1.25; }
    button.item:hover { outline: 2px solid #1f5fa8; }
    .item .t { font-variant-numeric: tabular-nums; color: #333; white-space: nowrap; }
    .work { background: #dcefdc; } .job { background: #e4e4f7; } .session { background: #fbeacc; }
    .lockmark { font-size: 11.5px; color: #1f5fa8; }
    tr.dim th, tr.dim td { color: #888; }
    .forms { display: flex; gap: 10px; flex-wrap: wrap; }
    fieldset { border: 1px solid #c9ced6; border-radius: 5px; display: flex; gap: 6px 10px;
      flex-wrap: wrap; align-items: center; }
    .days label { margin-right: 4px; }
    .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
    .side { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
    .side .grid .item { font-size: 10.5px; }
    #changes table td:last-child { width: 45%; }
    .links { columns: 2; }

    """
}

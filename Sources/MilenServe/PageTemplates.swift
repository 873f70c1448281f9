import Mustache

/// The planning page's Mustache templates (swift-mustache). Every `{{value}}` is HTML-escaped
/// (`& < > " '`); the only unescaped insertion is the rendered app fragment into the document.
enum PageTemplates {
  static let document = """
    <!DOCTYPE html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}}</title>
    <link rel="stylesheet" href="/page.css">
    <script src="/page.js" defer></script>
    </head>
    <body>
    <div id="app">{{{app}}}</div>
    </body>
    </html>

    """

  static let app = """
    <div id="state" data-version="{{version}}" data-unsaved="{{unsaved}}" data-pending="{{pendingCount}}"></div>
    <header>
    <h1>{{heading}}</h1>
    <p class="files">{{filesLine}}</p>
    <div class="toolbar">
    <button type="button" id="replan" data-action="replan" class="primary">{{t.replan}}</button>
    <button type="button" id="save" data-action="save">{{t.save}}</button>
    <button type="button" id="load" data-action="load">{{t.load}}</button>
    <button type="button" id="handout" data-action="handout">{{t.handout}}</button>
    <span class="state {{stateClass}}">{{stateText}}</span>
    </div>
    <p id="status" role="status" class="notice {{notice.kind}}">{{notice.text}}</p>
    </header>
    {{#whatIf}}{{> whatif}}{{/whatIf}}
    <div class="cols top">
    <section id="figures">
    <h2>{{t.figures}}</h2>
    <table class="kv"><tbody>
    {{#figures}}<tr><th scope="row">{{label}}</th><td>{{value}}</td></tr>
    {{/figures}}
    </tbody></table>
    {{#shortfall}}<p class="warn">{{.}}</p>{{/shortfall}}
    {{#hasBusiness}}<h3>{{t.business}}</h3>
    <table class="kv"><tbody>
    {{#business}}<tr><th scope="row">{{label}}</th><td>{{value}}</td></tr>
    {{/business}}
    </tbody></table>{{/hasBusiness}}
    </section>
    <section id="changes">
    <h2>{{t.changes}}</h2>
    {{^replan}}<p class="muted">{{t.noReplan}}</p>{{/replan}}
    {{#replan}}
    <p class="lead">{{lead}}</p>
    {{#edits}}<p class="edit">{{.}}</p>{{/edits}}
    {{#missed}}<p class="warn">{{.}}</p>{{/missed}}
    {{^hasChanges}}<p id="no-changes">{{t.noChanges}}</p>{{/hasChanges}}
    {{#hasChanges}}
    <table id="change-list"><thead><tr><th>{{t.person}}</th><th>{{t.change}}</th><th>{{t.fromTo}}</th><th>{{t.reason}}</th></tr></thead>
    <tbody>
    {{#changes}}<tr data-participant="{{id}}"><th scope="row">{{name}} <span class="id">{{id}}</span></th><td>{{kind}}</td><td>{{fromTo}}</td><td>{{reason}}</td></tr>
    {{/changes}}
    </tbody></table>
    {{/hasChanges}}
    {{/replan}}
    </section>
    </div>
    {{#season}}<div id="season-view">{{{season}}}</div>{{/season}}
    <section id="week">
    <h2>{{t.week}}</h2>
    <p class="muted">{{t.weekLead}}</p>
    {{#grid}}{{> grid}}{{/grid}}
    </section>
    <section id="edits">
    <h2>{{t.byHand}}</h2>
    <p class="muted">{{t.byHandLead}}</p>
    <div class="forms">
    <form id="lock-form" data-form="lock">
    <fieldset><legend>{{t.lockTitle}}</legend>
    <label>{{t.person}} <select name="participant" id="lock-participant">{{#placementPeople}}<option value="{{id}}">{{label}}</option>{{/placementPeople}}</select></label>
    <label>{{t.company}} <select name="company" id="lock-company">{{#companies}}<option value="{{id}}">{{name}}</option>{{/companies}}</select></label>
    <span class="days">{{#workdays}}<label><input type="checkbox" name="days" value="{{id}}" id="lock-day-{{id}}"> {{short}}</label>{{/workdays}}</span>
    <button type="submit" id="lock-submit">{{t.lock}}</button>
    </fieldset>
    </form>
    <form id="ban-form" data-form="ban">
    <fieldset><legend>{{t.banTitle}}</legend>
    <label>{{t.person}} <select name="participant" id="ban-participant">{{#people}}<option value="{{id}}">{{label}}</option>{{/people}}</select></label>
    <label>{{t.company}} <select name="company" id="ban-company">{{#companies}}<option value="{{id}}">{{name}}</option>{{/companies}}</select></label>
    <button type="submit" id="ban-submit">{{t.ban}}</button>
    </fieldset>
    </form>
    <form id="session-form" data-form="session">
    <fieldset><legend>{{t.sessionTitle}}</legend>
    <label>{{t.person}} <select name="participant" id="session-participant">{{#people}}<option value="{{id}}">{{label}}</option>{{/people}}</select></label>
    <label>{{t.session}} <select name="activity" id="session-activity">{{#activities}}<option value="{{id}}">{{label}}</option>{{/activities}}</select></label>
    <button type="submit" id="session-submit">{{t.move}}</button>
    </fieldset>
    </form>
    </div>
    {{#hasMoves}}<h3>{{t.moves}}</h3><ol id="moves">{{#moves}}<li>{{text}} <button type="button" class="small" data-action="approve-move" data-move="{{number}}">{{t.approve}}</button></li>
    {{/moves}}</ol>{{/hasMoves}}
    {{#hasPending}}<h3>{{t.pending}}</h3><ul id="pending">{{#pending}}<li>{{.}}</li>{{/pending}}</ul>{{/hasPending}}
    <h3>{{t.agreed}}</h3>
    {{^hasAgreements}}<p class="muted">{{t.noAgreements}}</p>{{/hasAgreements}}
    <ul id="agreements">
    {{#locks}}<li>{{text}} <button type="button" class="small" data-action="unlock" data-participant="{{participant}}">{{t.remove}}</button></li>
    {{/locks}}
    {{#bans}}<li>{{text}} <button type="button" class="small" data-action="unban" data-participant="{{participant}}" data-company="{{company}}">{{t.remove}}</button></li>
    {{/bans}}
    </ul>
    </section>
    <section id="places">
    <div class="cols">
    <div>
    <h2>{{t.companies}}</h2>
    <table id="company-table"><thead><tr><th>{{t.company}}</th><th>{{t.placed}}</th><th>{{t.perDay}}</th><th>{{t.who}}</th></tr></thead><tbody>
    {{#companyLoads}}<tr data-company="{{id}}"><th scope="row">{{name}}{{#reach}}<div class="sub">{{reach}}</div>{{/reach}}</th><td>{{placed}}</td><td>{{perDay}}</td><td>{{who}}</td></tr>
    {{/companyLoads}}
    </tbody></table>
    </div>
    <div>
    <h2>{{t.mentors}}</h2>
    <table id="mentor-table"><thead><tr><th>{{t.mentor}}</th><th>{{t.hours}}</th><th>{{t.mentees}}</th><th>{{t.who}}</th></tr></thead><tbody>
    {{#mentorLoads}}<tr data-mentor="{{id}}"><th scope="row">{{name}}{{#reach}}<div class="sub">{{reach}}</div>{{/reach}}</th><td>{{hours}}</td><td>{{mentees}}</td><td>{{who}}</td></tr>
    {{/mentorLoads}}
    </tbody></table>
    <h2>{{t.sessions}}</h2>
    <table id="activity-table"><thead><tr><th>{{t.session}}</th><th>{{t.seats}}</th><th>{{t.who}}</th></tr></thead><tbody>
    {{#activityLoads}}<tr data-activity="{{id}}"><th scope="row">{{name}}{{#reach}}<div class="sub">{{reach}}</div>{{/reach}}</th><td>{{seats}}</td><td>{{who}}</td></tr>
    {{/activityLoads}}
    </tbody></table>
    </div>
    </div>
    </section>
    <section id="whatif-forms">
    <h2>{{t.whatIf}}</h2>
    <p class="muted">{{t.whatIfLead}}</p>
    <div class="forms">
    <form id="whatif-company" data-form="whatif-company">
    <fieldset><legend>{{t.addCompany}}</legend>
    <label>{{t.id}} <input name="id" required pattern="[A-Za-z0-9._-]+" size="10"></label>
    <label>{{t.name}} <input name="name" required size="16"></label>
    <label>{{t.slots}} <input name="slots" type="number" min="1" value="1" size="3"></label>
    <label>{{t.employees}} <input name="ordinaryEmployees" type="number" min="0" value="10" size="3"></label>
    <label>{{t.open}} <input name="hours" value="08:00-15:00" size="11"></label>
    <span class="days">{{#workdays}}<label><input type="checkbox" name="days" value="{{id}}" checked> {{short}}</label>{{/workdays}}</span>
    <label>{{t.accommodations}} <input name="accommodations" size="20" placeholder="quietPlace, shortDays"></label>
    <label>{{t.tasks}} <input name="tasks" size="16"></label>
    <button type="submit">{{t.try}}</button>
    </fieldset>
    </form>
    <form id="whatif-mentor" data-form="whatif-mentor">
    <fieldset><legend>{{t.addMentor}}</legend>
    <label>{{t.id}} <input name="id" required pattern="[A-Za-z0-9._-]+" size="10"></label>
    <label>{{t.name}} <input name="name" required size="16"></label>
    <label>{{t.hoursPerWeek}} <input name="hoursPerWeek" type="number" min="0.5" step="0.5" value="4" size="3"></label>
    <label>{{t.maxMentees}} <input name="maxMentees" type="number" min="1" value="4" size="3"></label>
    <span class="days">{{#workdays}}<label><input type="checkbox" name="days" value="{{id}}" checked> {{short}}</label>{{/workdays}}</span>
    <label>{{t.competences}} <input name="competences" size="20" placeholder="anxiety, housingTraining"></label>
    <button type="submit">{{t.try}}</button>
    </fieldset>
    </form>
    </div>
    </section>
    <section id="downloads">
    <h2>{{t.downloads}}</h2>
    <p class="muted">{{t.downloadsLead}}</p>
    <ul class="links">{{#coordinatorFiles}}<li><a href="/download/{{path}}" download>{{label}}</a></li>{{/coordinatorFiles}}</ul>
    <details id="everyone"><summary>{{t.everyone}}</summary>
    <table><tbody id="audience-files"></tbody></table>
    </details>
    </section>

    """

  /// Every audience's download links, fetched when *everyone* is unfolded (`GET
  /// /api/audiences`): at L they were 1.5 MB of the page.
  static let audiences = """
    {{#audienceFiles}}<tr><th scope="row">{{name}}</th><td>{{#files}}<a href="/download/{{path}}" download>{{ext}}</a> {{/files}}</td></tr>
    {{/audienceFiles}}
    """

  static let grid = """
    <table class="grid" id="{{gridID}}">
    <thead><tr><th>{{personLabel}}</th>{{#days}}<th>{{name}}<br><span class="date">{{date}}</span></th>{{/days}}{{#withReasons}}<th>{{reasonsLabel}}</th>{{/withReasons}}</tr></thead>
    <tbody>
    {{#rows}}<tr class="{{rowClass}}" data-participant="{{id}}"><th scope="row">{{name}} <span class="id">{{id}}</span><div class="sub">{{sub}}</div>{{#locked}}<div class="lockmark">{{locked}}</div>{{/locked}}</th>{{#cells}}<td data-day="{{day}}">{{#items}}{{#lockable}}<button type="button" class="item {{kind}}" data-action="lock" data-participant="{{pid}}" data-company="{{id}}" data-day="{{day}}" title="{{title}}"><span class="t">{{time}}</span> {{what}}</button>{{/lockable}}{{^lockable}}<div class="item {{kind}}" data-id="{{id}}"><span class="t">{{time}}</span> {{what}}</div>{{/lockable}}{{/items}}</td>{{/cells}}{{#withReasons}}<td class="reasons">{{#reasons}}<div>{{.}}</div>{{/reasons}}</td>{{/withReasons}}</tr>
    {{/rows}}
    </tbody>
    </table>

    """

  static let whatif = """
    <section id="whatif">
    <h2>{{title}}</h2>
    {{#notes}}<p class="muted">{{.}}</p>{{/notes}}
    <div class="toolbar">
    <button type="button" id="whatif-keep" data-action="whatif-keep" class="primary">{{keep}}</button>
    <button type="button" id="whatif-drop" data-action="whatif-drop">{{drop}}</button>
    </div>
    <table id="whatif-figures"><thead><tr><th>{{figureLabel}}</th><th>{{baseLabel}}</th><th>{{variantLabel}}</th><th>{{changeLabel}}</th></tr></thead><tbody>
    {{#figures}}<tr><th scope="row">{{name}}</th><td>{{base}}</td><td>{{variant}}</td><td>{{change}}</td></tr>
    {{/figures}}
    </tbody></table>
    <h3>{{movesLabel}}</h3>
    {{^people}}<p>{{nobody}}</p>{{/people}}
    {{#hasPeople}}<table id="whatif-people"><thead><tr><th>{{personLabel}}</th><th>{{baseLabel}}</th><th>{{variantLabel}}</th></tr></thead><tbody>
    {{#people}}<tr data-participant="{{id}}"><th scope="row">{{name}} <span class="id">{{id}}</span></th><td>{{base}}</td><td>{{variant}}</td></tr>
    {{/people}}
    </tbody></table>{{/hasPeople}}
    <div class="side">
    <div><h3>{{baseLabel}}</h3>{{#baseGrid}}{{> grid}}{{/baseGrid}}</div>
    <div><h3>{{variantLabel}}</h3>{{#variantGrid}}{{> grid}}{{/variantGrid}}</div>
    </div>
    </section>

    """

  /// The compiled templates; they are constants, so a parse error is a programming error.
  static let library: MustacheLibrary = {
    var templates: [String: MustacheTemplate] = [:]
    for (name, text) in [
      ("document", document), ("app", app), ("grid", grid), ("whatif", whatif),
      ("audiences", audiences),
    ] {
      templates[name] = try! MustacheTemplate(string: text)
    }
    return MustacheLibrary(templates: templates)
  }()
}

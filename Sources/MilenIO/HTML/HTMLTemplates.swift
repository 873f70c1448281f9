import Mustache

/// The printable week's Mustache templates (swift-mustache) and its A4 print style.
enum HTMLTemplates {
  static let css = """
    @page { size: A4; margin: 12mm; }
    @page wide { size: A4 landscape; margin: 10mm; }
    * { box-sizing: border-box; }
    body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt;
      color: #111; margin: 0; background: #fff; }
    .page { padding: 8mm 10mm; page-break-after: always; break-after: page; }
    .page:last-child { page-break-after: auto; break-after: auto; }
    .wide { page: wide; }
    h1 { font-size: 16pt; margin: 0 0 2mm 0; }
    .lead { color: #444; margin: 0 0 4mm 0; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border: 0.3mm solid #999; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; }
    thead th { background: #e8eef5; }
    th[scope=row] { background: #f6f6f6; white-space: nowrap; }
    .date { font-weight: normal; color: #555; font-size: 9pt; }
    .sub { font-weight: normal; color: #666; font-size: 8.5pt; }
    .item { margin: 0 0 0.6mm 0; padding: 0.3mm 1mm; border-radius: 1mm; font-size: 8.5pt;
      line-height: 1.2; }
    .grid .item { font-size: 7.5pt; }
    .grid th, .grid td { padding: 0.8mm 1.2mm; }
    .item .t { font-variant-numeric: tabular-nums; color: #333; white-space: nowrap; }
    .work { background: #dcefdc; }
    .job { background: #e4e4f7; }
    .session { background: #fbeacc; }
    .dim td, .dim th { color: #888; }
    .grid td { width: 15%; }
    .note { margin-top: 5mm; color: #333; }
    .reach { margin: 1mm 0 0 0; color: #333; }
    h2 { font-size: 12pt; margin: 5mm 0 2mm 0; }
    .figures { width: auto; }
    .warn { color: #8a1c1c; }
    @media screen { body { background: #ddd; } .page { background: #fff; margin: 6mm auto;
      max-width: 297mm; box-shadow: 0 0 2mm #999; } }
    """

  static let document = """
    <!DOCTYPE html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <title>{{title}}</title>
    <style>{{{css}}}</style>
    </head>
    <body>
    {{#overview}}{{> overview}}{{/overview}}
    {{#coordinator}}{{> coordinator}}{{/coordinator}}
    {{#companies}}{{> company}}{{/companies}}
    {{#mentors}}{{> mentor}}{{/mentors}}
    {{#participants}}{{> participant}}{{/participants}}
    </body>
    </html>

    """

  static let overview = """
    <section class="page wide" id="overview">
    <h1>{{heading}}</h1>
    <p class="lead">{{lead}}</p>
    <table class="grid">
    <thead><tr><th>{{personLabel}}</th>{{#days}}<th>{{name}}<br><span class="date">{{date}}</span></th>{{/days}}</tr></thead>
    <tbody>
    {{#rows}}<tr class="{{rowClass}}"><th scope="row">{{name}}<div class="sub">{{sub}}</div></th>{{#cells}}<td>{{#items}}<div class="item {{kind}}"><span class="t">{{time}}</span> {{what}}</div>{{/items}}</td>{{/cells}}</tr>
    {{/rows}}
    </tbody>
    </table>
    </section>

    """

  /// The coordinator's own part: the programme's figures and break-even, every change with its
  /// reason, every shortfall with its reason, the waiting list in order, the moves to approve.
  static let coordinator = """
    <section class="page" id="coordinator">
    <h1>{{heading}}</h1>
    <h2>{{figuresLabel}}</h2>
    <table class="figures"><tbody>
    {{#figures}}<tr><th scope="row">{{label}}</th><td>{{value}}</td></tr>
    {{/figures}}
    </tbody></table>
    {{#breakEvenShort}}<p class="warn">{{.}}</p>{{/breakEvenShort}}
    <h2>{{changesLabel}}</h2>
    {{^hasChanges}}<p>{{noChanges}}</p>{{/hasChanges}}
    {{#hasChanges}}
    <table id="coordinator-changes"><thead><tr><th>{{personLabel}}</th><th>{{changeLabel}}</th><th>{{reasonLabel}}</th></tr></thead>
    <tbody>
    {{#changes}}<tr><th scope="row">{{name}}</th><td>{{what}}</td><td>{{reason}}</td></tr>
    {{/changes}}
    </tbody></table>
    {{/hasChanges}}
    <h2>{{shortfallsLabel}}</h2>
    {{^hasShortfalls}}<p>{{noShortfalls}}</p>{{/hasShortfalls}}
    {{#hasShortfalls}}
    <table id="coordinator-shortfalls"><thead><tr><th>{{personLabel}}</th><th>{{reasonLabel}}</th></tr></thead>
    <tbody>
    {{#shortfalls}}<tr><th scope="row">{{name}}</th><td>{{reason}}</td></tr>
    {{/shortfalls}}
    </tbody></table>
    {{/hasShortfalls}}
    <h2>{{waitingLabel}}</h2>
    {{^hasWaiting}}<p>{{noWaiting}}</p>{{/hasWaiting}}
    {{#hasWaiting}}
    <table id="coordinator-waiting"><thead><tr><th>{{numberLabel}}</th><th>{{personLabel}}</th><th>{{reasonLabel}}</th></tr></thead>
    <tbody>
    {{#waiting}}<tr><td>{{number}}</td><th scope="row">{{name}}</th><td>{{reason}}</td></tr>
    {{/waiting}}
    </tbody></table>
    {{/hasWaiting}}
    {{#hasMoves}}
    <h2>{{movesLabel}}</h2>
    <ol id="coordinator-moves">
    {{#moves}}<li>{{.}}</li>
    {{/moves}}
    </ol>
    <p>{{moveHint}}</p>
    {{/hasMoves}}
    </section>

    """

  static let company = """
    <section class="page company" id="company-{{id}}">
    <h1>{{heading}}</h1>
    {{^people}}<p>{{nobody}}</p>{{/people}}
    {{#hasPeople}}
    <table>
    <thead><tr><th>{{nameLabel}}</th>{{#days}}<th>{{name}}<br><span class="date">{{date}}</span></th>{{/days}}<th>{{hoursLabel}}</th><th>{{weekLabel}}</th></tr></thead>
    <tbody>
    {{#people}}<tr><th scope="row">{{name}}</th>{{#cells}}<td>{{time}}</td>{{/cells}}<td>{{hours}}</td><td>{{week}}</td></tr>
    {{/people}}
    </tbody>
    </table>
    {{/hasPeople}}
    <p class="note">{{contact}}</p>
    </section>

    """

  static let mentor = """
    <section class="page mentor" id="mentor-{{id}}">
    <h1>{{heading}}</h1>
    {{^mentees}}<p>{{nobody}}</p>{{/mentees}}
    {{#hasMentees}}
    <table>
    <thead><tr><th>{{nameLabel}}</th><th>{{hoursLabel}}</th><th>{{canMeetLabel}}</th><th>{{phoneLabel}}</th></tr></thead>
    <tbody>
    {{#mentees}}<tr><th scope="row">{{name}}</th><td>{{hours}}</td><td>{{canMeet}}</td><td class="phone">{{phone}}</td></tr>
    {{/mentees}}
    </tbody>
    </table>
    {{/hasMentees}}
    <p class="note">{{total}}</p>
    <p class="note">{{contact}}</p>
    </section>

    """

  static let participant = """
    <section class="page participant" id="participant-{{id}}">
    <h1>{{heading}}</h1>
    {{#waiting}}<p>{{waitingText}}</p>{{/waiting}}
    {{#hasRows}}
    <table>
    <thead><tr><th>{{dayLabel}}</th><th>{{timeLabel}}</th><th>{{whatLabel}}</th><th>{{whereLabel}}</th><th>{{contactLabel}}</th></tr></thead>
    <tbody>
    {{#rows}}<tr><th scope="row">{{day}}</th><td>{{time}}</td><td><div class="item {{kind}}">{{what}}</div></td><td class="where">{{where}}{{#place}}<div class="sub">{{place}}</div>{{/place}}</td><td class="contact">{{contact}}</td></tr>
    {{/rows}}
    </tbody>
    </table>
    {{/hasRows}}
    {{#mentor}}<p class="note"><strong>{{mentorLabel}}:</strong> {{mentor}}</p>{{/mentor}}
    {{#mentorReach}}<p class="reach">{{.}}</p>{{/mentorReach}}
    <p class="note">{{contact}}</p>
    </section>

    """

  /// The compiled templates; they are constants, so a parse error is a programming error.
  static let library: MustacheLibrary = {
    var templates: [String: MustacheTemplate] = [:]
    for (name, text) in [
      ("document", document), ("overview", overview), ("coordinator", coordinator),
      ("company", company), ("mentor", mentor),
      ("participant", participant),
    ] {
      templates[name] = try! MustacheTemplate(string: text)
    }
    return MustacheLibrary(templates: templates)
  }()
}

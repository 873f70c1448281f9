import Foundation
import MilenFormats
import MilenModel

/// The business case in words (docs/whatif.md): the figures, each with the assumption behind
/// it, then every assumption with its value and source. Nobody still on benefit is a saving.
enum BusinessCaseReport {
  /// The figures as label-value lines.
  static func lines(_ bc: BusinessCase, _ l: Localizer, names: Names = Names()) -> [(
    String, String
  )] {
    let dkk = l.money
    var out: [(String, String)] = [
      (
        l.t("business.cost"),
        l.t(
          "business.costValue", dkk(bc.annualCost), l.number(bc.positions),
          dkk(bc.positionCostPerYear))
      ),
      (
        l.t("business.stated"),
        l.t(
          "business.statedValue", String(bc.statedBreakEven), String(bc.target), String(bc.served),
          l.signed(bc.marginStated))
      ),
    ]
    let perParticipant: String
    if let c = bc.costPerParticipant {
      perParticipant = l.t("business.perParticipantValue", dkk(c), String(bc.served))
    } else {
      perParticipant = l.t("business.perParticipantNone")
    }
    var atStated: [String] = []
    // At break-even and at the target, each once, and not again when it is this week's count.
    if let c = bc.costPerParticipantAtBreakEven, bc.statedBreakEven != bc.served {
      atStated.append(l.t("business.perParticipantAt", dkk(c), String(bc.statedBreakEven)))
    }
    if let c = bc.costPerParticipantAtTarget, bc.target != bc.statedBreakEven,
      bc.target != bc.served
    {
      atStated.append(l.t("business.perParticipantAt", dkk(c), String(bc.target)))
    }
    out.append(
      (
        l.t("business.perParticipant"),
        ([perParticipant] + atStated).joined(separator: "; ")
      ))
    let counsellor = bc.assumptions.first { $0.name == "counsellorCostPerYear" }?.value ?? 0
    let caseload = bc.assumptions.first { $0.name == "ordinaryCaseload" }?.value ?? 0
    out.append(
      (
        l.t("business.counselling"),
        l.t(
          "business.counsellingValue", dkk(bc.counsellingPerYoungPerson), dkk(counsellor),
          l.number(caseload))
      ))
    out.append(
      (
        l.t("business.reading"),
        l.t(
          "business.readingValue", String(bc.statedBreakEven),
          dkk(bc.costPerParticipantAtBreakEven ?? bc.annualCost), dkk(bc.counsellingPerYoungPerson))
      ))
    let left =
      bc.leftBenefit.isEmpty
      ? l.t("business.leftNone")
      : l.t(
        "business.leftValue", String(bc.leftBenefit.count),
        bc.leftBenefit.map { x in
          l.t(
            "business.leftOne", names.participant(x.id), l.exitReason(x.reason),
            isoDate(x.since, l), String(x.weekOff),
            String(x.ofWeeks), dkk(x.savedThisWeek))
        }.joined(separator: ", "))
    out.append((l.t("business.left"), left))
    if !bc.notCounted.isEmpty {
      out.append(
        (
          l.t("business.notCounted"),
          bc.notCounted.map { l.t("business.notCounted.\($0.reason)", String($0.ids.count)) }
            .joined(separator: ", ")
        ))
      // Someone in a job without a date off benefit is a task: only a date counts them.
      let undated = bc.notCounted.filter {
        $0.reason == "jobInFollowUp" || $0.reason == "apprenticeshipInFollowUp"
      }.flatMap(\.ids)
      if !undated.isEmpty {
        out.append(
          (
            l.t("business.missingDates"),
            l.t(
              "business.missingDatesValue", undated.map(names.participant).joined(separator: ", "))
          ))
      }
    }
    out.append(
      (
        l.t("business.saved"),
        l.t("business.savedValue", dkk(bc.benefitSavedThisWeek), dkk(bc.benefitSavedPerYear))
      ))
    let rate = bc.assumptions.first { $0.name == "benefitPerMonth" }?.value
    let yearOff: String
    if let rate, rate > 0 {
      let share = bc.yearOffBenefit / (rate * 12) * 100
      yearOff = l.t(
        "business.yearOffValue", dkk(bc.yearOffBenefit), dkk(rate),
        l.number((share * 10).rounded() / 10))
    } else if rate == nil {
      yearOff = l.t("business.yearOffOverride", dkk(bc.yearOffBenefit))
    } else {
      yearOff = dkk(0)
    }
    out.append((l.t("business.yearOff"), yearOff))
    out.append(
      (
        l.t("business.derived"),
        bc.derivedBreakEven.map { l.t("business.derivedValue", l.grouped(Double($0))) }
          ?? l.t("business.derivedNever")
      ))
    out.append((l.t("business.net"), l.t("business.netValue", dkk(bc.annualNet))))
    return out
  }

  /// An ISO date (`2026-01-19`) as people write it; anything else as given.
  static func isoDate(_ s: String, _ l: Localizer) -> String {
    let p = s.split(separator: "-").compactMap { Int($0) }
    return p.count == 3 ? l.date(year: p[0], month: p[1], day: p[2]) : s
  }

  /// Every assumption: what it is, its value, its source.
  static func assumptionTable(_ bc: BusinessCase, _ l: Localizer, markdown: Bool) -> String {
    var t = TextTable(
      header: ["business.col.assumption", "business.col.value", "business.col.source"].map {
        l.t($0)
      })
    for a in bc.assumptions {
      t.rows.append([l.t("business.name.\(a.name)"), value(a, l), source(a, l)])
    }
    return t.render(markdown: markdown) + (markdown ? "\n" : "") + l.t("business.override")
      + "\n"
  }

  /// An assumption's value in words.
  static func value(_ a: Assumption, _ l: Localizer) -> String {
    switch a.name {
    case "benefitPerMonth", "benefitAtHomePerMonth":
      return l.t("business.perMonth", l.money(a.value ?? 0))
    case "counsellorCostPerYear", "savingPerParticipantPerYear":
      return l.t("business.perYear", l.money(a.value ?? 0))
    case "ordinaryCaseload":
      return l.t("business.youngPeople", l.number(a.value ?? 0))
    case "refundSteps":
      let steps = a.steps ?? []
      return steps.map { s in
        let pct = l.number(s.refund * 100)
        return s.untilWeek.map { l.t("business.step", pct, String($0)) }
          ?? l.t("business.stepLast", pct)
      }.joined(separator: ", ")
    default:
      return l.t("business.weeks", l.number(a.value ?? 0))
    }
  }

  /// Where an assumption comes from: the scenario's path, or the default's public source.
  static func source(_ a: Assumption, _ l: Localizer) -> String {
    a.fromScenario
      ? l.t("business.fromScenario", a.path)
      : l.t("business.default", l.t("business.source.\(a.name)"))
  }
}

/// The business case's assumptions in words, for reports outside this module (the season):
/// each one's name, value and source in the localizer's language.
public enum AssumptionText {
  /// Name, value and source of each assumption, in order.
  public static func rows(_ assumptions: [Assumption], _ l: Localizer) -> [(
    name: String, value: String, source: String
  )] {
    assumptions.map {
      (
        l.t("business.name.\($0.name)"), BusinessCaseReport.value($0, l),
        BusinessCaseReport.source($0, l)
      )
    }
  }
}

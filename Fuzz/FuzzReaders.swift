// libFuzzer target for Milen's input readers: the scenario reader (JSON and YAML, with its
// validation) and the plan reader (with its validation). Any trap, sanitizer report, or input
// that takes unbounded time or memory is a finding. Built and run by scripts/fuzz.sh
// (`make fuzz`), with a seed corpus from Fixtures/.
import Foundation
import MilenFormats
import MilenModel
import MilenReports

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReaders(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  guard size > 0, let text = String(bytes: bytes.dropFirst(), encoding: .utf8) else { return 0 }
  // The first byte picks the reader, so one corpus exercises all three; the rest is the file.
  switch bytes[0] % 3 {
  case 0: _ = try? ScenarioFile.decode(text, format: .json)
  case 1: _ = try? ScenarioFile.decode(text, format: .yaml)
  default: _ = try? PlanFile.decode(text)
  }
  return 0
}

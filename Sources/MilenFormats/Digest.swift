import Crypto
import Foundation

/// SHA-256 digests (FIPS 180-4) through swift-crypto, for the fingerprints that tie a plan to
/// its scenario and for hand-out names of very long ids. Not used for secrets.
public enum Digest {
  /// The SHA-256 digest of `bytes` as 64 lower-case hex digits.
  public static func sha256Hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
    let digest = Crypto.SHA256.hash(data: Array(bytes))
    return digest.map { byte in
      let digits = Array("0123456789abcdef")
      return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }.joined()
  }
}

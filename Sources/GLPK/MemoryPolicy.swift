import CGLPKGuard

#if canImport(Glibc)
  import Glibc
#endif

/// How freed memory goes back to the system while GLPK solves.
///
/// GLPK allocates and frees its working arrays node by node and LP by LP (and each solve frees
/// its thread's whole GLPK environment). With glibc's default, a heap whose freed top passes
/// 128 KiB is trimmed at once (`madvise`), so the next allocation faults the same pages in
/// again: planning M seed 1 took 3.7 million page faults and 9.7 s of system time (20.5 s
/// wall, 39.8 s CPU); with up to 64 MiB kept, 26 thousand and 0.1 s (15.0 s wall, 29.4 s
/// CPU), the same plan and work counters. 16 MiB already did as well, 8 MiB not (0.37
/// million faults); the peak resident memory rose from 78 to 105 MB with any of them
/// (docs/performance.md, "Freed memory kept").
///
/// Applied once per process, before the first solve. An explicit choice of the process's
/// own is kept: with `MALLOC_TRIM_THRESHOLD_` set, or `GLIBC_TUNABLES` naming
/// `trim_threshold`, nothing is changed (which also gives glibc's default back for a
/// side-by-side measurement: `MALLOC_TRIM_THRESHOLD_=131072`).
enum MemoryPolicy {
  /// The freed memory a heap keeps before it is trimmed: twice what M seed 1 needed.
  static let trimThreshold = 32 << 20

  /// Whether the policy was applied (false where the process chose its own, or off glibc).
  static let applied: Bool = {
    #if canImport(Glibc)
      if let own = getenv("MALLOC_TRIM_THRESHOLD_"), own.pointee != 0 { return false }
      if let tunables = getenv("GLIBC_TUNABLES"),
        String(cString: tunables).contains("trim_threshold")
      {
        return false
      }
      return cglpk_keep_freed_memory(trimThreshold) == 1
    #else
      return false
    #endif
  }()
}

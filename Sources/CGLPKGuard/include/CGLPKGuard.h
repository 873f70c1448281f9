#ifndef MILEN_CGLPK_GUARD_H
#define MILEN_CGLPK_GUARD_H

/*
 * A last-resort guard around GLPK calls.
 *
 * GLPK calls abort() on a fatal error (an invalid argument or an internal failure). The only
 * way back is glp_error_hook with a longjmp, which Swift cannot do, so it lives here. Each
 * cglpk_guarded_* function installs the hook, makes one GLPK call under setjmp and returns 0
 * when the call ran (its result is stored in *ret) or 1 when GLPK hit a fatal error. After a
 * fatal error this thread's GLPK environment has been freed with glp_free_env(): every
 * problem object of this thread is gone and must never be touched (not even deleted).
 *
 * A session scopes all GLPK work of one operation on one thread: it routes GLPK's terminal
 * output through a hook that captures it (and suppresses it unless echo is on), refuses
 * re-entrant use on the same thread (for example from a MIP callback), and frees the thread's
 * GLPK environment at the end so that no GLPK memory outlives the operation.
 *
 * Validation in Swift is the real defence; the guard only keeps the process alive when
 * validation missed something.
 */

#include "../../CGLPK/shim.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Starts a session on the calling thread. echo != 0 lets GLPK's terminal output through to
 * stdout; otherwise it is only captured. Returns 0, or -1 when a session is already active on
 * this thread (a re-entrant call), in which case nothing was changed. */
int cglpk_session_begin(int echo);

/* Ends the session started by cglpk_session_begin and frees this thread's GLPK environment.
 * Every problem object created in the session must have been deleted (or lost to a fatal
 * error) before. */
void cglpk_session_end(void);

/* The last (up to 16 KB) terminal output GLPK produced in this session, NUL-terminated. */
const char *cglpk_session_output(void);

/* Forgets the captured output of this session. */
void cglpk_session_clear_output(void);

/* 1 when a fatal error was caught in this session (the GLPK environment is gone). */
int cglpk_session_failed(void);

/* Guarded calls: return 0 and store the GLPK result in *ret, or return 1 after a fatal
 * error (then *ret is -1). */
int cglpk_guarded_simplex(glp_prob *P, const glp_smcp *parm, int *ret);
int cglpk_guarded_intopt(glp_prob *P, const glp_iocp *parm, int *ret);
int cglpk_guarded_write_lp(glp_prob *P, const char *fname, int *ret);
int cglpk_guarded_write_mps(glp_prob *P, int fmt, const char *fname, int *ret);
int cglpk_guarded_read_mps(glp_prob *P, int fmt, const char *fname, int *ret);

/* The branch-and-bound callback, kept in C: every GLPK call made during the search (tree
 * size, incumbent, bound, warm start, terminate) is made here, so that a fatal error's
 * longjmp back to cglpk_guarded_intopt crosses only C frames, never Swift ones. The Swift
 * handler sees plain values and answers with plain values; it must not call GLPK. */
typedef struct {
  int reason;          /* glp_ios_reason */
  int active_nodes;    /* glp_ios_tree_size */
  int total_nodes;
  int has_incumbent;   /* the tree's problem has an integer feasible point */
  double incumbent;    /* its objective */
  int has_bound;       /* phase 2 only: the best active node's bound was read */
  double bound;
  int warm_start_accepted; /* the warm start was offered and taken (1) or refused (0) */
} cglpk_search_state;

typedef struct {
  int want_bound; /* phase 1: read the best node's bound before phase 2 */
  int terminate;  /* phase 2: stop the search (glp_ios_terminate) */
} cglpk_search_action;

/* Called twice per callback: phase 1 (decide whether to read the bound), phase 2 (with it,
 * decide whether to stop). */
typedef void (*cglpk_search_handler)(
    int phase, const cglpk_search_state *state, cglpk_search_action *action, void *info);

typedef struct {
  cglpk_search_handler handler;
  void *info;
  /* A warm start (element 0 unused, then one value per column), offered once at the first
   * GLP_IHEUR; NULL for none. */
  const double *warm_start;
  int warm_start_offered;
  int warm_start_accepted;
} cglpk_search_context;

/* The cb_func to give glp_intopt with cb_info pointing at a cglpk_search_context. */
void cglpk_search_callback(glp_tree *tree, void *info);

/* Test support: the next search callback on this thread provokes a GLPK fatal error (a node
 * number out of range) inside the callback, as a failure in the middle of the search would. */
void cglpk_search_fail_next_callback(void);

/* Test support: inside the current session, provokes a GLPK fatal error under the guard
 * (a column index out of range on a fresh problem). Returns 1 when the guard caught it. */
int cglpk_guard_selftest(void);

/* Lets each malloc heap keep up to `bytes` of freed memory before it is handed back to the
 * system (glibc's M_TRIM_THRESHOLD; see MemoryPolicy.swift). Returns 1 when set, 0 when the
 * C library has no such setting or refused it. */
int cglpk_keep_freed_memory(long bytes);

#ifdef __cplusplus
}
#endif

#endif

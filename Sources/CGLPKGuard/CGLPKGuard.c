#include "CGLPKGuard.h"

#include <setjmp.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <string.h>

#define CGLPK_OUTPUT_CAPACITY 16384

/* Per-thread session state. GLPK's own environment is thread-local too (Debian builds it
 * with _Thread_local), so each thread is independent. */
static _Thread_local int session_active = 0;
static _Thread_local int session_echo = 0;
static _Thread_local int session_failed = 0;
static _Thread_local char output[CGLPK_OUTPUT_CAPACITY];
static _Thread_local size_t output_len = 0;

static int term_hook(void *info, const char *s) {
  (void)info;
  size_t n = strlen(s);
  if (n >= CGLPK_OUTPUT_CAPACITY) {
    s += n - (CGLPK_OUTPUT_CAPACITY - 1);
    n = CGLPK_OUTPUT_CAPACITY - 1;
  }
  if (output_len + n >= CGLPK_OUTPUT_CAPACITY) {
    size_t drop = output_len + n - (CGLPK_OUTPUT_CAPACITY - 1);
    memmove(output, output + drop, output_len - drop);
    output_len -= drop;
  }
  memcpy(output + output_len, s, n);
  output_len += n;
  output[output_len] = '\0';
  /* Non-zero tells GLPK not to print the string itself. */
  return session_echo ? 0 : 1;
}

static void install_output_hook(void) {
  /* Output must stay on: GLPK forces it on anyway for fatal messages, and the hook decides
   * what reaches stdout. */
  glp_term_out(GLP_ON);
  glp_term_hook(term_hook, NULL);
}

int cglpk_session_begin(int echo) {
  if (session_active) return -1;
  session_active = 1;
  session_echo = echo != 0;
  session_failed = 0;
  output_len = 0;
  output[0] = '\0';
  install_output_hook();
  return 0;
}

void cglpk_session_end(void) {
  if (!session_active) return;
  /* Frees everything GLPK allocated on this thread, hooks included. */
  glp_free_env();
  session_active = 0;
  session_echo = 0;
}

const char *cglpk_session_output(void) { return output; }

void cglpk_session_clear_output(void) {
  output_len = 0;
  output[0] = '\0';
}

int cglpk_session_failed(void) { return session_failed; }

static void on_fatal_error(void *info) { longjmp(*(jmp_buf *)info, 1); }

static void after_fatal_error(void) {
  /* The environment is in an error state and every problem object of this thread is
   * unusable: free it all. Re-install the silent hook on the fresh environment so that
   * nothing reaches stdout should GLPK be called again in this session. */
  glp_free_env();
  session_failed = 1;
  install_output_hook();
}

/* One guarded GLPK call. Locals that change between setjmp and longjmp are not used after the
 * jump, so no volatile is needed. */
#define CGLPK_GUARDED(expr)                 \
  do {                                      \
    jmp_buf jump;                           \
    if (session_failed) {                   \
      *ret = -1;                            \
      return 1;                             \
    }                                       \
    glp_error_hook(on_fatal_error, &jump);  \
    if (setjmp(jump) == 0) {                \
      int result = (expr);                  \
      glp_error_hook(NULL, NULL);           \
      *ret = result;                        \
      return 0;                             \
    }                                       \
    after_fatal_error();                    \
    *ret = -1;                              \
    return 1;                               \
  } while (0)

int cglpk_guarded_simplex(glp_prob *P, const glp_smcp *parm, int *ret) {
  CGLPK_GUARDED(glp_simplex(P, parm));
}

int cglpk_guarded_intopt(glp_prob *P, const glp_iocp *parm, int *ret) {
  CGLPK_GUARDED(glp_intopt(P, parm));
}

int cglpk_guarded_write_lp(glp_prob *P, const char *fname, int *ret) {
  CGLPK_GUARDED(glp_write_lp(P, NULL, fname));
}

int cglpk_guarded_write_mps(glp_prob *P, int fmt, const char *fname, int *ret) {
  CGLPK_GUARDED(glp_write_mps(P, fmt, NULL, fname));
}

int cglpk_guarded_read_mps(glp_prob *P, int fmt, const char *fname, int *ret) {
  CGLPK_GUARDED(glp_read_mps(P, fmt, NULL, fname));
}

static _Thread_local int fail_next_callback = 0;

void cglpk_search_fail_next_callback(void) { fail_next_callback = 1; }

void cglpk_search_callback(glp_tree *tree, void *info) {
  cglpk_search_context *c = (cglpk_search_context *)info;
  if (c == NULL || c->handler == NULL) return;
  if (fail_next_callback) {
    fail_next_callback = 0;
    /* No such node: GLPK calls its fatal-error hook, which jumps back to the guard. */
    (void)glp_ios_node_bound(tree, 1 << 30);
  }
  cglpk_search_state st;
  memset(&st, 0, sizeof st);
  st.reason = glp_ios_reason(tree);
  if (st.reason == GLP_IHEUR && c->warm_start != NULL && !c->warm_start_offered) {
    c->warm_start_offered = 1;
    /* GLPK checks only integrality and whether it beats the incumbent (0 = taken). */
    c->warm_start_accepted = glp_ios_heur_sol(tree, c->warm_start) == 0;
  }
  st.warm_start_accepted = c->warm_start_accepted;
  int active = 0, current = 0, total = 0;
  glp_ios_tree_size(tree, &active, &current, &total);
  st.active_nodes = active;
  st.total_nodes = total;
  glp_prob *mip = glp_ios_get_prob(tree);
  if (glp_mip_status(mip) == GLP_FEAS) {
    st.has_incumbent = 1;
    st.incumbent = glp_mip_obj_val(mip);
  }
  cglpk_search_action action;
  memset(&action, 0, sizeof action);
  c->handler(1, &st, &action, c->info);
  if (action.want_bound) {
    int best = glp_ios_best_node(tree);
    if (best != 0) {
      st.has_bound = 1;
      st.bound = glp_ios_node_bound(tree, best);
    }
  }
  c->handler(2, &st, &action, c->info);
  if (action.terminate) glp_ios_terminate(tree);
}

static int provoke_fatal_error(void) {
  glp_prob *P = glp_create_prob();
  glp_add_cols(P, 1);
  glp_set_col_bnds(P, 5, GLP_LO, 0.0, 0.0); /* column 5 does not exist: fatal */
  glp_delete_prob(P);
  return 0;
}

static int guarded_provoke(int *ret) { CGLPK_GUARDED(provoke_fatal_error()); }

int cglpk_guard_selftest(void) {
  int ret = 0;
  return guarded_provoke(&ret);
}

int cglpk_keep_freed_memory(long bytes) {
#if defined(__GLIBC__) && defined(M_TRIM_THRESHOLD)
  if (bytes < 0 || bytes > 0x7fffffffL) return 0;
  return mallopt(M_TRIM_THRESHOLD, (int)bytes) == 1 ? 1 : 0;
#else
  (void)bytes;
  return 0;
#endif
}

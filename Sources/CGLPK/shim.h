#ifndef MILEN_CGLPK_SHIM_H
#define MILEN_CGLPK_SHIM_H
#include <glpk.h>
#endif

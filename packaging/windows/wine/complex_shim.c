/* TEST-ONLY shim for Wine (never shipped): Wine 8's ucrtbase lacks the C99 complex functions
 * (crealf, cabs, csqrt, ...) that numpy and scipy import, and aborts the process when one is
 * called. Built as a replacement api-ms-win-crt-math-l1-1-0.dll in the test prefix: these
 * functions are implemented here, every other export is forwarded to ucrtbase (shim.def is
 * generated from what the installed modules import). MSVC's complex types are structs of two
 * doubles or floats; long double is double on Windows. */
#include <complex.h>
#include <math.h>

typedef struct { double v[2]; } dcomplex;
typedef struct { float v[2]; } fcomplex;
typedef dcomplex lcomplex;

static double complex D(dcomplex z) { return __builtin_complex(z.v[0], z.v[1]); }
static float complex F(fcomplex z) { return __builtin_complex(z.v[0], z.v[1]); }
static dcomplex DD(double complex z) { dcomplex r = {{creal(z), cimag(z)}}; return r; }
static fcomplex FF(float complex z) { fcomplex r = {{crealf(z), cimagf(z)}}; return r; }

#define REAL_FN(name, expr_d, expr_f) \
    double shim_##name(dcomplex z) { return expr_d(D(z)); } \
    float shim_##name##f(fcomplex z) { return expr_f(F(z)); } \
    double shim_##name##l(lcomplex z) { return expr_d(D(z)); }
#define CPLX_FN(name) \
    dcomplex shim_##name(dcomplex z) { return DD(name(D(z))); } \
    fcomplex shim_##name##f(fcomplex z) { return FF(name##f(F(z))); } \
    lcomplex shim_##name##l(lcomplex z) { return DD(name(D(z))); }

REAL_FN(creal, creal, crealf)
REAL_FN(cimag, cimag, cimagf)
REAL_FN(cabs, cabs, cabsf)
REAL_FN(carg, carg, cargf)
CPLX_FN(cacos) CPLX_FN(cacosh) CPLX_FN(casin) CPLX_FN(casinh) CPLX_FN(catan) CPLX_FN(catanh)
CPLX_FN(ccos) CPLX_FN(ccosh) CPLX_FN(cexp) CPLX_FN(clog) CPLX_FN(conj) CPLX_FN(cproj)
CPLX_FN(csin) CPLX_FN(csinh) CPLX_FN(csqrt) CPLX_FN(ctan) CPLX_FN(ctanh)

dcomplex shim_clog10(dcomplex z) { return DD(clog(D(z)) / log(10.0)); }
fcomplex shim_clog10f(fcomplex z) { return FF(clogf(F(z)) / logf(10.0f)); }
lcomplex shim_clog10l(lcomplex z) { return DD(clog(D(z)) / log(10.0)); }
dcomplex shim_cpow(dcomplex a, dcomplex b) { return DD(cpow(D(a), D(b))); }
fcomplex shim_cpowf(fcomplex a, fcomplex b) { return FF(cpowf(F(a), F(b))); }
lcomplex shim_cpowl(lcomplex a, lcomplex b) { return DD(cpow(D(a), D(b))); }
dcomplex shim__Cbuild(double re, double im) { dcomplex r = {{re, im}}; return r; }
fcomplex shim__FCbuild(float re, float im) { fcomplex r = {{re, im}}; return r; }
lcomplex shim__LCbuild(double re, double im) { dcomplex r = {{re, im}}; return r; }
dcomplex shim__Cmulcc(dcomplex a, dcomplex b) { return DD(D(a) * D(b)); }
fcomplex shim__FCmulcc(fcomplex a, fcomplex b) { return FF(F(a) * F(b)); }
lcomplex shim__LCmulcc(lcomplex a, lcomplex b) { return DD(D(a) * D(b)); }
dcomplex shim__Cmulcr(dcomplex a, double b) { return DD(D(a) * b); }
fcomplex shim__FCmulcr(fcomplex a, float b) { return FF(F(a) * b); }
lcomplex shim__LCmulcr(lcomplex a, double b) { return DD(D(a) * b); }

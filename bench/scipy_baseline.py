#!/usr/bin/env python3
# The scipy notebook baseline: what an analyst would write instead of Viralscope. Copied unchanged (below this
# header) from the baseline the "cold report of 2,000 series >= 10x faster than the notebook" target was set
# against, so the comparison is with the same code; do not edit it. Run by bench/run-end-to-end.sh, which
# writes one CSV per series for it. Needs Python 3 with numpy and scipy (Debian: python3-numpy python3-scipy).
"""The baseline an analyst would write instead of Viralscope: scipy curve fits of five growth models on daily
increments (AICc selection) plus a PELT change-point search, over a folder of CSVs in Viralscope's schema.

usage: scipy_baseline.py CSV_DIR [--limit N]   prints series/s and ms/series; writes nothing."""
import csv, glob, math, os, sys, time, warnings
import numpy as np
from scipy.optimize import curve_fit
warnings.filterwarnings("ignore")

def logistic(t, K, r, t0): return K / (1 + np.exp(-r * (t - t0)))
def gompertz(t, K, r, t0): return K * np.exp(-np.exp(-r * (t - t0)))
def bass(t, m, p, q):
    e = np.exp(-(p + q) * t); return m * (1 - e) / (1 + (q / p) * e)
def expo(t, a, b): return a * (np.exp(b * t) - 1)
def linear(t, a): return a * t
MODELS = {"logistic": (logistic, 3), "gompertz": (gompertz, 3), "bass": (bass, 3), "exponential": (expo, 2), "linear": (linear, 1)}

def fit_all(t, cum):
    inc = np.diff(cum); tt = t[1:]; n = len(inc); K0 = max(cum[-1], 1.0); best = None
    p0s = {"logistic": [K0 * 1.2, 0.1, tt[np.argmax(inc)]], "gompertz": [K0 * 1.2, 0.1, tt[np.argmax(inc)]],
           "bass": [K0 * 1.2, 0.01, 0.1], "exponential": [1.0, 0.05], "linear": [K0 / max(t[-1], 1)]}
    for name, (f, k) in MODELS.items():
        try:
            popt, _ = curve_fit(lambda x, *a: np.diff(np.concatenate([[f(x[0] - 1, *a)], f(x, *a)])), tt, inc, p0=p0s[name], method="lm", maxfev=2000)
            pred = np.diff(np.concatenate([[f(tt[0] - 1, *popt)], f(tt, *popt)]))
            rss = float(np.sum((inc - pred) ** 2)); kk = k + 1
            aicc = n * math.log(max(rss, 1e-12) / n) + 2 * kk + 2 * kk * (kk + 1) / max(n - kk - 1, 1)
            if best is None or aicc < best[1]: best = (name, aicc)
        except Exception:
            pass
    return best

def pelt(y, pen):
    n = len(y); cs = np.concatenate([[0], np.cumsum(y)]); cs2 = np.concatenate([[0], np.cumsum(y * y)])
    def cost(a, b):
        s = cs[b] - cs[a]; return (cs2[b] - cs2[a]) - s * s / (b - a)
    F = np.full(n + 1, np.inf); F[0] = -pen; last = [0] * (n + 1); cand = [0]
    for t in range(2, n + 1):
        vals = [(F[s] + cost(s, t) + pen, s) for s in cand if t - s >= 2]
        if not vals: cand.append(t - 1); continue
        F[t], last[t] = min(vals)
        cand = [s for s in cand if t - s < 2 or F[s] + cost(s, t) <= F[t]] + [t - 1]
    cps = []; t = n
    while t > 0: t = last[t]; cps.append(t) if t > 0 else None
    return sorted(cps)

def main():
    d = sys.argv[1]; limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else None
    files = sorted(glob.glob(os.path.join(d, "*.csv")))[:limit]
    series = []
    for fn in files:
        rows = list(csv.DictReader(open(fn)))
        series.append(np.array([float(r["view_count"]) for r in rows]))
    t0 = time.perf_counter()
    for cum in series:
        t = np.arange(len(cum), dtype=float); fit_all(t, cum)
        y = np.log1p(np.maximum(np.diff(cum), 0)); dy = np.diff(y)
        sig = max(np.median(np.abs(dy - np.median(dy))) / (0.6745 * math.sqrt(2)), 1e-3)
        pelt(y, 3 * sig * sig * math.log(len(y)))
    el = time.perf_counter() - t0
    print(f"reference: {len(series)} series in {el:.2f} s = {1000 * el / max(len(series), 1):.3f} ms/series")

if __name__ == "__main__":
    main()

"""Writes growth-shapes.csv: eight synthetic 90-day series with clearly different growth shapes (seeded)."""
import datetime
import math
import random

DAYS = 90
rng = random.Random(20261125)


def poisson(lam):
    if lam <= 0:
        return 0
    if lam > 500:  # normal approximation, fine at these sizes
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    l, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= l:
            return k
        k += 1


def binomial(n, p):
    mean, var = n * p, n * p * (1 - p)
    return max(0, min(n, int(round(rng.gauss(mean, math.sqrt(var)))))) if n > 200 else sum(
        rng.random() < p for _ in range(n))


def logistic(k, r, t0):
    return lambda t: k / (1 + math.exp(-r * (t - t0)))


def gompertz(k, r, t0):
    return lambda t: k * math.exp(-math.exp(-r * (t - t0)))


def bass(m, p, q, shift=0.0):
    def f(t):
        t = max(0.0, t + shift)
        e = math.exp(-(p + q) * t)
        return m * (1 - e) / (1 + (q / p) * e)
    return f


def exponential(a, r):
    return lambda t: a * math.exp(r * t)


def linear(a, b):
    return lambda t: a + b * t


def shock(base, size, day, alpha):
    def f(t):
        total = base * t
        if t > day:
            # cumulative of size * (tau + 1)^-alpha, integrated
            total += size * ((t - day + 1) ** (1 - alpha) - 1) / (1 - alpha)
        return total
    return f


def cascade(base, size, day, echo, alpha):
    """A one-day shock of `size` views on `day`, then an echo of echo*size*tau^-alpha views a day (tau days on)."""
    def f(t):
        t = int(round(t))
        total = base * t
        if t > day:
            total += size + sum(echo * size * tau ** -alpha for tau in range(1, t - day))
        return total
    return f


SERIES = [
    ("demoLogistc", "Demo: product launch, logistic growth (synthetic)", logistic(2_400_000, 0.15, 35), 0.031, 0.0021),
    ("demoGompert", "Demo: music video, Gompertz growth (synthetic)", gompertz(1_800_000, 0.07, 25), 0.024, 0.0012),
    ("demoBassWoM", "Demo: word of mouth, Bass q >> p (synthetic)", bass(3_000_000, 0.002, 0.16), 0.042, 0.0035),
    ("demoBassPsh", "Demo: paid campaign, Bass p >= q (synthetic)", bass(1_500_000, 0.045, 0.02), 0.006, 0.0003),
    ("demoExpGrow", "Demo: early exponential take-off (synthetic)", exponential(2_000, 0.06), 0.028, 0.0019),
    ("demoTrickle", "Demo: steady organic trickle (synthetic)", linear(12_000, 850), 0.019, 0.0009),
    ("demoShock01", "Demo: tastemaker shock, fast decay (synthetic)", shock(300, 250_000, 20, 1.4), 0.022, 0.0015),
    # last, so the series above keep their random draws: a shock 13 days before the end that decays slowly
    ("demoBreak01", "Demo: shock igniting a cascade near the end (synthetic)", cascade(2_000, 150_000, 76, 0.3, 0.6),
     0.035, 0.0024),
]

with open("growth-shapes.csv", "w", newline="") as out:
    out.write("video_id,timestamp,view_count,like_count,comment_count,title\n")
    for vid, title, curve, like_rate, comment_rate in SERIES:
        views = likes = comments = int(curve(0))
        likes, comments = int(views * like_rate), int(views * comment_rate)
        for day in range(DAYS):
            if day > 0:
                new = poisson(max(0.0, curve(day) - curve(day - 1)))
                views += new
                likes += binomial(new, like_rate)
                comments += binomial(new, comment_rate)
            ts = (datetime.date(2026, 8, 1) + datetime.timedelta(days=day)).isoformat() + "T00:00:00Z"
            out.write(f'{vid},{ts},{views},{likes},{comments},"{title}"\n')

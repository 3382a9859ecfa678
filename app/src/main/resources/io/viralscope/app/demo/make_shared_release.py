"""Writes shared-release.csv: three older catalogue videos lifted by one new release on the same day (seeded)."""
import datetime
import math
import random

rng = random.Random(20261201)
FIRST = datetime.date(2026, 5, 3)
DAYS = 179  # 180 daily samples, the last on 2026-10-29 like growth-shapes.csv
RELEASE = datetime.date(2026, 9, 18)  # a Friday: the new release lifts every older video that day

# id, title, views before the first sample, usual daily views, jump on the release day, like rate, comment rate
SERIES = [
    ("demoCatlg01", "Demo: catalogue song A, lifted by a new release (synthetic)", 2_100_000, 40_000, 3.4, 0.021, 0.0011),
    ("demoCatlg02", "Demo: catalogue song B, lifted by a new release (synthetic)", 900_000, 15_000, 2.6, 0.018, 0.0008),
    ("demoCatlg03", "Demo: catalogue song C, lifted by a new release (synthetic)", 350_000, 6_000, 4.2, 0.025, 0.0014),
]


def expected(usual, jump, day):
    weekend = 1.25 if day.weekday() >= 5 else 1.0
    lift = 1.0
    if day >= RELEASE:
        lift += (jump - 1) * math.exp(-(day - RELEASE).days / 4.0)
    return usual * weekend * lift


with open("shared-release.csv", "w", newline="") as out:
    out.write("video_id,timestamp,view_count,like_count,comment_count,title\n")
    for vid, title, views, usual, jump, like_rate, comment_rate in SERIES:
        likes, comments = int(views * like_rate), int(views * comment_rate)
        for k in range(DAYS + 1):
            day = FIRST + datetime.timedelta(days=k)
            out.write(f'{vid},{day.isoformat()}T00:00:00Z,{views},{likes},{comments},"{title}"\n')
            # the views of day k happen between this sample and the next, both at 00:00 UTC
            new = max(0, int(round(expected(usual, jump, day) * (1 + 0.08 * rng.gauss(0, 1)))))
            views += new
            likes += int(round(new * like_rate * (1 + 0.05 * rng.gauss(0, 1))))
            comments += int(round(new * comment_rate * (1 + 0.1 * rng.gauss(0, 1))))

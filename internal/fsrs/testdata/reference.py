"""Reference values for fsrs_test.go, computed straight from the published
FSRS-5 formulas (see the FSRS4Anki wiki, "The Algorithm", FSRS-5), written
apart from the Go code so a mistake in one does not hide in the other.

    python3 reference.py
"""
from math import exp

w = [0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192,
     1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621]
DECAY, FACTOR = -0.5, 19 / 81

def clamp(d): return min(max(d, 1.0), 10.0)
def d0(g): return w[4] - exp(w[5] * (g - 1)) + 1
def s0(g): return w[g - 1]
def r_of(t, s): return (1 + FACTOR * t / s) ** DECAY
def next_d(d, g):
    damped = d + (-w[6] * (g - 3)) * (10 - d) / 9
    return clamp(w[7] * d0(4) + (1 - w[7]) * damped)
def short_s(s, g): return s * exp(w[17] * (g - 3 + w[18]))
def recall_s(d, s, r, g):
    b = w[15] if g == 2 else (w[16] if g == 4 else 1)
    return s * (1 + exp(w[8]) * (11 - d) * s ** -w[9] * (exp((1 - r) * w[10]) - 1) * b)
def forget_s(d, s, r):
    return min(w[11] * d ** -w[12] * ((s + 1) ** w[13] - 1) * exp((1 - r) * w[14]), s / exp(w[17] * w[18]))
def ivl(s, ret=0.9): return max(1, round(s / FACTOR * (ret ** (1 / DECAY) - 1)))

print("D0:", [round(d0(g), 6) for g in (1, 2, 3, 4)])
print("R(10, 3.173):", round(r_of(10, 3.173), 6))

# One card: Good (new), Good 10 minutes later (same day), then Good on each due date.
s, d = s0(3), clamp(d0(3))
print("after first Good: S=%.6f D=%.6f" % (s, d))
s, d = short_s(s, 3), next_d(d, 3)
print("after same-day Good: S=%.6f D=%.6f ivl=%d" % (s, d, ivl(s)))
t = ivl(s)
r = r_of(t, s)
s, d = recall_s(d, s, r, 3), next_d(d, 3)
print("after Good at day %d: R=%.6f S=%.6f D=%.6f ivl=%d" % (t, r, s, d, ivl(s)))
# Hard and Easy at the same point, for the penalty and bonus.
s2, d2 = short_s(s0(3), 3), next_d(clamp(d0(3)), 3)
r2 = r_of(ivl(s2), s2)
print("Hard there: S=%.6f  Easy there: S=%.6f" % (recall_s(d2, s2, r2, 2), recall_s(d2, s2, r2, 4)))
# A lapse at that point.
print("Again there: S=%.6f D=%.6f" % (forget_s(d2, s2, r2), next_d(d2, 1)))

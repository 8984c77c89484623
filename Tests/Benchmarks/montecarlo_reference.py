"""An independent, plain scalar implementation of `MonteCarloBenchmark` (the `bench montecarlo` path), for its
reference values.

Written from the definitions, one draw at a time in Python integers and floats (IEEE double arithmetic, as Swift's):

- SplitMix64 and xoshiro256** 1.0 (Vigna's reference code); the stream of block b of option i is xoshiro256** seeded
  through SplitMix64 from mix(mix(mix(seed) ^ (i * G + C1)) ^ (b * H + C2)); the four lanes of the benchmark's block b
  are the streams of blocks 4b, 4b + 1, 4b + 2, 4b + 3; iteration k of a block draws from lane k mod 4;
- each lane draws first its iterations' costs, then year by year their savings;
- PERT(0.9, 1, 1.6) as 0.9 + 0.7 B, B ~ Beta(1 + 4/7, 1 + 24/7) by rejection from 1,024 strips of equal envelope area
  (the table built as the Swift code builds it, with fdlibm's log and exp ported below, so the tables agree to the bit);
- Triangular(0.70, 1, 1.35) by Stein and Keblis's min/max construction from the two 32-bit halves of one output;
- NPV = -c * PERT + sum over years of m * 1.035^-year * triangular;
- the mean as the sum of eight partial sums (value k to partial sum k mod 8, in order), combined pairwise as
  ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7)); np.percentile's type-7 percentiles.

    python3 Tests/Benchmarks/montecarlo_reference.py [--options 3] [--iterations 5001] [--years 10] [--seed 9]

Prints, per option, the mean and the 5th, 50th and 95th percentiles with 17 significant digits: the values
`SimulationBenchmarkReferenceTests` holds the Swift code to.
"""

import argparse
import math

import numpy as np

M64 = (1 << 64) - 1


def mix(z):
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
    return z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & M64


class Xoshiro:
    def __init__(self, seed):
        state = seed
        words = []
        for _ in range(4):
            state = (state + 0x9E3779B97F4A7C15) & M64
            words.append(mix(state))
        if words == [0, 0, 0, 0]:
            words[0] = 0x9E3779B97F4A7C15
        self.s = words

    @classmethod
    def stream(cls, seed, option, block):
        key = mix(seed)
        key = mix(key ^ ((option * 0x9E3779B97F4A7C15 + 0x632BE59BD9B4E019) & M64))
        key = mix(key ^ ((block * 0xD1B54A32D192ED03 + 0x8CB92BA72F3D8DD7) & M64))
        return cls(key)

    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & M64, 7) * 9) & M64
        t = (s[1] << 17) & M64
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result


# fdlibm's e_log.c and e_exp.c, as `PortableMath` ports them.
LN2_HI = 6.93147180369123816490e-01
LN2_LO = 1.90821492927058770002e-10


def fd_log(x):
    if x <= 0:
        return -math.inf if x == 0 else math.nan
    m, e = math.frexp(x)  # x = m 2^e, 0.5 <= m < 1
    k, m = e - 1, m * 2  # 1 <= m < 2, as Swift's exponent and significand
    if m > 1.4142135623730951:
        m *= 0.5
        k += 1
    f = m - 1
    hfsq = 0.5 * f * f
    s = f / (2 + f)
    z = s * s
    w = z * z
    t1 = w * (3.999999999940941908e-01 + w * (2.222219843214978396e-01 + w * 1.531383769920937332e-01))
    t2 = z * (6.666666666666735130e-01
              + w * (2.857142874366239149e-01 + w * (1.818357216161805012e-01 + w * 1.479819860511658591e-01)))
    r = t2 + t1
    dk = float(k)
    return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f)


def fd_exp(x):
    if x != x:
        return x
    if x > 7.09782712893383973096e+02:
        return math.inf
    if x < -7.45133219101941108420e+02:
        return 0.0
    magnitude = -x if x < 0 else x
    if magnitude < 2.0 ** -28:
        return 1 + x
    k = 0
    hi = x
    lo = 0.0
    r = x
    if magnitude > 0.5 * 0.6931471805599453:
        t = x * 1.44269504088896338700e+00
        t = math.floor(t + 0.5) if t >= 0 else -math.floor(-t + 0.5)  # rounded half away from zero
        k = int(t)
        hi = x - t * LN2_HI
        lo = t * LN2_LO
        r = hi - lo
    t = r * r
    c = r - t * (1.66666666666666019037e-01 + t * (-2.77777777770155933842e-03
                 + t * (6.61375632143793436117e-05 + t * (-1.65339022054652515390e-06 + t * 4.13813679705723846039e-08))))
    if k == 0:
        return 1 - ((r * c) / (c - 2) - r)
    y = 1 - ((lo - (r * c) / (2 - c)) - hi)
    if k < -1021:
        return math.ldexp(y, k + 1000) * 2.0 ** -1000
    return math.ldexp(y, k)


def density(x, p, q):
    if not (0 < x < 1):
        if x <= 0:
            return (1.0 if x == 0 else 0.0) if p == 0 else 0.0
        return (1.0 if x == 1 else 0.0) if q == 0 else 0.0
    return fd_exp(p * fd_log(x) + q * fd_log(1 - x))


class BetaStrips:
    STRIPS = 1024

    def __init__(self, alpha, beta):
        a, b = max(alpha, 1.0), max(beta, 1.0)
        self.p, self.q = a - 1, b - 1
        f = lambda x: density(x, self.p, self.q)
        mode = (a - 1) / (a + b - 2) if a + b > 2 else 0.5

        def maximum(x0, x1):
            return f(mode) if x0 <= mode <= x1 else max(f(x0), f(x1))

        def cut(area):
            ends = [0.0]
            x0 = 0.0
            while x0 < 1 and len(ends) <= self.STRIPS:
                lo, hi = x0, 1.0
                if (hi - x0) * maximum(x0, hi) <= area:
                    lo = hi
                else:
                    for _ in range(40):
                        mid = 0.5 * (lo + hi)
                        if (mid - x0) * maximum(x0, mid) <= area:
                            lo = mid
                        else:
                            hi = mid
                if not lo > x0:
                    break
                ends.append(lo)
                x0 = lo
            return ends

        low_area, high_area = 0.0, maximum(0.0, 1.0)
        for _ in range(24):
            mid = 0.5 * (low_area + high_area)
            ends = cut(mid)
            if len(ends) <= self.STRIPS + 1 and ends[-1] == 1:
                high_area = mid
            else:
                low_area = mid
        ends = cut(high_area)
        while len(ends) < self.STRIPS + 1:
            widest = 0
            for i in range(len(ends) - 1):
                if ends[i + 1] - ends[i] > ends[widest + 1] - ends[widest]:
                    widest = i
            ends.insert(widest + 1, 0.5 * (ends[widest] + ends[widest + 1]))
        area = 0.0
        for i in range(self.STRIPS):
            area = max(area, (ends[i + 1] - ends[i]) * maximum(ends[i], ends[i + 1]))
        area *= 1 + 1e-9
        self.left, self.width, self.height, self.squeeze = [], [], [], []
        for i in range(self.STRIPS):
            w = ends[i + 1] - ends[i]
            h = area / w
            self.left.append(ends[i])
            self.width.append(w)
            self.height.append(h)
            self.squeeze.append(min(f(ends[i]), f(ends[i + 1])) / h * (1 - 1e-12))

    def next(self, rng):
        while True:
            first = rng.next()
            second = rng.next()
            i = first & 0x3FF
            x = self.left[i] + self.width[i] * ((first >> 11) * 2.0 ** -53)
            y = (second >> 11) * 2.0 ** -53
            if y < self.squeeze[i] or y * self.height[i] < density(x, self.p, self.q):
                return x


def triangular_constants(weight, low=0.70, mode=1.0, high=1.35):
    width = weight * (high - low)
    c = (mode - low) / (high - low)
    return weight * low, width * 2.0 ** -33, width * (c - 0.5) * 2.0 ** -32


def run(options, iterations, years, seed):
    pert_low, pert_mode, pert_high = 0.9, 1.0, 1.6
    beta = BetaStrips(1 + 4 * (pert_mode - pert_low) / (pert_high - pert_low),
                      1 + 4 * (pert_high - pert_mode) / (pert_high - pert_low))
    factors = [1.0]
    f = 1.0
    for _ in range(years):
        f /= 1 + 0.035
        factors.append(f)
    block_size = 2048
    results = []
    for option in range(options):
        m = 20_000 + option * 10_000
        c = 50_000 + option * 60_000
        npv = []
        for block in range((iterations + block_size - 1) // block_size):
            count = min(block_size, iterations - block * block_size)
            padded = (count + 3) & ~3
            values = [0.0] * padded
            for lane in range(4):
                rng = Xoshiro.stream(seed, option, 4 * block + lane)
                ks = range(lane, padded, 4)
                for k in ks:
                    values[k] = -c * (pert_low + (pert_high - pert_low) * beta.next(rng))
                for year in range(1, years + 1):
                    a, s, t = triangular_constants(m * factors[year])
                    for k in ks:
                        bits = rng.next()
                        u = float(bits >> 32)
                        v = float(bits & 0xFFFFFFFF)
                        values[k] += a + s * (u + v) + t * abs(u - v)
            npv.extend(values[:count])
        partial = [0.0] * 8
        for k, x in enumerate(npv):
            partial[k % 8] += x
        total = ((partial[0] + partial[1]) + (partial[2] + partial[3])) + ((partial[4] + partial[5]) + (partial[6] + partial[7]))
        q = np.percentile(np.array(npv), [5, 50, 95])
        results.append((total / iterations, *[float(v) for v in q]))
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--options", type=int, default=3)
    parser.add_argument("--iterations", type=int, default=5001)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    print(f"{args.options} options x {args.iterations} iterations x {args.years} years, seed {args.seed}: "
          "mean, P5, P50, P95 by option")
    for i, (mean, p5, p50, p95) in enumerate(run(args.options, args.iterations, args.years, args.seed), 1):
        print(f"option {i}: {mean!r}, {p5!r}, {p50!r}, {p95!r}")


if __name__ == "__main__":
    main()

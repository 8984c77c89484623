"""The `bench montecarlo` workload in NumPy, for the ratio in the notes.

Option i (i = 1..options) saves Triangular(0.70m, m, 1.35m) in each of years 1..years, m = 20,000 + (i - 1) x 10,000,
drawn independently each year, against a one-off cost at year 0 of PERT(0.9c, c, 1.6c), c = 50,000 + (i - 1) x
60,000 (Beta-PERT with lambda = 4); NPV at 3.5% per iteration; the 5th, 50th and 95th percentiles (type 7, NumPy's
default) and the mean per option. Float64 throughout.

Several NumPy versions of the same workload are timed, each the median of several runs after one warm-up, and the
fastest is the reference:

- `library`: `rng.triangular`, `rng.beta`, the discounting as a matrix product, `np.percentile`, option by option;
- `inverse`: the triangular drawn by its inverse CDF from `rng.random` with `np.sqrt` and `np.where` (the
  workbench's own method), otherwise as `library`;
- `minmax`: the triangular as the workbench draws it, (1 - c) min(U, V) + c max(U, V) (Stein and Keblis), written
  without a comparison as (U + V)/2 + (c - 1/2)|U - V|, from `rng.random`; otherwise as `library`;
- `batched`: `inverse` for all options at once (one big draw, one matrix product, `np.percentile` along an axis);
- `threads`: `minmax` with the options split over `--threads` Python threads, each with its own generator
  (NumPy releases the GIL inside its loops, so this uses both cores where it can).

    python3 Tests/Benchmarks/montecarlo_numpy.py [--options 20] [--iterations 100000] [--years 10] [--runs 7]
        [--threads 2] [--json]

Prints NumPy's version, each version's median and fastest time and option-iterations per second, the median
processor time (all threads) and the rate it implies on idle cores (one, or --threads for `threads`), and option 1's and
option 20's percentiles (for a check against the workbench: different streams, so equal only within Monte Carlo
error).
"""

import argparse
import json
import platform
import statistics
import threading
import time

import numpy as np


def factors(years, rate=0.035):
    return np.array([(1 + rate) ** -t for t in range(1, years + 1)])


def saving(i):
    return 20_000 + (i - 1) * 10_000


def cost(i):
    return 50_000 + (i - 1) * 60_000


PERT_A = 1 + 4 * (1 - 0.9) / (1.6 - 0.9)
PERT_B = 1 + 4 * (1.6 - 1) / (1.6 - 0.9)


def triangular_inverse(u, low=0.70, mode=1.0, high=1.35):
    fc = (mode - low) / (high - low)
    k1 = (high - low) * (mode - low)
    k2 = (high - low) * (high - mode)
    left = u < fc
    t = np.where(left, u * k1, (1 - u) * k2)
    np.sqrt(t, out=t)
    return np.where(left, low + t, high - t)


def option_library(rng, i, n, f):
    tri = rng.triangular(0.70, 1.0, 1.35, size=(n, len(f)))
    npv = tri @ (saving(i) * f)
    npv -= cost(i) * (0.9 + 0.7 * rng.beta(PERT_A, PERT_B, size=n))
    return np.percentile(npv, [5, 50, 95]), npv.mean()


def option_inverse(rng, i, n, f):
    tri = triangular_inverse(rng.random((n, len(f))))
    npv = tri @ (saving(i) * f)
    npv -= cost(i) * (0.9 + 0.7 * rng.beta(PERT_A, PERT_B, size=n))
    return np.percentile(npv, [5, 50, 95]), npv.mean()


def option_minmax(rng, i, n, f, low=0.70, mode=1.0, high=1.35):
    u = rng.random((2, n, len(f)))
    c = (mode - low) / (high - low)
    tri = u[0] + u[1]
    tri *= 0.5
    d = np.abs(u[0] - u[1])
    d *= c - 0.5
    tri += d
    npv = tri @ ((high - low) * saving(i) * f)
    npv += low * saving(i) * f.sum()
    npv -= cost(i) * (0.9 + 0.7 * rng.beta(PERT_A, PERT_B, size=n))
    return np.percentile(npv, [5, 50, 95]), npv.mean()


def run_by_option(method, options, n, years, seed):
    rng = np.random.default_rng(seed)
    f = factors(years)
    return [method(rng, i, n, f) for i in range(1, options + 1)]


def run_library(options, n, years, seed):
    return run_by_option(option_library, options, n, years, seed)


def run_inverse(options, n, years, seed):
    return run_by_option(option_inverse, options, n, years, seed)


def run_minmax(options, n, years, seed):
    return run_by_option(option_minmax, options, n, years, seed)


def run_batched(options, n, years, seed):
    rng = np.random.default_rng(seed)
    f = factors(years)
    m = np.array([saving(i) for i in range(1, options + 1)])
    c = np.array([cost(i) for i in range(1, options + 1)])
    tri = triangular_inverse(rng.random((options, n, years)))
    npv = (tri @ f) * m[:, None]
    npv -= c[:, None] * (0.9 + 0.7 * rng.beta(PERT_A, PERT_B, size=(options, n)))
    q = np.percentile(npv, [5, 50, 95], axis=1)
    means = npv.mean(axis=1)
    return [(q[:, k], means[k]) for k in range(options)]


def run_threads(options, n, years, seed, threads):
    f = factors(years)
    streams = [np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(threads)]
    results = [None] * options

    def work(t):
        for i in range(t + 1, options + 1, threads):
            results[i - 1] = option_minmax(streams[t], i, n, f)

    workers = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--options", type=int, default=20)
    parser.add_argument("--iterations", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=2010)
    parser.add_argument("--only", help="comma-separated versions to time")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    versions = {
        "library": lambda: run_library(args.options, args.iterations, args.years, args.seed),
        "inverse": lambda: run_inverse(args.options, args.iterations, args.years, args.seed),
        "minmax": lambda: run_minmax(args.options, args.iterations, args.years, args.seed),
        "batched": lambda: run_batched(args.options, args.iterations, args.years, args.seed),
        "threads": lambda: run_threads(args.options, args.iterations, args.years, args.seed, args.threads),
    }
    if args.only:
        versions = {k: v for k, v in versions.items() if k in args.only.split(",")}
    work = args.options * args.iterations
    report = {"numpy": np.__version__, "python": platform.python_version(), "machine": platform.machine(),
              "options": args.options, "iterations": args.iterations, "years": args.years, "versions": {}}
    for name, body in versions.items():
        body()
        times = []
        cpus = []
        result = None
        for _ in range(args.runs):
            start = time.perf_counter()
            cpu_start = time.process_time()
            result = body()
            times.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu_start)
        median = statistics.median(times)
        cpu = statistics.median(cpus)
        cores = args.threads if name == "threads" else 1
        report["versions"][name] = {
            "median_seconds": median, "fastest_seconds": min(times),
            "option_iterations_per_second": work / median,
            "fastest_option_iterations_per_second": work / min(times),
            "cpu_seconds": cpu,
            "idle_core_option_iterations_per_second": work / (cpu / cores),
            "first": [float(x) for x in result[0][0]] + [float(result[0][1])],
            "last": [float(x) for x in result[-1][0]] + [float(result[-1][1])],
        }
    fastest = min(report["versions"], key=lambda k: report["versions"][k]["median_seconds"])
    report["fastest"] = fastest
    if args.json:
        print(json.dumps(report))
        return
    print(f"NumPy {np.__version__}, Python {platform.python_version()}, {platform.machine()}; "
          f"{args.options} options x {args.iterations:,} iterations x {args.years} years, median of {args.runs} runs")
    for name, v in report["versions"].items():
        print(f"{name:8} median {v['median_seconds'] * 1e3:8.1f} ms  {v['option_iterations_per_second'] / 1e6:6.2f} M/s"
              f"   fastest {v['fastest_seconds'] * 1e3:8.1f} ms  {v['fastest_option_iterations_per_second'] / 1e6:6.2f} M/s"
              f"   cpu {v['cpu_seconds'] * 1e3:8.1f} ms ({v['idle_core_option_iterations_per_second'] / 1e6:6.2f} M/s on idle cores)"
              f"   option 1 P5/P50/P95 {v['first'][0]:,.0f} / {v['first'][1]:,.0f} / {v['first'][2]:,.0f}")
    print(f"fastest: {fastest}")


if __name__ == "__main__":
    main()

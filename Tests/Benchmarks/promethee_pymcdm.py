"""PROMETHEE II in pymcdm on the data `bench mcda` times, for the ratio in the notes.

Same matrix as the workbench's `BenchCommand.generated(options:criteria:)` (scores 1..1000 from the same linear
congruential sequence), 8 criteria with the first and fifth costs, weights 0.2, 0.15, 0.15, 0.1 x 5, and pymcdm's
'vshape_2' (the linear preference function, q=50, p=300) on every criterion. Times the flows plus ranks, median of
several runs after one warm-up. A new PROMETHEE_II object is made for each run: pymcdm keeps the per-criterion
functions in a generator that one call uses up.

    python3 Tests/Benchmarks/promethee_pymcdm.py [options ...] [--runs N] [--csv PATH]

--csv writes the 300-option matrix (or the first size given) as a CSV that `mcda promethee` reads, and prints the first
net flows, so that the two implementations can be compared on the same data.
"""

import argparse
import platform
import statistics
import sys
import time

import numpy as np
from pymcdm.methods import PROMETHEE_II
from pymcdm.helpers import rrankdata


def generated(n, m):
    state = 0x9E3779B97F4A7C15
    mask = (1 << 64) - 1
    values = np.empty(n * m)
    for index in range(n * m):
        state = (state * 6364136223846793005 + 1442695040888963407) & mask
        values[index] = ((state >> 33) % 1000) + 1
    return values.reshape(n, m)


def run(matrix, weights, types):
    body = PROMETHEE_II("vshape_2", p=[300.0] * 8, q=[50.0] * 8)
    flows = body(matrix, weights, types)
    return flows, rrankdata(flows)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("options", nargs="*", type=int, default=[300, 3000])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--csv")
    args = parser.parse_args()
    weights = np.array([0.2, 0.15, 0.15, 0.1, 0.1, 0.1, 0.1, 0.1])
    types = np.array([-1 if j % 4 == 0 else 1 for j in range(8)])
    import importlib.metadata
    print(f"pymcdm {importlib.metadata.version('pymcdm')}, NumPy {np.__version__}, Python {platform.python_version()}, "
          f"{platform.machine()}")
    for n in args.options:
        matrix = generated(n, 8)
        run(matrix, weights, types)
        runs = args.runs if n <= 1000 else max(3, args.runs // 5)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            flows, ranks = run(matrix, weights, types)
            times.append((time.perf_counter() - start) * 1000)
        print(f"promethee II (with ranks) {n} x 8: median {statistics.median(times):.3f} ms, "
              f"fastest {min(times):.3f} ms ({runs} runs); net flows of options 1-3: "
              + ", ".join(f"{x:.12f}" for x in flows[:3]))
        if args.csv and n == args.options[0]:
            with open(args.csv, "w") as out:
                out.write("option," + ",".join(f"c{j + 1}" for j in range(8)) + "\n")
                for i, row in enumerate(matrix):
                    out.write(f"option-{i + 1}," + ",".join(f"{x:g}" for x in row) + "\n")
            print(f"wrote {args.csv}", file=sys.stderr)


if __name__ == "__main__":
    main()

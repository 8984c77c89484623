"""The set-partitioning problem of `partners optimise` solved by CBC (through PuLP), for the comparison in the notes.

Reads the groups the workbench valued, as `export` writes them from `partners optimise … --top all` (table 2: one row
per group, singletons included, with the NPV the solver used), builds the same model (one binary per group, each
borough covered exactly once, maximise the total NPV) and solves it with CBC on the given threads and time limit.
Prints CBC's result, best total, best bound, gap and wall time (from CBC's log), to set beside the workbench's
figures for the same values (`bench partition`, or the optimise reply itself).

    workbench -c "export partners optimise shared-service --among london --max-size 4 --top all --to london.csv --table 2"
    python3 Tests/Benchmarks/partition_cbc.py london.csv --threads 2 --time-limit 5

England (after 'import authorities' and 'import boundaries' of ../shared/data):
    workbench -c "export partners optimise shared-service --among england --max-size 3 --top all --to england.csv --table 2"
    python3 Tests/Benchmarks/partition_cbc.py england.csv --threads 2 --time-limit 5
"""

import argparse
import csv
import time

import pulp


def read_groups(path):
    """Each group's members (ids joined with '+' in the 'Group' column) and its NPV."""
    groups = []
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        npv_column = next(name for name in reader.fieldnames if name.startswith("NPV"))
        for row in reader:
            members = tuple(row["Group"].lstrip("'").split("+"))
            groups.append((members, float(row[npv_column])))
    return groups


def solve(groups, threads, time_limit, log_path):
    """CBC on the model; returns the members, PuLP's status, the best total and the wall time."""
    members = sorted({member for group, _ in groups for member in group})
    model = pulp.LpProblem("partition", pulp.LpMaximize)
    chosen = [pulp.LpVariable(f"g{index}", cat="Binary") for index in range(len(groups))]
    model += pulp.lpSum(value * x for (group, value), x in zip(groups, chosen))
    covering = {member: [] for member in members}
    for (group, _), x in zip(groups, chosen):
        for member in group:
            covering[member].append(x)
    for member, xs in covering.items():
        model += pulp.lpSum(xs) == 1, f"cover_{len(model.constraints)}"
    solver = pulp.PULP_CBC_CMD(msg=False, threads=threads, timeLimit=time_limit, logPath=log_path)
    start = time.perf_counter()
    model.solve(solver)
    seconds = time.perf_counter() - start
    return members, pulp.LpStatus[model.status], pulp.value(model.objective), seconds


def summary(log_path):
    """CBC's own summary from its log: the result line, and the objective, bound and gap it printed last."""
    version, result, objective, bound = None, None, None, None
    with open(log_path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            text = line.strip()
            if text.startswith("Version:"):
                version = text.split(":")[1].strip()
            elif text.startswith("Result - "):
                result = text[len("Result - "):]
            elif text.startswith("Objective value:"):
                objective = float(text.split(":")[1])
            elif text.startswith("Lower bound:") or text.startswith("Upper bound:"):
                bound = float(text.split(":")[1])
            elif "best possible" in text:
                # Cbc0010I After N nodes, M on tree, X best solution, best possible Y (T seconds)
                words = text.replace(",", " ").split()
                bound = float(words[words.index("possible") + 1].strip("()"))
    return version, result, objective, bound


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("groups", help="CSV written by export … --top all --table 2")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--time-limit", type=float, default=5)
    parser.add_argument("--log", default="cbc.log", help="where CBC writes its log (default cbc.log)")
    arguments = parser.parse_args()
    groups = read_groups(arguments.groups)
    members, status, total, seconds = solve(groups, arguments.threads, arguments.time_limit, arguments.log)
    version, result, _, bound = summary(arguments.log)
    print(f"{arguments.groups}: {len(members)} members, {len(groups)} groups")
    print(f"CBC {version or '(version not logged)'} through PuLP "
          f"{pulp.__version__}, {arguments.threads} threads, time limit {arguments.time_limit:g} s: "
          f"{result or status}; best total {total:,.2f}; wall {seconds:.2f} s")
    if bound is not None and total:
        # PuLP hands CBC the maximisation as a minimisation of the negated objective.
        best_bound = abs(bound)
        print(f"CBC bound {best_bound:,.2f}; gap {(best_bound - total) / abs(total) * 100:.4f}%")


if __name__ == "__main__":
    main()

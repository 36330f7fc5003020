#!/usr/bin/env python3
"""Checks an actbench stats JSON against numpy, for any seed and size.

    ./run.sh --rng numpy --precision f64 --seed 31337 --measure 0 --no-report --format json \
        | python3 src/test/python/check_against_numpy.py

Re-runs the lecture's script with numpy for every run in the document and prints, per run, the
largest relative difference of std and of mean (relative to the std) over the layers, and whether
the histogram, saturated and zero counts are identical. Exits 1 if any run is outside 1e-9.
The script is the lecture's: runs it cannot reproduce (another --input, --preprocess or --gain, or
an initializer other than the lecture's four) are listed as skipped, from their run record.
"""
import json
import sys

import numpy as np

from make_fixtures import LECTURE_INITS, activation_run


def not_the_lecture(run):
    """Why the lecture's script cannot reproduce this run, or None."""
    if run["rng"] != "numpy" or run["precision"] != "f64":
        return "only --rng numpy --precision f64 runs are comparable with numpy"
    if run.get("input", "gaussian") != "gaussian" or run.get("preprocess", "none") != "none":
        return f"input {run.get('input')}, preprocess {run.get('preprocess')}: the lecture draws a plain gaussian"
    if run.get("gain", 1.0) != 1.0:
        return f"gain {run['gain']}: the lecture has none"
    if run["init"] not in LECTURE_INITS:
        return f"init {run['init']}: the lecture's script knows {', '.join(LECTURE_INITS)}"
    return None


def main():
    doc = json.load(sys.stdin)
    worst = 0.0
    counts_ok = True
    checked = 0
    for run in doc["runs"]:
        why = not_the_lecture(run)
        if why is not None and why.startswith("only"):
            sys.exit(why)
        if why is not None:
            print(f"{run['activation']:>5} {run['init']:>7}  skipped: {why}")
            continue
        checked += 1
        ref = activation_run(run["seed"], run["depth"], run["width"], run["batch"],
                             run["activation"], run["init"])
        size = run["batch"] * run["width"]
        std_err = mean_err = 0.0
        same = True
        for got, want in zip(run["layers"], ref["layers"]):
            std_err = max(std_err, abs(got["std"] - want["std"]) / want["std"])
            mean_err = max(mean_err, abs(got["mean"] - want["mean"]) / want["std"])
            same &= got["histogram"] == want["histogram"]
            same &= round(got["saturated"] * size) == want["saturated"]
            same &= round(got["zeros"] * size) == want["zeros"]
        worst = max(worst, std_err, mean_err)
        counts_ok &= same
        print(f"{run['activation']:>5} {run['init']:>7}  std rel {std_err:.2e}  "
              f"mean/std {mean_err:.2e}  counts {'identical' if same else 'DIFFER'}")
    if checked == 0:
        sys.exit("no run the lecture's script can reproduce")
    ok = worst <= 1e-9 and counts_ok
    print(f"numpy {np.__version__}: {'agree' if ok else 'DISAGREE'} (worst {worst:.2e})")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

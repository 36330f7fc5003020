"""numpy's side of `actbench bench --baseline numpy` (run by actbench, not by hand).

Reads {"shapes": [[m, k, n], ...], "precisions": ["f32", "f64"], "forward": true, "seconds": s}
on stdin and prints one JSON document: the BLAS numpy uses, the time of C = A @ B per shape and
precision, and of the lecture's 10-layer pass `for W in Ws: H = np.tanh(H @ W)`. The thread
count is fixed by the caller through OPENBLAS_NUM_THREADS before numpy is imported.
"""
import json
import os
import sys
import time

import numpy as np


def timed(fn, seconds):
    """Median and best time of fn over about `seconds`, after a warm-up."""
    for _ in range(3):
        fn()
    times = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end or len(times) < 5:
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    times.sort()
    return times[len(times) // 2], times[0]


def blas():
    info = {"numpy": np.__version__}
    try:
        deps = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
        info["blas"] = f"{deps.get('name')} {deps.get('version')}"
        info["blas_config"] = deps.get("openblas configuration", "")
    except Exception as e:  # older numpy: no dict mode
        info["blas"] = f"unknown ({e})"
    try:
        from threadpoolctl import threadpool_info
        info["kernels"] = [f"{p.get('internal_api')} {p.get('architecture')}" for p in threadpool_info()]
    except ImportError:
        info["kernels"] = ["threadpoolctl not installed: core type not reported"]
    info["threads"] = int(os.environ.get("OPENBLAS_NUM_THREADS", "0") or 0)
    return info


def main():
    request = json.load(sys.stdin)
    seconds = request.get("seconds", 1.0)
    dtypes = {"f32": np.float32, "f64": np.float64}
    rng = np.random.default_rng(42)
    out = blas()
    out["matmul"] = []
    for m, k, n in request["shapes"]:
        for p in request["precisions"]:
            a = rng.uniform(-1, 1, (m, k)).astype(dtypes[p])
            b = rng.uniform(-1, 1, (k, n)).astype(dtypes[p])
            t, best = timed(lambda: a @ b, seconds)
            out["matmul"].append({"precision": p, "m": m, "k": k, "n": n, "seconds": t,
                                  "gflops": 2.0 * m * k * n / t / 1e9,
                                  "best_gflops": 2.0 * m * k * n / best / 1e9})
    out["forward"] = []
    if request.get("forward"):
        for p in request["precisions"]:
            d = rng.standard_normal((1000, 500)).astype(dtypes[p])
            ws = [(rng.standard_normal((500, 500)) / np.sqrt(500)).astype(dtypes[p]) for _ in range(10)]

            def forward():
                h = d
                for w in ws:
                    h = np.tanh(h @ w)
                return h

            t, best = timed(forward, seconds)
            out["forward"].append({"precision": p, "activation": "tanh", "seconds": t, "best_seconds": best})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Regenerates the numpy fixtures that actbench's tests compare against.

Run from the repository root:  python3 src/test/python/make_fixtures.py
Needs only numpy. Every number is written with repr(), which round-trips a double exactly.
"""
import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "fixtures")


def legacy_streams():
    """Raw MT19937 words, doubles and gaussians of numpy's legacy global generator."""
    streams = []
    for seed in [0, 1, 42, 123456789, 2**31, 4294967295]:
        np.random.seed(seed)
        doubles = [float(x) for x in np.random.random_sample(5)]
        np.random.seed(seed)
        # an odd count leaves a cached gaussian behind: the next call must use it
        first = [float(x) for x in np.random.randn(7)]
        second = [float(x) for x in np.random.randn(4)]
        np.random.seed(seed)
        long = np.random.randn(100001)
        streams.append({
            "seed": seed,
            "doubles": doubles,
            "normals_7_then_4": first + second,
            "long_count": int(long.size),
            "long_sum": float(np.sum(long)),
            "long_last": [float(x) for x in long[-5:]],
        })
    return streams


def raw_words():
    """genrand_int32 outputs: a uint32 draw of the full range returns the word itself."""
    out = []
    for seed in [0, 5489, 4294967295]:
        np.random.seed(seed)
        out.append({"seed": seed,
                    "words": [int(x) for x in np.random.randint(0, 2**32, size=1250, dtype=np.uint64)]})
    return out


ACTIVATIONS = {"tanh": np.tanh, "relu": lambda x: np.maximum(0, x)}


def weights(fan_in, fan_out, init):
    """The lecture's four scales, as W = randn(fan_in, fan_out) * scale."""
    scale = {"0.01": 0.01, "1.0": 1.0,
             "xavier": 1.0 / np.sqrt(fan_in), "he": np.sqrt(2.0 / fan_in)}[init]
    return np.random.randn(fan_in, fan_out) * scale


def layer_stats(h):
    flat = h.ravel()
    hist, _ = np.histogram(flat, 30, range=(-1, 1))
    return {
        "mean": float(flat.mean()), "std": float(flat.std()),
        "min": float(flat.min()), "max": float(flat.max()),
        "saturated": int(np.sum(np.abs(flat) > 0.99)), "zeros": int(np.sum(flat == 0)),
        "histogram": [int(c) for c in hist],
        "below": int(np.sum(flat < -1)), "above": int(np.sum(flat > 1)),
    }


def activation_run(seed, depth, width, batch, activation, init):
    """E1 exactly as the lecture's script, after np.random.seed(seed)."""
    np.random.seed(seed)
    d = np.random.randn(batch, width)
    layers = []
    x = d
    for _ in range(depth):
        fan_in = x.shape[1]
        w = weights(fan_in, width, init)
        x = ACTIVATIONS[activation](x.dot(w))
        layers.append(layer_stats(x))
    return {"seed": seed, "depth": depth, "width": width, "batch": batch,
            "activation": activation, "init": init,
            "input": {"mean": float(d.mean()), "std": float(d.std())}, "layers": layers}


def activation_runs():
    runs = []
    for seed in [0, 2024]:
        for activation in ["tanh", "relu"]:
            for init in ["0.01", "1.0", "xavier", "he"]:
                runs.append(activation_run(seed, 10, 500, 1000, activation, init))
    for activation in ["tanh", "relu"]:
        for init in ["0.01", "1.0", "xavier", "he"]:
            runs.append(activation_run(4294967295, 4, 37, 53, activation, init))
    return runs


def main():
    os.makedirs(OUT, exist_ok=True)
    fixtures = {
        "numpy_version": np.__version__,
        "streams": legacy_streams(),
        "words": raw_words(),
    }
    with open(os.path.join(OUT, "numpy_random.json"), "w") as f:
        json.dump(fixtures, f, indent=1)
    with open(os.path.join(OUT, "activation_stats.json"), "w") as f:
        json.dump({"numpy_version": np.__version__, "runs": activation_runs()}, f, indent=1)


if __name__ == "__main__":
    main()

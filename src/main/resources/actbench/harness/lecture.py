#!/usr/bin/env python3
"""The lecture's activation-statistics script, for all 8 combinations: what actbench reproduces.

The course's code (a batch of unit gaussians through 10 tanh or relu layers of 500 units, weights
randn * scale), with np.random.seed(SEED) before each combination as actbench's numpy mode does,
printing every layer's mean and std. The lecture also plots each layer's histogram; neither side
of the comparison computes one (matplotlib is not timed, and actbench's tables do not show
histograms, so `--no-report` runs skip them). `./run.sh job` times this script against
`actbench stats --measure 0 --no-report` in cold processes.

    python3 lecture.py [--precision f64|f32] [--depth 10] [--width 500] [--batch 1000] [--seed 0]

With f32 the same doubles are drawn and rounded to float32, as actbench --precision f32 does.
"""
import argparse

import numpy as np

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--precision", choices=["f64", "f32"], default="f64")
parser.add_argument("--depth", type=int, default=10)
parser.add_argument("--width", type=int, default=500)
parser.add_argument("--batch", type=int, default=1000)
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()
dtype = np.float64 if args.precision == "f64" else np.float32

act = {"tanh": np.tanh, "relu": lambda x: np.maximum(0, x)}
scales = {"0.01": lambda fan_in: 0.01, "1.0": lambda fan_in: 1.0,
          "xavier": lambda fan_in: 1.0 / np.sqrt(fan_in), "he": lambda fan_in: np.sqrt(2.0 / fan_in)}
hidden_layer_sizes = [args.width] * args.depth

for nonlinearity in ["tanh", "relu"]:
    for init, scale in scales.items():
        np.random.seed(args.seed)
        D = np.random.randn(args.batch, args.width).astype(dtype)
        Hs = {}
        for i in range(len(hidden_layer_sizes)):
            X = D if i == 0 else Hs[i - 1]
            fan_in = X.shape[1]
            fan_out = hidden_layer_sizes[i]
            W = (np.random.randn(fan_in, fan_out) * scale(fan_in)).astype(dtype)
            H = np.dot(X, W)
            H = act[nonlinearity](H)
            Hs[i] = H
        print("%s / %s: input layer had mean %f and std %f" % (nonlinearity, init, np.mean(D), np.std(D)))
        for i, H in Hs.items():
            print("hidden layer %d had mean %f and std %f" % (i + 1, np.mean(H), np.std(H)))


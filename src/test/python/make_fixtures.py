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


LECTURE_INITS = ["0.01", "1.0", "xavier", "he"]


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


# ---- E2: the course notebook (three initializations of a [2, 10, 5, 1] classifier) ----

def make_circles(n_samples, noise, factor=0.8):
    """scikit-learn's make_circles on numpy's global legacy stream, rebuilt with numpy alone."""
    n_out = n_samples // 2
    n_in = n_samples - n_out
    lin_out = np.linspace(0, 2 * np.pi, n_out, endpoint=False)
    lin_in = np.linspace(0, 2 * np.pi, n_in, endpoint=False)
    x = np.vstack([np.append(np.cos(lin_out), np.cos(lin_in) * factor),
                   np.append(np.sin(lin_out), np.sin(lin_in) * factor)]).T
    y = np.hstack([np.zeros(n_out, dtype=np.intp), np.ones(n_in, dtype=np.intp)])
    indices = np.arange(n_samples)
    np.random.mtrand._rand.shuffle(indices)
    x, y = x[indices], y[indices]
    x += np.random.normal(scale=noise, size=x.shape)
    return x, y


def load_dataset():
    np.random.seed(1)
    train_x, train_y = make_circles(300, .05)
    np.random.seed(2)
    test_x, test_y = make_circles(100, .05)
    return train_x.T, train_y.reshape((1, -1)), test_x.T, test_y.reshape((1, -1))


def initialize(kind, dims):
    params = {}
    np.random.seed(3)
    for l in range(1, len(dims)):
        if kind == "zeros":
            params["W%d" % l] = np.zeros((dims[l], dims[l - 1]))
        elif kind == "random":
            params["W%d" % l] = np.random.randn(dims[l], dims[l - 1]) * 10
        elif kind == "he":
            params["W%d" % l] = np.random.randn(dims[l], dims[l - 1]) * np.sqrt(2. / dims[l - 1])
        elif kind.startswith("constant:"):
            params["W%d" % l] = np.full((dims[l], dims[l - 1]), float(kind.split(":")[1]))
        params["b%d" % l] = np.zeros((dims[l], 1))
    return params


def forward(x, p):
    z1 = np.dot(p["W1"], x) + p["b1"]
    a1 = np.maximum(0, z1)
    z2 = np.dot(p["W2"], a1) + p["b2"]
    a2 = np.maximum(0, z2)
    z3 = np.dot(p["W3"], a2) + p["b3"]
    a3 = 1 / (1 + np.exp(-z3))
    return a3, (z1, a1, z2, a2, z3, a3)


def loss(a3, y):
    with np.errstate(divide="ignore", invalid="ignore"):
        logprobs = np.multiply(-np.log(a3), y) + np.multiply(-np.log(1 - a3), 1 - y)
    return 1. / y.shape[1] * np.nansum(logprobs)


def backward(x, y, p, cache):
    m = x.shape[1]
    z1, a1, z2, a2, z3, a3 = cache
    dz3 = 1. / m * (a3 - y)
    g = {"dW3": np.dot(dz3, a2.T), "db3": np.sum(dz3, axis=1, keepdims=True)}
    da2 = np.dot(p["W3"].T, dz3)
    dz2 = np.multiply(da2, np.int64(a2 > 0))
    g["dW2"] = np.dot(dz2, a1.T)
    g["db2"] = np.sum(dz2, axis=1, keepdims=True)
    da1 = np.dot(p["W2"].T, dz2)
    dz1 = np.multiply(da1, np.int64(a1 > 0))
    g["dW1"] = np.dot(dz1, x.T)
    g["db1"] = np.sum(dz1, axis=1, keepdims=True)
    return g


def distinct_units(rows, tolerance=1e-9):
    """Units whose incoming weights and bias agree within tolerance (relative to the largest
    parameter) count as one: BLAS sums rows in different orders, so units that are equal in exact
    arithmetic can differ in the last bits."""
    scale = tolerance * max(1.0, float(np.max(np.abs(rows))))
    groups = []
    for row in rows:
        if not any(np.max(np.abs(row - g)) <= scale for g in groups):
            groups.append(row)
    return len(groups)


def train(kind, iterations=15000, learning_rate=0.01):
    train_x, train_y, test_x, test_y = load_dataset()
    p = initialize(kind, [2, 10, 5, 1])
    initial = {k: v.tolist() for k, v in p.items()}
    costs = []
    for i in range(iterations):
        a3, cache = forward(train_x, p)
        cost = loss(a3, train_y)
        g = backward(train_x, train_y, p, cache)
        for l in range(1, 4):
            p["W%d" % l] = p["W%d" % l] - learning_rate * g["dW%d" % l]
            p["b%d" % l] = p["b%d" % l] - learning_rate * g["db%d" % l]
        if i % 1000 == 0:
            costs.append("inf" if np.isinf(cost) else float(cost))

    def accuracy(x, y):
        a3, _ = forward(x, p)
        return float(np.mean((a3 > 0.5)[0, :] == y[0, :]))

    distinct = [distinct_units(np.hstack([p["W%d" % l], p["b%d" % l]])) for l in range(1, 4)]
    return {"init": kind, "initial": initial, "costs": costs,
            "train_accuracy": accuracy(train_x, train_y), "test_accuracy": accuracy(test_x, test_y),
            "distinct_units": distinct}


def training_fixtures():
    train_x, train_y, test_x, test_y = load_dataset()
    return {"numpy_version": np.__version__,
            "train_x": train_x.tolist(), "train_y": train_y[0].tolist(),
            "test_x": test_x.tolist(), "test_y": test_y[0].tolist(),
            "runs": [train(kind) for kind in ["zeros", "random", "he", "constant:0.5"]]}


def gradient_run(seed, depth, width, batch, activation, init):
    """E1 plus the backward pass of `stats --gradients`: dL/dH of the last layer is the next
    randn(batch, width) of the stream; dZ = dH * act'(Z), dW = X.T @ dZ, dX = dZ @ W.T."""
    np.random.seed(seed)
    d = np.random.randn(batch, width)
    hs, ws = [d], []
    for _ in range(depth):
        w = weights(hs[-1].shape[1], width, init)
        ws.append(w)
        hs.append(ACTIVATIONS[activation](hs[-1].dot(w)))
    dh = np.random.randn(batch, width)
    layers = []
    for l in reversed(range(depth)):
        h = hs[l + 1]
        dz = dh * (1 - h ** 2) if activation == "tanh" else dh * (h > 0)
        dw = hs[l].T.dot(dz)
        layers.append({"dh_mean": float(dh.mean()), "dh_std": float(dh.std()),
                       "dw_mean": float(dw.mean()), "dw_std": float(dw.std())})
        dh = dz.dot(ws[l].T)
    layers.reverse()
    return {"seed": seed, "depth": depth, "width": width, "batch": batch,
            "activation": activation, "init": init, "layers": layers}


def gradient_runs():
    return [gradient_run(5, 4, 37, 53, a, i) for a in ["tanh", "relu"]
            for i in ["0.01", "1.0", "xavier", "he"]]


def truncated(std, shape):
    """Keras's truncated normal as actbench draws it: normals beyond 2 are drawn again, in order."""
    values = []
    while len(values) < shape[0] * shape[1]:
        x = np.random.randn()
        if abs(x) <= 2:
            values.append(x)
    return np.array(values).reshape(shape) * std


def init_weights(name, fan_in, fan_out):
    shape = (fan_in, fan_out)
    limits = {"glorot_uniform": np.sqrt(6.0 / (fan_in + fan_out)), "he_uniform": np.sqrt(6.0 / fan_in),
              "lecun_uniform": np.sqrt(3.0 / fan_in), "pytorch_default": np.sqrt(1.0 / fan_in),
              "uniform:0.3": 0.3}
    if name in limits:
        return np.random.uniform(-limits[name], limits[name], shape)
    if name == "glorot_normal":
        return truncated(np.sqrt(2.0 / (fan_in + fan_out)) / 0.87962566103423978, shape)
    if name == "truncated_normal:0.05":
        return truncated(0.05, shape)
    if name == "normal:0.2":
        return np.random.randn(*shape) * 0.2
    if name in ("xavier", "lecun_normal", "he"):
        return weights(fan_in, fan_out, "he" if name == "he" else "xavier")
    if name == "constant:0.5":
        return np.full(shape, 0.5)
    if name == "orthogonal:1.5":
        a = np.random.randn(max(shape), min(shape))
        q, r = np.linalg.qr(a)
        q = q * np.sign(np.diag(r))
        return 1.5 * (q.T if fan_in < fan_out else q)
    raise ValueError(name)


def initializer_fixtures():
    """Matrix 0 (an input of 3 rows), then layers 1 and 2 through each initializer, from one seed."""
    out = []
    for name in ["glorot_uniform", "he_uniform", "lecun_uniform", "pytorch_default", "uniform:0.3",
                 "glorot_normal", "truncated_normal:0.05", "normal:0.2", "constant:0.5", "orthogonal:1.5",
                 "xavier", "lecun_normal", "he"]:
        for fan_in, fan_out in [(6, 6), (7, 4), (4, 7)]:
            np.random.seed(11)
            np.random.randn(3, fan_in)
            first = init_weights(name, fan_in, fan_out)
            second = init_weights(name, fan_in, fan_out)
            out.append({"init": name, "fan_in": fan_in, "fan_out": fan_out,
                        "layer1": [float(x) for x in first.ravel()],
                        "layer2": [float(x) for x in second.ravel()],
                        "next": float(np.random.randn())})
    return out


def low_precision():
    """float32 values (as bit patterns) and what float16 and bfloat16 storage makes of them.

    float16: numpy's astype(np.float16), back to float32. bfloat16: the float32 bit pattern
    rounded to nearest even in its top 16 bits (numpy has no bfloat16). NaN inputs are left out
    of the exact lists (payload handling differs between converters); tests check them as NaN.
    """
    f = np.float32
    edges = [0.0, -0.0, 1.0, -1.0, 65504.0, 65519.996, 65520.0, -65520.0, 65536.0, 1e9, 3.4028235e38,
             2.0 ** -14, 2.0 ** -14 * (1 - 2.0 ** -11), 2.0 ** -14 * (1 - 2.0 ** -12), 2.0 ** -24, 2.0 ** -25,
             2.0 ** -25 * 1.0000001, 3 * 2.0 ** -25, 2.0 ** -26, 1e-8, 1e-45, 6e-8, 1 + 2.0 ** -11,
             1 + 3 * 2.0 ** -11, 1 + 2.0 ** -8, 1 + 3 * 2.0 ** -8, 1 + 2.0 ** -8 + 2.0 ** -20, 0.1, 1.0 / 3,
             float("inf"), float("-inf"), 2049.0, 2051.0, 4097.0, 255.5, 256.5, 257.5]
    values = np.array(edges, dtype=f)
    rng = np.random.default_rng(2026)
    bits = rng.integers(0, 2 ** 32, size=3000, dtype=np.uint64).astype(np.uint32)
    random = bits.view(np.float32)
    random = random[~np.isnan(random)]
    spread = (rng.standard_normal(3000) * np.exp(rng.uniform(-25, 12, 3000))).astype(f)
    values = np.concatenate([values, -values, random, spread])
    u = values.view(np.uint32).astype(np.uint64)
    bf16 = (((u + 0x7FFF + ((u >> 16) & 1)) >> 16) << 16).astype(np.uint32)
    with np.errstate(over="ignore"):
        half = values.astype(np.float16).astype(np.float32).view(np.uint32)
    return {"numpy_version": np.__version__, "float_bits": [int(x) for x in values.view(np.uint32)],
            "float16_bits": [int(x) for x in half], "bfloat16_bits": [int(x) for x in bf16]}


def main_all():
    main()
    with open(os.path.join(OUT, "low_precision.json"), "w") as f:
        json.dump(low_precision(), f)
    with open(os.path.join(OUT, "initializers.json"), "w") as f:
        json.dump({"numpy_version": np.__version__, "runs": initializer_fixtures()}, f, indent=1)
    with open(os.path.join(OUT, "gradients.json"), "w") as f:
        json.dump({"numpy_version": np.__version__, "runs": gradient_runs()}, f, indent=1)
    with open(os.path.join(OUT, "training.json"), "w") as f:
        json.dump(training_fixtures(), f)


if __name__ == "__main__":
    main_all()

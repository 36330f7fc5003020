#!/usr/bin/env python3
"""Generates MicroKernels.java, the register-blocked inner kernels of VectorPackedMatMul, and
PackedDrivers.java, its float and double driver loops (packing, k blocks, edge tiles), which
differ only in types and so are written once here:

    python3 src/main/python/gen_microkernels.py > src/main/java/actbench/kernel/vector/MicroKernels.java
    python3 src/main/python/gen_microkernels.py drivers > src/main/java/actbench/kernel/vector/PackedDrivers.java

Each shape MR x NR (rows of C x vectors of columns) reads a packed A tile ([k][MR]) and a packed
B panel ([k][NR vectors]), both sequentially, and is one method whose MR * NR accumulators are
all local variables: C2 keeps them in registers and removes the range checks on the packed B
loads, which a loop over an array of vectors would defeat. Writing 20-24 accumulators by hand
invites typos; this script writes them the same way every time.

With 16 vector registers (AVX2 and narrower) the shape is 4 x 2, chosen from C2's code on JDK 17
(read as -XX:CompileCommand=print hex through objdump, several launches each, Zen 3):
- 4 x 2 needs 8 accumulators + 2 B vectors + at most 4 broadcasts = 14 registers even when C2
  hoists every broadcast to the top of the step, so it cannot spill: 26 instructions per k step
  for 8 FMAs (11 integer), no range checks, no stack traffic, in every launch. 8 independent FMA
  chains cover the FMA latency (4 cycles x 2 pipes).
- 6 x 2 (the former shape) needs 12 + 2 + 1: it compiled without spills here only because two
  range checks left in its loop (C2 cannot eliminate them for an index p * 6) keep the broadcasts
  apart; 42 instructions per step for 12 FMAs, 19 of them integer.
- 5 x 2 and 6 x 2 with a power-of-two A stride (8) lose those checks, C2 hoists all broadcasts and
  spills accumulators to the stack in every launch (2 and 8 stack accesses per step): half speed.
Tiles of 4, 8 and 10 rows all divide the 40-row tasks of a product, so every width cuts a layer
into the same tasks and the statistics merge in the same order on every machine.

Each A tile is its own array ([k][MR], from index 0) and the 16-register kernels step one
index over it by MR, B's index being that index times a constant (the panel's width over MR). The
same 4 x 2 kernel over one shared array (tile and panel each at an offset, p * MR and p * width)
ran at 52-66 GFLOPS f32 and 26-32 f64 where this form runs at 63-70 and 30-34 (a throwaway harness,
whole 1000 x 500 x 500 products, one thread, best call per launch, several launches, Zen 3; a few
launches lower on either side while a neighbour was busy). The
offsets and the second counter cost integer registers and address arithmetic in the loop (C2's
code now: 22 instructions per k step, 8 FMAs, 4 broadcasts from memory, 2 B loads, 8 integer of
which 2 reload B's array and offset from the stack; no range checks; the same in 6 of 6 JMH
launches, 65-70 GFLOPS best, 1000 x 500 x 500, one thread). B keeps
one shared array because the packed B is the products' interface (MatMul.pack). With vectors so
narrow that MR does not divide the panel's width (64-bit: one double) the kernel takes a loop over
k instead; the condition is a constant, so C2 compiles only one of them. The 32-register shapes keep
the loop over k (not measured on AVX-512 in this form). Tried the same way and dropped: 5 x 2 and
6 x 2 with a tile stride of 8 in both forms, with and without -XX:-OptoRegScheduling (f32 27-33
GFLOPS, half of 4 x 2's, as when spilling), 4 x 2 with a tile stride of 8, and 3 x 3 and 2 x 4 in
this form (f32 54-57, f64 27-33 GFLOPS best).
"""

# MR x NR per precision: "wide" with 32 vector registers (512-bit vectors), "narrow" with 16.
# VectorPackedMatMul reads these numbers from the constants this script emits, never its own.
SHAPES = {"float": {"wide": (10, 2), "narrow": (4, 2)}, "double": {"wide": (8, 3), "narrow": (4, 2)}}


def kernel(t, mr, nr, one_index):
    v = "FloatVector" if t == "float" else "DoubleVector"
    s = "F" if t == "float" else "D"
    name = f"{t[0]}{mr}x{nr}"
    out = []
    out.append(f"    /**")
    out.append(f"     * C[{mr} rows, {nr} vectors] (+)= A tile @ B panel over k in [from, to); {mr * nr} accumulators,")
    out.append(f"     * starting from C's values when {{@code add}} (later blocks of k), else from zero. The tile is")
    out.append(f"     * its own array ({{@code [k][{mr}]}}); the panel starts at {{@code bOff}} ({{@code [k][{nr} vectors]}}).")
    out.append(f"     */")
    out.append(f"    static void {name}({t}[] a, int from, int to, {t}[] b, int bOff, {t}[] c, int cOff, int ldc,")
    out.append(f"            boolean add) {{")
    for r in range(mr):
        for j in range(nr):
            out.append(f"        {v} c{r}{j} = add ? {v}.fromArray({s}, c, cOff + {r} * ldc + {j} * {s}.length()) : {v}.zero({s});")
    out.append(f"        int width = {nr} * {s}.length();")

    def step(indent):
        body = []
        for j in range(nr):
            body.append(f"{indent}{v} b{j} = {v}.fromArray({s}, b, bp + {j} * {s}.length());")
        for r in range(mr):
            body.append(f"{indent}{v} a{r} = {v}.broadcast({s}, a[ap + {r}]);")
            for j in range(nr):
                body.append(f"{indent}c{r}{j} = b{j}.fma(a{r}, c{r}{j});")
        return body

    if one_index:
        # One counter for both streams: b's index is a's times a constant (a constant condition, so
        # C2 compiles one of the two loops; the second serves vectors too narrow for the scale).
        out.append(f"        // one index for both streams (b's a constant multiple of a's); vectors too narrow for that")
        out.append(f"        // (64-bit: one double) take a loop over k. The condition is constant: C2 compiles one loop.")
        out.append(f"        if (width % {mr} == 0) {{")
        out.append(f"            int scale = width / {mr};")
        out.append(f"            for (int ap = from * {mr}, end = to * {mr}; ap < end; ap += {mr}) {{")
        out.append(f"                int bp = bOff + ap * scale;")
        out.extend(step("                "))
        out.append("            }")
        out.append("        } else {")
        out.append("            for (int p = from; p < to; p++) {")
        out.append("                int bp = bOff + p * width;")
        out.append(f"                int ap = p * {mr};")
        out.extend(step("                "))
        out.append("            }")
        out.append("        }")
    else:
        out.append("        for (int p = from; p < to; p++) {")
        out.append("            int bp = bOff + p * width;")
        out.append(f"            int ap = p * {mr};")
        out.extend(step("            "))
        out.append("        }")
    # Stored as one * c, bit for bit c: an accumulator is a loop phi, typed only as a vector at
    # parse time, and intoArray on it needs a type profile to be compiled as a vector store (without
    # one C2 left its internals as calls: a product at half speed); one * c has the exact type.
    out.append("        // one * c is c bit for bit, with an exact vector type: C2 compiles its store as a vector store")
    out.append(f"        {v} one = {v}.broadcast({s}, 1);")
    for r in range(mr):
        for j in range(nr):
            out.append(f"        one.mul(c{r}{j}).intoArray(c, cOff + {r} * ldc + {j} * {s}.length());")
    out.append("    }")
    return "\n".join(out)


def main():
    print("// GENERATED by src/main/python/gen_microkernels.py: do not modify, change the generator.")
    print("package actbench.kernel.vector;")
    print()
    print("import jdk.incubator.vector.DoubleVector;")
    print("import jdk.incubator.vector.FloatVector;")
    print("import jdk.incubator.vector.VectorSpecies;")
    print()
    print("/** Register-blocked micro-kernels over a packed B panel (see gen_microkernels.py). */")
    print("final class MicroKernels {")
    print()
    print("    private static final VectorSpecies<Float> F = Species.FLOATS;")
    print("    private static final VectorSpecies<Double> D = Species.DOUBLES;")
    print()
    for t, shapes in SHAPES.items():
        for regime, (mr, nr) in shapes.items():
            name = f"{t.upper()}_{{}}_{regime.upper()}"
            print(f"    /** The {t} kernel's shape with {'32' if regime == 'wide' else '16'} vector registers. */")
            print(f"    static final int {name.format('MR')} = {mr};")
            print(f"    static final int {name.format('NR')} = {nr};")
    print()
    print("    private MicroKernels() {")
    print("    }")
    for t, shapes in SHAPES.items():
        for regime, (mr, nr) in shapes.items():
            print()
            print(kernel(t, mr, nr, one_index=regime == "narrow"))
    print("}")


# The driver loops of VectorPackedMatMul, once: {t} is float or double, {T} FLOAT or DOUBLE, {s} F or D,
# {z} the type's zero literal; {src} the type a and b are stored in, {load} how one of its elements
# becomes a {t} (bfloat16 storage: short bits widened to float as they are packed), {copy} how a row
# of b's panel is copied. Identical to the hand-written twins they replaced.
DRIVERS = """
    /**
     * Packs rows [from, to) of b into panels {T}_PANEL wide ({{@code [panel][k][width]}}) after
     * {T}_LEAD, zero-padded, row by row: b is read in order, and each panel's row is one aligned
     * stretch of packed.{what}
     */
    static void pack({src}[] b, int k, int n, {t}[] packed, int from, int to) {{
        int w = VectorPackedMatMul.{T}_PANEL;
        int panels = VectorPackedMatMul.panels(n, w);
        for (int p = from; p < to; p++) {{
            for (int jp = 0; jp < panels; jp++) {{
                int j0 = jp * w;
                int valid = Math.min(w, n - j0);
                int at = VectorPackedMatMul.{T}_LEAD + (jp * k + p) * w;
                {copy}
            }}
        }}
    }}

    /**
     * Rows [rowFrom, rowTo) of c = a @ b, b packed: A packed into tiles, then k blocks x panels x
     * tiles.{what}
     */
    static void multiplyRows({src}[] a, {t}[] b, {t}[] c, int k, int n, int rowFrom, int rowTo) {{
        int mr = VectorPackedMatMul.{T}_MR;
        int w = VectorPackedMatMul.{T}_PANEL;
        int tiles = (rowTo - rowFrom + mr - 1) / mr;
        {t}[][] packedA = {T}_A.get();
        if (packedA.length < tiles || packedA[0].length < mr * k) {{
            packedA = new {t}[Math.max(tiles, packedA.length)][mr * k];
            {T}_A.set(packedA);
        }}
        for (int t = 0; t < tiles; t++) {{
            int i0 = rowFrom + t * mr;
            {t}[] tileA = packedA[t];
            for (int r = 0; r < mr; r++) {{
                if (i0 + r < rowTo) {{
                    for (int p = 0, from = (i0 + r) * k; p < k; p++) {{
                        tileA[r + p * mr] = {load};
                    }}
                }} else {{
                    for (int p = 0; p < k; p++) {{
                        tileA[r + p * mr] = {z};
                    }}
                }}
            }}
        }}
        {t}[] tile = new {t}[mr * w];
        int kcMax = VectorPackedMatMul.{T}_KC;
        // Blocks of k keep a panel's slice (KC x panel) and an A tile's slice in L1 together.
        for (int p0 = 0; p0 < k || p0 == 0; p0 += kcMax) {{
            int kc = Math.min(kcMax, k - p0);
            boolean add = p0 > 0;
            for (int jp = 0, panels = VectorPackedMatMul.panels(n, w); jp < panels; jp++) {{
                int j0 = jp * w;
                int cols = Math.min(w, n - j0);
                int bOff = VectorPackedMatMul.{T}_LEAD + jp * k * w;
                for (int t = 0; t < tiles; t++) {{
                    int i0 = rowFrom + t * mr;
                    int rows = Math.min(mr, rowTo - i0);
                    if (rows == mr && cols == w) {{
                        tile(packedA[t], p0, p0 + kc, b, bOff, c, i0 * n + j0, n, add);
                        continue;
                    }}
                    for (int r = 0; add && r < rows; r++) {{
                        System.arraycopy(c, (i0 + r) * n + j0, tile, r * w, cols);
                    }}
                    tile(packedA[t], p0, p0 + kc, b, bOff, tile, 0, w, add);
                    for (int r = 0; r < rows; r++) {{
                        System.arraycopy(tile, r * w, c, (i0 + r) * n + j0, cols);
                    }}
                }}
            }}
        }}
    }}
"""

TILE = """    private static void tile({t}[] a, int from, int to, {t}[] b, int bOff, {t}[] c, int cOff, int ldc,
                             boolean add) {{
        if (VectorPackedMatMul.WIDE) {{
            MicroKernels.{wide}(a, from, to, b, bOff, c, cOff, ldc, add);
        }} else {{
            MicroKernels.{narrow}(a, from, to, b, bOff, c, cOff, ldc, add);
        }}
    }}"""


def drivers():
    print("// GENERATED by src/main/python/gen_microkernels.py drivers: do not modify, change the generator.")
    print("package actbench.kernel.vector;")
    print()
    print("import jdk.incubator.vector.DoubleVector;")
    print("import jdk.incubator.vector.FloatVector;")
    print()
    print("/** VectorPackedMatMul's driver loops in float and double (see gen_microkernels.py). */")
    print("final class PackedDrivers {")
    print()
    print("    /** Each thread's packed copy of the A rows it works on, one array per tile, kept between calls. */")
    print("    private static final ThreadLocal<float[][]> FLOAT_A = ThreadLocal.withInitial(() -> new float[1][0]);")
    print("    private static final ThreadLocal<double[][]> DOUBLE_A = ThreadLocal.withInitial(() -> new double[1][0]);")
    print()
    print("    private PackedDrivers() {")
    print("    }")
    for t in ("float", "double"):
        (wmr, wnr), (nmr, nnr) = SHAPES[t]["wide"], SHAPES[t]["narrow"]
        z = "0f" if t == "float" else "0d"
        v, s = ("FloatVector", "Species.FLOATS") if t == "float" else ("DoubleVector", "Species.DOUBLES")
        # a whole panel row as vectors: twice as fast as a copy call per row, which cost 3% of a product
        copy = (f"if (valid == w) {{\n"
                f"                    for (int j = 0; j < w; j += {s}.length()) {{\n"
                f"                        {v}.fromArray({s}, b, p * n + j0 + j).intoArray(packed, at + j);\n"
                f"                    }}\n"
                f"                }} else {{\n"
                f"                    System.arraycopy(b, p * n + j0, packed, at, valid);\n"
                f"                    java.util.Arrays.fill(packed, at + valid, at + w, {z});\n"
                f"                }}")
        print(DRIVERS.format(t=t, T=t.upper(), z=z, src=t, load="a[from + p]", copy=copy, what=""))
        print(TILE.format(t=t, wide=f"{t[0]}{wmr}x{wnr}", narrow=f"{t[0]}{nmr}x{nnr}"))
    # bfloat16 storage (bench's 16-bit rung): the float kernel, its operands widened while packed
    widen = "Float.intBitsToFloat({} << 16)"
    widened = ("for (int j = 0; j < valid; j++) {\n"
               "                    packed[at + j] = " + widen.format("b[p * n + j0 + j]") + ";\n"
               "                }\n"
               "                java.util.Arrays.fill(packed, at + valid, at + w, 0f);")
    print(DRIVERS.format(t="float", T="FLOAT", z="0f", src="short", load=widen.format("a[from + p]"),
                         what=" From bfloat16 bits, widened to float.", copy=widened))
    print("}")


if __name__ == "__main__":
    import sys
    drivers() if sys.argv[1:] == ["drivers"] else main()

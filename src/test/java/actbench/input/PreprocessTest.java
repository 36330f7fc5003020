package actbench.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import actbench.matrix.SymmetricEigen;
import actbench.random.NumpyMatrixDraws;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** E4's preprocessing steps checked by what they promise, on every input distribution. */
class PreprocessTest {

    private static final int ROWS = 400;
    private static final int COLS = 60;

    private static double[] batch(InputKind kind) {
        double[] x = new double[ROWS * COLS];
        kind.draw(new NumpyMatrixDraws(5), x, ROWS, COLS);
        return x;
    }

    @ParameterizedTest
    @EnumSource(InputKind.class)
    void whitenGivesTheIdentityCovariance(InputKind kind) {
        double[] x = batch(kind);
        Preprocess.WHITEN.apply(x, ROWS, COLS);
        double[][] c = Preprocess.covariance(x, ROWS, COLS);
        for (int j = 0; j < COLS; j++) {
            for (int k = 0; k < COLS; k++) {
                // the 1e-10 regularisation moves a component of eigenvalue l by 1e-10 * largest / l
                assertThat(c[j][k]).as("cov[%d][%d]", j, k).isCloseTo(j == k ? 1 : 0, within(1e-7));
            }
        }
        assertThat(java.util.Arrays.stream(columnMeans(x)).map(Math::abs).max().orElse(0)).isLessThan(1e-12);
    }

    @ParameterizedTest
    @EnumSource(InputKind.class)
    void pcaGivesADiagonalCovarianceWithTheVarianceKept(InputKind kind) {
        double[] x = batch(kind);
        double before = trace(centred(x));
        Preprocess.PCA.apply(x, ROWS, COLS);
        double[][] c = Preprocess.covariance(x, ROWS, COLS);
        for (int j = 0; j < COLS; j++) {
            for (int k = 0; k < COLS; k++) {
                if (j != k) {
                    assertThat(c[j][k]).isCloseTo(0, within(1e-10 * before));
                }
            }
            if (j > 0) {
                assertThat(c[j][j]).isLessThanOrEqualTo(c[j - 1][j - 1] * (1 + 1e-12)); // descending
            }
        }
        assertThat(trace(c)).isCloseTo(before, within(1e-10 * before)); // a rotation keeps the variance
    }

    @ParameterizedTest
    @EnumSource(InputKind.class)
    void standardizeAndCenter(InputKind kind) {
        double[] x = batch(kind);
        Preprocess.STANDARDIZE.apply(x, ROWS, COLS);
        double[][] c = Preprocess.covariance(x, ROWS, COLS);
        for (int j = 0; j < COLS; j++) {
            assertThat(c[j][j]).isCloseTo(1, within(1e-12));
        }
        double[] y = batch(kind);
        Preprocess.CENTER.apply(y, ROWS, COLS);
        assertThat(java.util.Arrays.stream(columnMeans(y)).map(Math::abs).max().orElse(0)).isLessThan(1e-12);
        double[] z = batch(kind);
        Preprocess.NONE.apply(z, ROWS, COLS);
        assertThat(z).containsExactly(batch(kind));
    }

    @Test
    void inputsHaveTheirStatedMomentsAndCorrelation() {
        double[] u = batch(InputKind.UNIFORM);
        assertThat(mean(u)).isCloseTo(0.5, within(0.01));
        assertThat(Math.sqrt(trace(centred(u)) / COLS)).isCloseTo(Math.sqrt(1 / 12.0), within(0.005));
        double[] l = batch(InputKind.LOGNORMAL);
        assertThat(mean(l)).isCloseTo(Math.exp(0.5), within(0.05));
        double[][] c = centred(batch(InputKind.CORRELATED));
        double correlation = 0;
        for (int j = 1; j < COLS; j++) {
            correlation += c[j - 1][j] / Math.sqrt(c[j][j] * c[j - 1][j - 1]) / (COLS - 1);
        }
        // averaged over features: a single feature's variance from 400 correlated rows wanders by ~10%
        assertThat(trace(c) / COLS).isCloseTo(1, within(0.05));
        assertThat(correlation).isCloseTo(0.9, within(0.01));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 10, 57})
    void eigenvectorsAndValuesOfASymmetricMatrix(int n) {
        SplittableRandom random = new SplittableRandom(n);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i][j] = random.nextGaussian();
                a[j][i] = a[i][j];
            }
        }
        double[][] original = a.clone();
        SymmetricEigen eigen = SymmetricEigen.of(a);
        assertThat(a).isEqualTo(original);
        for (int e = 0; e < n; e++) {
            double[] v = eigen.vectors()[e];
            for (int i = 0; i < n; i++) {
                double av = 0;
                for (int j = 0; j < n; j++) {
                    av += a[i][j] * v[j];
                }
                assertThat(av).isCloseTo(eigen.values()[e] * v[i], within(1e-11 * n));
            }
            for (int f = 0; f < n; f++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += v[i] * eigen.vectors()[f][i];
                }
                assertThat(dot).isCloseTo(e == f ? 1 : 0, within(1e-12 * n));
            }
        }
    }

    private static double[] columnMeans(double[] x) {
        double[] mean = new double[COLS];
        for (int r = 0; r < ROWS; r++) {
            for (int j = 0; j < COLS; j++) {
                mean[j] += x[r * COLS + j] / ROWS;
            }
        }
        return mean;
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    private static double[][] centred(double[] x) {
        double[] copy = x.clone();
        Preprocess.CENTER.apply(copy, ROWS, COLS);
        return Preprocess.covariance(copy, ROWS, COLS);
    }

    private static double trace(double[][] c) {
        double sum = 0;
        for (int j = 0; j < c.length; j++) {
            sum += c[j][j];
        }
        return sum;
    }
}

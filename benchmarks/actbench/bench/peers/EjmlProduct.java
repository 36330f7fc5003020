package actbench.bench.peers;

import actbench.bench.Operands;
import java.util.SplittableRandom;
import org.ejml.concurrency.EjmlConcurrency;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_FDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import org.ejml.dense.row.CommonOps_MT_FDRM;

/** EJML's dense row-major product, {@code CommonOps_FDRM/DDRM.mult}; its _MT twin on several threads. */
final class EjmlProduct implements PeerProduct {

    private final boolean concurrent;
    private FMatrixRMaj af;
    private FMatrixRMaj bf;
    private FMatrixRMaj cf;
    private DMatrixRMaj ad;
    private DMatrixRMaj bd;
    private DMatrixRMaj cd;

    EjmlProduct(boolean f32, int m, int k, int n, int threads, SplittableRandom random) {
        concurrent = threads > 1;
        EjmlConcurrency.setMaxThreads(threads);
        Operands x = Operands.draw(f32, m, k, n, random);
        if (f32) {
            af = FMatrixRMaj.wrap(m, k, x.af);
            bf = FMatrixRMaj.wrap(k, n, x.bf);
            cf = FMatrixRMaj.wrap(m, n, x.cf);
        } else {
            ad = DMatrixRMaj.wrap(m, k, x.ad);
            bd = DMatrixRMaj.wrap(k, n, x.bd);
            cd = DMatrixRMaj.wrap(m, n, x.cd);
        }
    }

    @Override
    public double element(int row, int column) {
        return cf != null ? cf.get(row, column) : cd.get(row, column);
    }

    @Override
    public Object multiply() {
        if (af != null) {
            return concurrent ? CommonOps_MT_FDRM.mult(af, bf, cf) : CommonOps_FDRM.mult(af, bf, cf);
        }
        return concurrent ? CommonOps_MT_DDRM.mult(ad, bd, cd) : CommonOps_DDRM.mult(ad, bd, cd);
    }
}

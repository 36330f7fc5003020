package actbench.bench.peers;

import java.util.SplittableRandom;
import org.ojalgo.OjAlgoUtils;
import org.ojalgo.matrix.store.PhysicalStore;
import org.ojalgo.matrix.store.R032Store;
import org.ojalgo.matrix.store.R064Store;

/** ojAlgo's dense stores (column-major, its own layout), {@code fillByMultiplying}. */
final class OjAlgoProduct implements PeerProduct {

    private final PhysicalStore<Double> a;
    private final PhysicalStore<Double> b;
    private final PhysicalStore<Double> c;

    OjAlgoProduct(boolean f32, int m, int k, int n, int threads, SplittableRandom random) {
        // ojAlgo splits large products over the machine's threads unless told otherwise.
        OjAlgoUtils.limitThreadsTo(threads);
        PhysicalStore.Factory<Double, ? extends PhysicalStore<Double>> factory =
                f32 ? R032Store.FACTORY : R064Store.FACTORY;
        a = filled(factory.make(m, k), random);
        b = filled(factory.make(k, n), random);
        c = factory.make(m, n);
    }

    private static PhysicalStore<Double> filled(PhysicalStore<Double> store, SplittableRandom random) {
        for (int i = 0; i < store.getRowDim(); i++) {
            for (int j = 0; j < store.getColDim(); j++) {
                // as Operands draws: a float store keeps the double rounded to float
                store.set(i, j, random.nextDouble(-1, 1));
            }
        }
        return store;
    }

    @Override
    public double element(int row, int column) {
        return c.doubleValue(row, column);
    }

    @Override
    public Object multiply() {
        c.fillByMultiplying(a, b);
        return c;
    }
}

package actbench.training;

import actbench.kernel.MatMul;
import java.util.ArrayList;
import java.util.List;

/**
 * Experiment E2: the course notebook's classifier trained on the circles from each initialization.
 * Everything is float64 and follows numpy's operations, so the costs match the notebook's.
 */
public final class Training {

    /** The notebook's layer sizes. */
    private static final int[] DIMS = {2, 10, 5, 1};
    public static final int TRAIN_SAMPLES = 300;
    public static final int TEST_SAMPLES = 100;
    public static final double NOISE = 0.05;
    public static final int COST_EVERY = 1000;

    /** A cost recorded before the update of that iteration (infinite for log(0), as numpy prints). */
    public record Cost(int iteration, double cost) {
    }

    public record Result(TrainInit init, List<Cost> costs, double trainAccuracy, double testAccuracy,
                         int[] distinctUnits, Classifier model) {
    }

    private final Circles train = Circles.make(TRAIN_SAMPLES, NOISE, 1);
    private final Circles test = Circles.make(TEST_SAMPLES, NOISE, 2);
    private final MatMul matMul;

    public Training(MatMul matMul) {
        this.matMul = matMul;
    }

    public Circles trainSet() {
        return train;
    }

    public Circles testSet() {
        return test;
    }

    /** A model with the initial parameters of {@code init}. */
    public Classifier initial(TrainInit init) {
        double[][] b = new double[DIMS.length][];
        for (int l = 1; l < DIMS.length; l++) {
            b[l] = new double[DIMS[l]];
        }
        return new Classifier(DIMS, init.weights(DIMS), b, matMul);
    }

    public Result run(TrainInit init, int iterations, double learningRate) {
        Classifier model = initial(init);
        List<Cost> costs = new ArrayList<>();
        int m = train.size();
        for (int i = 0; i < iterations; i++) {
            double[][] a = model.forward(train.x(), m);
            if (i % COST_EVERY == 0) {
                costs.add(new Cost(i, Classifier.loss(a[model.layers()], train.y())));
            }
            model.step(a, train.y(), learningRate);
        }
        int[] distinct = new int[model.layers()];
        for (int l = 1; l <= model.layers(); l++) {
            distinct[l - 1] = model.distinctUnits(l);
        }
        return new Result(init, costs, model.accuracy(train.x(), train.y()),
                model.accuracy(test.x(), test.y()), distinct, model);
    }
}

package actbench.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Diagnoses come from what happened, whatever the initializer is called. */
class DiagnosisTest {

    private static Training.Result result(String init, double firstCost, double lastCost, double train, double test,
                                          int... distinct) {
        return new Training.Result(TrainInit.parse(init), List.of(new Training.Cost(0, firstCost),
                new Training.Cost(15000, lastCost)), train, test, distinct, null);
    }

    @Test
    void heWithAHugeLearningRateDivergesAndSaysSo() {
        assertThat(Diagnosis.of(result("he", 0.88, 15.2, 0.5, 0.5, 10, 5, 1)))
                .startsWith("diverged: the cost rose from 0.880 to 15.2");
    }

    @Test
    void aConstantThatLearnsNothingIsNotCalledASymmetryFailureUnlessItsUnitsAreEqual() {
        assertThat(Diagnosis.of(result("zeros", 0.69, 0.69, 0.5, 0.5, 1, 1, 1)))
                .startsWith("fails to break symmetry").contains("50%");
        assertThat(Diagnosis.of(result("zeros", Double.POSITIVE_INFINITY, 0.0, 0.5, 0.5, 10, 5, 1)))
                .startsWith("first cost infinite").contains("does not learn: 50%");
    }

    @Test
    void goodRunsGeneralizeAndNaNIsDivergence() {
        assertThat(Diagnosis.of(result("he", 0.88, 0.07, 0.99, 0.96, 10, 5, 1)))
                .isEqualTo("trains and generalizes: 96% on the test set");
        assertThat(Diagnosis.of(result("random", Double.POSITIVE_INFINITY, 0.38, 0.83, 0.86, 10, 5, 1)))
                .isEqualTo("first cost infinite (saturated output); learns slowly: 86% on the test set");
        assertThat(Diagnosis.of(new Training.Result(TrainInit.parse("he"), List.of(new Training.Cost(0, 0.7),
                new Training.Cost(1000, Double.NaN)), 0.5, 0.5, new int[] {10, 5, 1}, null))).startsWith("diverged");
    }
}

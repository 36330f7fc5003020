package actbench.training;

/**
 * The class a model predicts at every point of a square grid over {@code [from, to]^2}: what a
 * decision-boundary plot draws ({@code steps + 1} points a side, so 81 x 81 model evaluations
 * for 80 steps).
 *
 * @param classOne {@code classOne[i][j]}: class 1 (probability above one half) at
 *                 {@code (coordinate(i), coordinate(j))}
 */
public record DecisionGrid(double from, double to, int steps, boolean[][] classOne) {

    public static DecisionGrid of(Classifier model, double from, double to, int steps) {
        boolean[][] classOne = new boolean[steps + 1][steps + 1];
        DecisionGrid grid = new DecisionGrid(from, to, steps, classOne);
        for (int i = 0; i <= steps; i++) {
            for (int j = 0; j <= steps; j++) {
                classOne[i][j] = model.probability(grid.coordinate(i), grid.coordinate(j)) > 0.5;
            }
        }
        return grid;
    }

    /** The grid's {@code i}-th coordinate along either axis. */
    public double coordinate(int i) {
        return from + (to - from) * i / steps;
    }
}

package actbench.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every task runs exactly once whatever the thread count, and a failure reaches the caller. */
class WorkersTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8})
    void everyTaskRunsExactlyOnce(int threads) {
        try (Workers workers = new Workers(threads)) {
            for (int tasks : new int[] {0, 1, 2, 7, 1000}) {
                AtomicIntegerArray runs = new AtomicIntegerArray(tasks);
                workers.forEach(tasks, runs::incrementAndGet);
                for (int t = 0; t < tasks; t++) {
                    assertThat(runs.get(t)).as("task %d of %d", t, tasks).isEqualTo(1);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void aFailingTaskFailsTheCallOnceTheOthersFinish(int threads) {
        try (Workers workers = new Workers(threads)) {
            assertThatThrownBy(() -> workers.forEach(50, t -> {
                if (t == 17) {
                    throw new IllegalArgumentException("task 17");
                }
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("task 17");
            // the pool is still usable afterwards
            AtomicIntegerArray runs = new AtomicIntegerArray(10);
            workers.forEach(10, runs::incrementAndGet);
            assertThat(runs.get(9)).isEqualTo(1);
        }
    }

    @org.junit.jupiter.api.Test
    void whenSeveralThreadsFailOneFailureIsThrownAndTheOthersAreSuppressedNotLost() {
        try (Workers workers = new Workers(2)) {
            java.util.concurrent.CountDownLatch both = new java.util.concurrent.CountDownLatch(2);
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> workers.forEach(2, t -> {
                both.countDown();
                try {
                    both.await(); // both tasks are running, on both threads, before either fails
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                throw new IllegalArgumentException("task " + t);
            }));
            assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
            assertThat(thrown.getSuppressed()).hasSize(1);
            assertThat(java.util.List.of(thrown.getMessage(), thrown.getSuppressed()[0].getMessage()))
                    .containsExactlyInAnyOrder("task 0", "task 1");
        }
    }

    @org.junit.jupiter.api.Test
    void anErrorInAWorkerReachesTheCallerAsItself() {
        try (Workers workers = new Workers(2)) {
            assertThatThrownBy(() -> workers.forEach(2, t -> {
                throw new OutOfMemoryError("task " + t);
            })).isInstanceOf(OutOfMemoryError.class);
        }
    }
}

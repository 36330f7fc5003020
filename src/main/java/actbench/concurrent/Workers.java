package actbench.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A fixed number of threads that run numbered tasks. Callers split work into tasks whose results
 * do not depend on which thread runs them, so results never depend on the thread count.
 */
public final class Workers implements AutoCloseable {

    private final int threads;
    private final ExecutorService pool;

    public Workers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, runnable -> {
            Thread thread = new Thread(runnable, "actbench-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A single-threaded instance: tasks run on the caller's thread. */
    public static Workers single() {
        return new Workers(1);
    }

    public int threads() {
        return threads;
    }

    /**
     * Runs {@code task(0) .. task(tasks - 1)} and returns when all are done. The caller's thread
     * takes a share, so {@code threads} threads work in all. Each thread claims the next task
     * when it finishes one, rather than a fixed share: on a shared, noisy machine a thread that
     * is slowed down no longer holds the others back (a fixed stride made 2 threads only 1.5x
     * faster than one on the matrix product). Which thread runs a task never changes its result.
     */
    public void forEach(int tasks, IntConsumer task) {
        if (pool == null || tasks <= 1) {
            for (int t = 0; t < tasks; t++) {
                task.accept(t);
            }
            return;
        }
        int lanes = Math.min(threads, tasks);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>(lanes - 1);
        for (int lane = 1; lane < lanes; lane++) {
            futures.add(pool.submit(() -> claim(next, tasks, task)));
        }
        Throwable failure = null;
        try {
            claim(next, tasks, task);
        } catch (RuntimeException | Error e) {
            next.set(tasks); // no new tasks: the call has failed
            failure = e;
        }
        for (Future<?> future : futures) {
            try {
                await(future);
            } catch (RuntimeException | Error e) {
                // the first failure is thrown, every other one rides along as suppressed
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
    }

    private static void claim(AtomicInteger next, int tasks, IntConsumer task) {
        for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
            task.accept(t);
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}

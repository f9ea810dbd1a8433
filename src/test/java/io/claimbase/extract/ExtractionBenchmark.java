package io.claimbase.extract;

import com.sun.management.OperatingSystemMXBean;
import io.claimbase.extract.text.TextShapes;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Throughput of the whole extraction pipeline on the seed articles, in words of raw input per second per core.
 * Warms up first, then extracts the seeds over and over on {@code threads} threads for {@code seconds}. It prints
 * words per wall-clock second per thread, and words per second of CPU time used by this process (the extracting
 * threads plus garbage collection and the compiler): on a shared machine the second one is the honest "per core"
 * figure, as it does not count the time other processes hold the cores.
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.claimbase.extract.ExtractionBenchmark -Dexec.args="10 1"
 * </pre>
 *
 * Arguments: measured seconds (default 10), threads (default 1), seeds folder (default seeds), domain folder
 * (default seeds/domain).
 */
public final class ExtractionBenchmark {

    private static final double WARM_UP_SECONDS = 5;

    private ExtractionBenchmark() {}

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path seedsDir = Path.of(args.length > 2 ? args[2] : "seeds");
        Path domainDir = Path.of(args.length > 3 ? args[3] : "seeds/domain");

        List<String> articles = new ArrayList<>();
        try (var files = Files.list(seedsDir)) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Files.readString(p));
            }
        }
        long wordsPerRound = articles.stream().mapToLong(TextShapes::wordCount).sum();
        Extractor extractor = Extractor.fromDirectory(domainDir);

        run(extractor, articles, threads, WARM_UP_SECONDS);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long processCpuStart = os.getProcessCpuTime();
        Result result = run(extractor, articles, threads, seconds);
        long processCpu = os.getProcessCpuTime() - processCpuStart;

        double words = (double) result.rounds() * wordsPerRound;
        double wallPerCore = words / seconds / threads;
        double cpuPerCore = words / (processCpu / 1e9);
        System.out.printf(
                "articles %d, words per round %d, threads %d, measured %.0f s, rounds %d%n",
                articles.size(), wordsPerRound, threads, seconds, result.rounds());
        System.out.printf(
                "CPU seconds: extracting threads %.1f, whole process %.1f; load average %.1f on %d cores%n",
                result.cpuNanos() / 1e9, processCpu / 1e9, os.getSystemLoadAverage(), os.getAvailableProcessors());
        System.out.printf(
                "throughput: %.0f words/s per core (wall clock), %.0f words/s per core (process CPU time)%n",
                wallPerCore, cpuPerCore);
    }

    private record Result(long rounds, long cpuNanos) {}

    /** Rounds over all articles completed by all threads within the time, and the CPU time they used. */
    private static Result run(Extractor extractor, List<String> articles, int threads, double seconds)
            throws Exception {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            List<Future<Result>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    long cpuStart = cpu.getCurrentThreadCpuTime();
                    long rounds = 0;
                    long claims = 0;
                    while (System.nanoTime() < deadline) {
                        for (String article : articles) {
                            claims += extractor
                                    .extract(ArticleInput.of(article))
                                    .claims()
                                    .size();
                        }
                        rounds++;
                    }
                    return new Result(claims >= 0 ? rounds : 0, cpu.getCurrentThreadCpuTime() - cpuStart);
                }));
            }
            long rounds = 0;
            long cpuNanos = 0;
            for (Future<Result> result : results) {
                rounds += result.get().rounds();
                cpuNanos += result.get().cpuNanos();
            }
            return new Result(rounds, cpuNanos);
        } finally {
            pool.shutdown();
        }
    }
}

package org.zenome.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LatestTaskSchedulerTest {

    @Test
    void debouncedRequestsRunOnlyTheLast() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        LatestTaskScheduler scheduler = new LatestTaskScheduler(executor, Duration.ofMillis(150));
        List<String> delivered = new ArrayList<>();
        AtomicInteger ran = new AtomicInteger();
        for (String text : List.of("B", "BR", "BRC", "BRCA1")) {
            scheduler.schedule(BackgroundTask.of("query " + text, ctx -> {
                ran.incrementAndGet();
                return text;
            }).onSuccess(delivered::add));
        }
        executor.runAll();
        assertThat(ran).hasValue(1);
        assertThat(delivered).containsExactly("BRCA1");
    }

    @Test
    void aStaleResultThatFinishesLaterIsDropped() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        LatestTaskScheduler scheduler = new LatestTaskScheduler(executor, Duration.ZERO);
        List<String> delivered = new ArrayList<>();
        List<String> cancelled = new ArrayList<>();
        scheduler.schedule(BackgroundTask.of("old", ctx -> "old").onSuccess(delivered::add)
                .onCancelled(() -> cancelled.add("old")));
        // the old query is queued (or running) when the user types again
        scheduler.schedule(BackgroundTask.of("new", ctx -> "new").onSuccess(delivered::add));
        executor.runAll();
        assertThat(delivered).containsExactly("new");
        assertThat(cancelled).as("superseded work reports nothing to the view").isEmpty();
    }

    @Test
    void runningWorkSeesItsCancellation() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        LatestTaskScheduler scheduler = new LatestTaskScheduler(executor, Duration.ZERO);
        List<Boolean> seenCancelled = new ArrayList<>();
        List<String> delivered = new ArrayList<>();
        scheduler.schedule(BackgroundTask.of("slow", ctx -> {
            // a new request arrives while this one runs
            scheduler.schedule(BackgroundTask.of("fast", c -> "fast").onSuccess(delivered::add));
            seenCancelled.add(ctx.isCancelled());
            return "slow";
        }).onSuccess(delivered::add));
        executor.runAll();
        assertThat(seenCancelled).containsExactly(true);
        assertThat(delivered).containsExactly("fast");
    }

    @Test
    void failuresOfTheLatestRequestAreDelivered() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        LatestTaskScheduler scheduler = new LatestTaskScheduler(executor, Duration.ofMillis(10));
        List<Throwable> errors = new ArrayList<>();
        scheduler.schedule(BackgroundTask.<String>of("boom", ctx -> {
            throw new IllegalStateException("database locked");
        }).onFailure(errors::add));
        executor.runAll();
        assertThat(errors).singleElement().extracting(Throwable::getMessage).isEqualTo("database locked");
    }

    @Test
    void cancelDropsEverything() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        LatestTaskScheduler scheduler = new LatestTaskScheduler(executor, Duration.ofMillis(150));
        List<String> delivered = new ArrayList<>();
        scheduler.schedule(BackgroundTask.of("q", ctx -> "q").onSuccess(delivered::add));
        scheduler.cancel();
        executor.runAll();
        assertThat(delivered).isEmpty();
    }
}

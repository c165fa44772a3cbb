package org.zenome.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups into one folder, one sub-folder per backup named {@code zenome-backup-<UTC time>}: the newest
 * {@code keep} are kept. {@link #start} takes a backup whenever the newest one is older than the interval (checked
 * at start and then regularly, so a machine that was off or asleep catches up), which is how the desktop runs the
 * scheduled copy the administrator configures ({@code backup.dir}, {@code backup.interval.hours},
 * {@code backup.keep}); {@code zenome backup} takes one at once (for cron or Task Scheduler).
 */
public final class BackupSchedule implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);
    public static final String PREFIX = "zenome-backup-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** Half-written backups older than this are what a crash left (not a backup of another process running now). */
    private static final Duration STALE_PARTIAL = Duration.ofHours(6);

    private final StoreBackup backup;
    private final Path folder;
    private final Duration interval;
    private final int keep;
    private final Clock clock;
    private ScheduledFuture<?> task;

    /**
     * @param keep how many backups to keep in the folder (0 keeps all)
     */
    public BackupSchedule(StoreBackup backup, Path folder, Duration interval, int keep, Clock clock) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the backup interval must be positive: " + interval);
        }
        if (keep < 0) {
            throw new IllegalArgumentException("the number of backups to keep must not be negative: " + keep);
        }
        this.backup = backup;
        this.folder = folder.toAbsolutePath();
        this.interval = interval;
        this.keep = keep;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /** The complete backups in the folder, newest first. */
    public List<Path> backups() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> time(p).isPresent())
                    .filter(p -> Files.isRegularFile(p.resolve(BackupManifest.CHECKSUMS)))
                    .sorted(Comparator.comparing((Path p) -> time(p).orElseThrow()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new StoreException("cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** When the backup in this folder was taken, from its name; empty for anything that is not a backup. */
    static Optional<Instant> time(Path p) {
        String name = p.getFileName().toString();
        if (!name.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String stamp = name.substring(PREFIX.length());
        int dash = stamp.indexOf('-');
        try {
            return Optional.of(Instant.from(STAMP.parse(dash < 0 ? stamp : stamp.substring(0, dash))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the newest backup is older than the interval (or there is none). */
    public boolean due() {
        List<Path> all = backups();
        return all.isEmpty() || !time(all.get(0)).orElseThrow().plus(interval).isAfter(clock.instant());
    }

    /** Takes a backup now into a new sub-folder, then removes the ones beyond {@code keep}. */
    public Path runNow() {
        return runNow(BackupManifest.SCHEDULE);
    }

    /** As {@link #runNow()}, recording who made it ({@link BackupManifest#madeBy()}). */
    public Path runNow(String madeBy) {
        Instant now = clock.instant();
        Path target = folder.resolve(PREFIX + STAMP.format(now));
        for (int n = 2; Files.exists(target) || Files.exists(target.resolveSibling(target.getFileName() + ".partial"));
             n++) {
            target = folder.resolve(PREFIX + STAMP.format(now) + "-" + n);
        }
        backup.create(target, madeBy);
        prune();
        return target;
    }

    /** Removes the backups beyond the newest {@code keep} and half-written ones a crash left; returns what went. */
    public List<Path> prune() {
        List<Path> removed = new ArrayList<>();
        if (keep > 0) {
            List<Path> all = backups();
            for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
                deleteTree(old);
                removed.add(old);
            }
        }
        try (Stream<Path> list = Files.list(folder)) {
            Instant cutoff = clock.instant().minus(STALE_PARTIAL);
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(PREFIX) && name.endsWith(".partial")
                        && Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    deleteTree(p);
                    removed.add(p);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list {}: {}", folder, e.getMessage());
        }
        removed.forEach(p -> LOG.info("Removed the old backup {}", p));
        return removed;
    }

    /**
     * Checks every {@code checkEvery} (and once after {@code firstCheck}) whether a backup is due and takes it on
     * {@code executor}; failures go to {@code onFailure} (the desktop shows them) and the next check tries again.
     */
    public synchronized void start(ScheduledExecutorService executor, Duration firstCheck, Duration checkEvery,
                                   Consumer<String> onFailure) {
        if (task != null) {
            throw new IllegalStateException("already started");
        }
        task = executor.scheduleWithFixedDelay(() -> {
            try {
                if (due()) {
                    Path p = runNow();
                    LOG.info("Scheduled backup written to {}", p);
                }
            } catch (RuntimeException e) {
                LOG.warn("Scheduled backup into {} failed: {}", folder, e.getMessage());
                onFailure.accept(e.getMessage());
            }
        }, firstCheck.toMillis(), checkEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("Cannot remove {}: {}", dir, e.getMessage());
        }
    }
}

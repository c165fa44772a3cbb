package org.zenome.ui.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.zenome.panel.PanelRole;
import org.zenome.panel.User;

/** The idle lock: locks after the timeout without input, input in between postpones it. */
class SessionTest {
    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-10T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private static final User USER = new User(1, "chair", "Dr Chair", EnumSet.of(PanelRole.PATHOLOGIST), true,
            Instant.EPOCH, "admin");

    @Test
    void locksAfterTheIdleTimeoutAndInputPostponesIt() {
        MovableClock clock = new MovableClock();
        Session s = new Session(Duration.ofMinutes(10), clock);
        assertThat(s.checkIdle()).as("nobody logged in: nothing to lock").isFalse();
        s.loggedIn(USER);
        clock.advance(Duration.ofMinutes(9));
        assertThat(s.checkIdle()).isFalse();
        s.touch();
        clock.advance(Duration.ofMinutes(9));
        assertThat(s.checkIdle()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(s.checkIdle()).isTrue();
        assertThat(s.isLocked()).isTrue();
        // input while locked does not unlock
        s.touch();
        assertThat(s.isLocked()).isTrue();
        assertThat(s.checkIdle()).as("already locked").isFalse();
        s.unlocked();
        assertThat(s.isLocked()).isFalse();
        clock.advance(Duration.ofMinutes(5));
        assertThat(s.checkIdle()).isFalse();
        s.lockNow();
        assertThat(s.isLocked()).isTrue();
    }
}

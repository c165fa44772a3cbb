package org.zenome.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConfirmatoryTestingTest {
    private static final Instant T = Instant.parse("2025-03-01T08:00:00Z");

    @Test
    void aFindingCannotBeMarkedReturnedWhileConfirmationIsPending() {
        ResultReturn r = ResultReturn.notReturned(42, ConfirmatoryTest.requiredNotOrdered());
        assertThat(r.confirmation().pending()).isTrue();
        assertThatThrownBy(() -> r.markReturned("dr.kato", T)).isInstanceOf(IllegalStateException.class)
                .hasMessage("finding 42 cannot be marked returned: confirmatory test pending (NOT_ORDERED)");

        ConfirmatoryTest ordered = new ConfirmatoryTest(true, ConfirmationMethod.SANGER, ConfirmationStatus.ORDERED,
                LocalDate.of(2025, 2, 20), "");
        ResultReturn orderedReturn = r.withConfirmation(ordered);
        assertThatThrownBy(() -> orderedReturn.markReturned("dr.kato", T)).hasMessageContaining("pending (ORDERED)");

        ConfirmatoryTest confirmed = new ConfirmatoryTest(true, ConfirmationMethod.SANGER,
                ConfirmationStatus.CONFIRMED, LocalDate.of(2025, 2, 27), "heterozygous, as in WGS");
        ResultReturn done = orderedReturn.withConfirmation(confirmed).markReturned("dr.kato", T);
        assertThat(done.returned()).isTrue();
        assertThat(done.returnedBy()).isEqualTo("dr.kato");
        assertThat(done.returnedAt()).isEqualTo(T);
    }

    @Test
    void aFindingTheTestDidNotConfirmCannotBeReturnedEither() {
        ConfirmatoryTest notConfirmed = new ConfirmatoryTest(true, ConfirmationMethod.MLPA,
                ConfirmationStatus.NOT_CONFIRMED, LocalDate.of(2025, 2, 27), "");
        assertThat(notConfirmed.pending()).isFalse();
        assertThat(notConfirmed.permitsReturn()).isFalse();
        assertThatThrownBy(() -> ResultReturn.notReturned(7, notConfirmed).markReturned("dr.kato", T))
                .hasMessageContaining("did not confirm");
    }

    @Test
    void noConfirmationRequiredPermitsReturn() {
        ResultReturn done = ResultReturn.notReturned(1, ConfirmatoryTest.notRequired()).markReturned("dr.kato", T);
        assertThat(done.returned()).isTrue();
    }

    @Test
    void theInvariantHoldsForStoredRecordsToo() {
        assertThatThrownBy(() -> new ResultReturn(3, ConfirmatoryTest.requiredNotOrdered(), "dr.kato", T))
                .isInstanceOf(IllegalStateException.class);
        ResultReturn done = ResultReturn.notReturned(3, ConfirmatoryTest.notRequired()).markReturned("dr.kato", T);
        assertThatThrownBy(() -> done.withConfirmation(ConfirmatoryTest.requiredNotOrdered()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ResultReturn(3, ConfirmatoryTest.notRequired(), "dr.kato", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOrderedTestNeedsItsMethod() {
        assertThatThrownBy(() -> new ConfirmatoryTest(true, null, ConfirmationStatus.ORDERED, null, ""))
                .hasMessageContaining("needs its method");
    }
}

package org.zenome.ui.panel;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.zenome.panel.Attendee;
import org.zenome.panel.VoteValue;

/** One present attendee and their vote on the selected finding (null: not voted). */
public final class VoteRow {
    private final Attendee attendee;
    private final ObjectProperty<VoteValue> vote = new SimpleObjectProperty<>();
    private VoteValue stored;

    public VoteRow(Attendee attendee, VoteValue stored) {
        this.attendee = attendee;
        this.stored = stored;
        this.vote.set(stored);
    }

    public Attendee attendee() {
        return attendee;
    }

    public ObjectProperty<VoteValue> voteProperty() {
        return vote;
    }

    /** True when the vote differs from the stored one. */
    boolean changed() {
        return vote.get() != null && vote.get() != stored;
    }

    void saved() {
        stored = vote.get();
    }
}

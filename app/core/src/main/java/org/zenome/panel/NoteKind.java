package org.zenome.panel;

/** A discussion entry: a note, or a proposal the panel votes on. */
public enum NoteKind {
    NOTE, PROPOSAL
}

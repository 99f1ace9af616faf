package org.werving.reserve.model;

/** Life of a reserve entry. The walking skeleton only creates ACTIVE entries. */
public enum EntryState {
    ACTIVE
}

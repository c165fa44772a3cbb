package org.zenome.panel;

import java.util.Locale;
import java.util.Optional;

/** How a panel meets: in person, online, hybrid, or by circulation (持ち回り協議) for eligible cases. */
public enum MeetingFormat {
    IN_PERSON, ONLINE, HYBRID, CIRCULATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<MeetingFormat> parse(String s) {
        for (MeetingFormat f : values()) {
            if (f.code().equalsIgnoreCase(s.trim()) || f.name().equalsIgnoreCase(s.trim())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

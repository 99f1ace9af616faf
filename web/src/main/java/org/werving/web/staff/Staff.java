package org.werving.web.staff;

import java.util.Set;

/**
 * A signed-in HR officer or juror: who, in which roles, and the access token the pages pass on to the APIs
 * (so every rule the APIs enforce still holds). {@code csrfBasis} ties the forms' CSRF token to this sign-in.
 */
public record Staff(String subject, Set<String> roles, String accessToken, String csrfBasis) {
    public static final String HR = "hr";
    public static final String JURY = "jury";
    public static final String DASHBOARD = "dashboard";

    public boolean hr() {
        return roles.contains(HR);
    }

    public boolean jury() {
        return roles.contains(JURY);
    }

    public boolean dashboard() {
        return roles.contains(DASHBOARD) || hr();
    }

    public String bearer() {
        return "Bearer " + accessToken;
    }

    /** Dutch name of the role for the header. */
    public String roleLabel() {
        return hr() ? "HR" : jury() ? "jury" : "dashboard";
    }

    @Override
    public String toString() {
        return "Staff[" + subject + ", " + roles + ", token hidden]";
    }
}

package dev.chatwidget.core.domain.auth;

/** Whose token a refresh asks for ({@code user_type} on the wire): a location (sub-account) or a company (agency). */
public enum UserType {
    LOCATION("Location"), COMPANY("Company");

    private final String wireValue;

    UserType(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value the token endpoint expects. */
    public String wireValue() {
        return wireValue;
    }
}
